#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// A calm strip above the pages with one sentence and one action: the first-run welcome ("Connect
// your Vainu account") or a profile that needs its key. Never modal; the user can close it.
class SetupBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SetupBanner(QWidget* parent = nullptr);

    void showMessage(const QString& text, const QString& actionText);
    QString text() const;
    QPushButton* actionButton() const { return m_action; }
    QToolButton* closeButton() const { return m_close; }

signals:
    void actionTriggered();
    void dismissed(); // closed by the user

private:
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
};
