// "Start with my session" writes and removes the entry each system reads at login: the XDG autostart file at
// its real path ($XDG_CONFIG_HOME pointed at a temporary folder), the macOS LaunchAgent in a temporary home,
// and the Windows Run value through QSettings in an INI file in the registry's place. Each entry is read back
// the way its system reads it: the Exec key unquoted per the Desktop Entry Specification, the plist as XML.
#include "core/AppInfo.h"
#include "session/SessionAutostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The key=value lines of a desktop entry's [Desktop Entry] group.
QMap<QString, QString> desktopEntry(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QMap<QString, QString> entry;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (lines.value(0) != u"[Desktop Entry]")
        return {};
    for (const QString& line : lines) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            entry.insert(line.left(equals), line.mid(equals + 1));
    }
    return entry;
}

// An Exec value split into its arguments as a desktop reads it: the string escapes first, then the quoting.
QStringList execArguments(const QString& exec)
{
    QString unescaped;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        if (exec[i] == u'\\' && i + 1 < exec.size()) {
            const QChar next = exec[++i];
            unescaped += next == u's' ? u' ' : next == u'n' ? u'\n' : next == u't' ? u'\t' : next;
        } else {
            unescaped += exec[i];
        }
    }
    QStringList arguments;
    QString current;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < unescaped.size(); ++i) {
        const QChar c = unescaped[i];
        if (quoted && c == u'\\' && i + 1 < unescaped.size()) {
            current += unescaped[++i];
        } else if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (c == u'%' && i + 1 < unescaped.size() && unescaped[i + 1] == u'%') {
            current += u'%';
            ++i;
        } else if (c == u' ' && !quoted) {
            if (any || !current.isEmpty())
                arguments << current;
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.isEmpty())
        arguments << current;
    return arguments;
}

// The top-level dict of a plist: key → the value element's text, or for an array its strings joined by '|',
// or for <true/>/<false/> the element's name.
QMap<QString, QString> plistDict(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QMap<QString, QString> dict;
    QString key;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"plist" || xml.name() == u"dict")
            continue;
        if (xml.name() == u"key") {
            key = xml.readElementText();
        } else if (xml.name() == u"array") {
            QStringList strings;
            while (xml.readNextStartElement())
                strings << xml.readElementText();
            dict.insert(key, strings.join(u'|'));
        } else if (xml.name() == u"true" || xml.name() == u"false") {
            dict.insert(key, xml.name().toString());
            xml.skipCurrentElement();
        } else {
            dict.insert(key, xml.readElementText());
        }
    }
    if (xml.hasError())
        return {{u"error"_s, xml.errorString()}};
    return dict;
}

} // namespace

class TestSessionAutostart : public QObject
{
    Q_OBJECT
private slots:
    void xdgEntryAtTheRealPath();
    void xdgEntryStartsThisProgramByDefault();
    void macLaunchAgent();
    void windowsRunValue();
    void unwritableFolderSaysWhy();
};

void TestSessionAutostart::xdgEntryAtTheRealPath()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    auto restore = qScopeGuard([&] { qputenv("XDG_CONFIG_HOME", previous); });

    SessionAutostart::Options options;
    options.platform = SessionAutostart::Platform::Xdg;
    // A path a shell or a desktop would split or expand if it were not quoted.
    options.program = config.filePath(u"My Apps/vainu \"webhooks\" $HOME 100% \\bin"_s);
    const SessionAutostart autostart(options);
    const QString expected = config.filePath(u"autostart/vainu-webhooks.desktop"_s);
    QCOMPARE(autostart.location(), QDir::toNativeSeparators(expected));
    QVERIFY(!autostart.isEnabled());

    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(QFile::exists(expected));
    QVERIFY(autostart.isEnabled());
    const QMap<QString, QString> entry = desktopEntry(expected);
    QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
    QCOMPARE(entry.value(u"Name"_s), AppInfo::name());
    QCOMPARE(entry.value(u"X-GNOME-Autostart-enabled"_s), u"true"_s);
    QCOMPARE(execArguments(entry.value(u"Exec"_s)), QStringList({options.program, u"--minimized"_s}));
    // A valid desktop entry (desktop-file-utils comes with scripts/install-deps.sh --test).
    QProcess validate;
    validate.start(u"desktop-file-validate"_s, {expected});
    QVERIFY2(validate.waitForFinished(30000), qPrintable(validate.errorString()));
    const QByteArray complaints = validate.readAllStandardOutput() + validate.readAllStandardError();
    QVERIFY2(validate.exitStatus() == QProcess::NormalExit && validate.exitCode() == 0 && complaints.isEmpty(),
             complaints.constData());

    // Writing it twice leaves one entry; turning it off removes it.
    QCOMPARE(autostart.setEnabled(true), QString());
    QCOMPARE(QDir(config.filePath(u"autostart"_s)).entryList(QDir::Files).size(), 1);
    QCOMPARE(autostart.setEnabled(false), QString());
    QVERIFY(!QFile::exists(expected));
    QVERIFY(!autostart.isEnabled());
    QCOMPARE(autostart.setEnabled(false), QString()); // already off: nothing to do, no error
}

