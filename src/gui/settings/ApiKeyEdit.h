#pragma once

#include <QLineEdit>

class QAction;

// The field for an API key: password echo with a "show" toggle, and whitespace that comes with a
// pasted key (a trailing newline, spaces around it) removed at once, because a key never has any.
class ApiKeyEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit ApiKeyEdit(QWidget* parent = nullptr);

    QString apiKey() const; // the text without any whitespace
    void setApiKey(const QString& key);
    bool isKeyShown() const;
    void setKeyShown(bool shown);
    QAction* showAction() const { return m_showAction; }

signals:
    void apiKeyEdited(); // the user changed the key (typed, pasted, cleared)

private:
    void stripWhitespace();
    void updateShowAction();

    QAction* m_showAction;
};
