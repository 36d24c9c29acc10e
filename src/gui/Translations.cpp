#include "gui/Translations.h"

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcI18n, "vainu.i18n")

namespace {
const auto catalogueDir = ":/i18n"_L1;
const auto catalogueName = "vainu-webhooks"_L1;

// The translator is parented to the application so it lives exactly as long as the strings it serves.
QTranslator* loadInto(const QLocale& locale, const QString& name, const QString& dir)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, dir) && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
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
    QString loaded = u"en"_s;
    // English has a catalogue too: it carries only the plural forms ("1 webhook", "2 webhooks").
    QTranslator* own = loadInto(locale, catalogueName, catalogueDir);
    if (!own)
        own = loadInto(QLocale(QLocale::English), catalogueName, catalogueDir);
    if (own)
        loaded = own->language().section(u'_', 0, 0);

    // Debian ships "qt_<lang>.qm" either as a whole catalogue or as a meta file naming qtbase_<lang>.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (loaded != u"en" && !loadInto(locale, u"qt"_s, qtDir) && !loadInto(locale, u"qtbase"_s, qtDir))
        qCInfo(lcI18n) << "No Qt translation for" << loaded << "in" << qtDir;
    qCDebug(lcI18n) << "Interface language" << loaded << "for locale" << locale.name();
    return loaded;
}