void TestSessionAutostart::xdgEntryStartsThisProgramByDefault()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    SessionAutostart::Options options;
    options.platform = SessionAutostart::Platform::Xdg;
    options.configHome = config.path();
    const SessionAutostart autostart(options);
    QCOMPARE(autostart.setEnabled(true), QString());
    const QMap<QString, QString> entry = desktopEntry(config.filePath(u"autostart/vainu-webhooks.desktop"_s));
    QCOMPARE(execArguments(entry.value(u"Exec"_s)),
             QStringList({QCoreApplication::applicationFilePath(), u"--minimized"_s}));
}

void TestSessionAutostart::macLaunchAgent()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    SessionAutostart::Options options;
    options.platform = SessionAutostart::Platform::MacOS;
    options.home = home.path();
    options.program = u"/Applications/Vainu Webhooks.app/Contents/MacOS/vainu-webhooks & <co>"_s;
    const SessionAutostart autostart(options);
    const QString expected = home.filePath(u"Library/LaunchAgents/%1.plist"_s.arg(AppInfo::id()));
    QVERIFY(!autostart.isEnabled());

    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(autostart.isEnabled());
    QFile file(expected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\""));
    const QMap<QString, QString> dict = plistDict(expected);
    QCOMPARE(dict.value(u"Label"_s), AppInfo::id());
    QCOMPARE(dict.value(u"ProgramArguments"_s), options.program + u"|--minimized"_s);
    QCOMPARE(dict.value(u"RunAtLoad"_s), u"true"_s);

    QCOMPARE(autostart.setEnabled(false), QString());
    QVERIFY(!QFile::exists(expected));
    QVERIFY(!autostart.isEnabled());
}

void TestSessionAutostart::windowsRunValue()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    SessionAutostart::Options options;
    options.platform = SessionAutostart::Platform::Windows;
    options.runKeyFile = folder.filePath(u"Run.ini"_s);
    options.program = u"/Program Files/Vainu Webhooks/vainu-webhooks.exe"_s;
    const SessionAutostart autostart(options);
    QVERIFY(!autostart.isEnabled());

    QCOMPARE(autostart.setEnabled(true), QString());
    QVERIFY(autostart.isEnabled());
    {
        const QSettings run(options.runKeyFile, QSettings::IniFormat);
        QCOMPARE(run.allKeys(), QStringList({AppInfo::name()}));
        QCOMPARE(run.value(AppInfo::name()).toString(),
                 u"\"%1\" --minimized"_s.arg(QDir::toNativeSeparators(options.program)));
    }
    QCOMPARE(autostart.setEnabled(false), QString());
    QVERIFY(!autostart.isEnabled());
    const QSettings run(options.runKeyFile, QSettings::IniFormat);
    QVERIFY(run.allKeys().isEmpty());
}

void TestSessionAutostart::unwritableFolderSaysWhy()
{
    // A file where the config folder should be: no folder can be made in it, whoever runs the test.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString blocked = folder.filePath(u"config"_s);
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SessionAutostart::Options options;
    options.platform = SessionAutostart::Platform::Xdg;
    options.configHome = blocked;
    const SessionAutostart autostart(options);
    const QString error = autostart.setEnabled(true);
    QVERIFY2(error.contains(QDir::toNativeSeparators(blocked + u"/autostart"_s)), qPrintable(error));
    QVERIFY(!autostart.isEnabled());
}

QTEST_GUILESS_MAIN(TestSessionAutostart)
#include "tst_sessionautostart.moc"
