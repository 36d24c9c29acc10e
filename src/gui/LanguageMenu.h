#pragma once

#include <QMenu>

// File > Language: System default, English, Suomi, Svenska. The choice is stored as the override
// Translations reads at start-up; the open windows keep their language until the app restarts,
// and the menu says so.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget* parent = nullptr);

signals:
    void languageChosen(const QString& code); // "" = system default

private:
    void choose(const QString& code);
};
