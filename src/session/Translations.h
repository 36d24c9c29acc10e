#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// Picks the user-interface language and installs the translators for it: the app's own catalogue
// (embedded under :/i18n) and Qt's, so standard buttons and dialogs speak the same language.
// The language follows the system locale unless Settings holds an override under "ui/language".
// Call install() once, after the application object exists and before any window is created;
// a change of the override takes effect on the next start.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    struct Language
    {
        QString code; // "" = follow the system
        QString name; // in its own language, so a user can find theirs whatever the current one is
    };

    static QString settingsKey();

    // The choices Settings offers, "System default" first.
    static QList<Language> languages();
    static QString overrideCode(); // "" when the system locale decides
    static void setOverrideCode(const QString& code);

    // The locale whose language the interface uses: the override if set, else the system's.
    static QLocale chosenLocale();

    // Installs the translators on the application. Returns the language code actually loaded
    // ("en" when no catalogue matches and the source texts are used).
    static QString install();
};
