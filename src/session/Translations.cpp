#include "session/Translations.h"

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "vainu.i18n", QtWarningMsg)

namespace {
const auto catalogueDir = ":/i18n"_L1;
const auto catalogueName = "vainu-webhooks"_L1;

// Qt's standard buttons (QDialogButtonBox, QMessageBox). Debian's Swedish Qt catalogue predates Qt 6 and
// lacks them, and Qt's Finnish one says "Peru" where Finnish desktops say "Peruuta"; our catalogue carries
// them too and is asked before Qt's.
[[maybe_unused]] constexpr const char* standardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

std::unique_ptr<QTranslator> load(const QLocale& locale, const QString& name, const QString& dir)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, u"_"_s, dir))
        return nullptr;
    return translator;
}

// The command line's own texts (QCommandLineParser), missing from Debian's Swedish Qt catalogue.
[[maybe_unused]] constexpr const char* commandLineTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays this help."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};

// The translator is parented to the application so it lives exactly as long as the strings it serves.
void installOnApp(std::unique_ptr<QTranslator> translator)
{
    if (translator && QCoreApplication::installTranslator(translator.get()))
        translator.release()->setParent(QCoreApplication::instance());
}
} // namespace

QString Translations::settingsKey()
{
    return u"ui/language"_s;
}

QList<Translations::Language> Translations::languages()
{
    return {
        {QString(), tr("System default")},
        {u"en"_s, u"English"_s},
        {u"fi"_s, u"Suomi"_s},
        {u"sv"_s, u"Svenska"_s},
    };
}

QString Translations::overrideCode()
{
    const QString code = QSettings().value(settingsKey()).toString();
    for (const Language& language : languages()) {
        if (!code.isEmpty() && language.code == code)
            return code;
    }
    return {}; // unset, or a value this version does not know: follow the system
}

void Translations::setOverrideCode(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), code);
}

QLocale Translations::chosenLocale()
{
    const QString code = overrideCode();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString Translations::install()
{
    const QLocale locale = chosenLocale();
    // With an override, numbers and dates follow the chosen language too, not a different system locale.
    if (!overrideCode().isEmpty())
        QLocale::setDefault(locale);
    // English has a catalogue too: it carries only the plural forms ("1 webhook", "2 webhooks").
    std::unique_ptr<QTranslator> own = load(locale, catalogueName, catalogueDir);
    const bool translated = own && !own->language().startsWith(u"en");
    if (!own)
        own = load(QLocale(QLocale::English), catalogueName, catalogueDir);
    const QString loaded = own ? own->language().section(u'_', 0, 0) : u"en"_s;

    // Qt's catalogue only when ours speaks the language too, so a dialog never mixes two languages.
    // It goes first: the translator installed last is asked first, so ours can override Qt's wording.
    // Debian ships "qt_<lang>.qm" either as a whole catalogue or as a meta file naming qtbase_<lang>.
    if (translated) {
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        std::unique_ptr<QTranslator> qt = load(locale, u"qt"_s, qtDir);
        if (!qt)
            qt = load(locale, u"qtbase"_s, qtDir);
        if (!qt)
            qCInfo(lcI18n) << "No Qt translation for" << locale.name() << "in" << qtDir;
        installOnApp(std::move(qt));
    }
    installOnApp(std::move(own));
    qCDebug(lcI18n) << "Interface language" << loaded << "for locale" << locale.name();
    return loaded;
}
