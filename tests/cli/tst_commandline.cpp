// `vainu-webhooks` run as a real process with no display at all (no DISPLAY, WAYLAND_DISPLAY or
// QT_QPA_PLATFORM): the top-level help and version, and usage errors for commands and options it does not
// know, none of which may start the window (which would abort without a display).
#include "core/AppInfo.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheCommands_data();
    void helpListsTheCommands();
    void versionPrintsTheVersion();
    void unknownWordsAreUsageErrors_data();
    void unknownWordsAreUsageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        bool crashed = false;
    };
    static Run run(const QStringList& arguments);
};

TestCommandLine::Run TestCommandLine::run(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("VW_BIN_DIR") + u"/vainu-webhooks"_s, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCommandLine::helpListsTheCommands_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("--help") << u"--help"_s;
    QTest::newRow("-h") << u"-h"_s;
    QTest::newRow("help") << u"help"_s;
}

void TestCommandLine::helpListsTheCommands()
{
    QFETCH(QString, option);
    const Run result = run({option});
    QVERIFY2(!result.crashed, qPrintable(result.err));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Usage: vainu-webhooks"_s), qPrintable(result.out));
    for (const QString& word : {u"webhooks list|add|delete"_s, u"customers list|import|export"_s, u"events export"_s,
                                u"--headless"_s, u"--version"_s, u"Exit codes"_s})
        QVERIFY2(result.out.contains(word), qPrintable(word + u" is missing from:\n"_s + result.out));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::versionPrintsTheVersion()
{
    const Run result = run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), AppInfo::name() + u' ' + AppInfo::version());
}

void TestCommandLine::unknownWordsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << QStringList {u"receiver"_s, u"status"_s} << u"Unknown command: receiver"_s;
    QTest::newRow("typo") << QStringList {u"webhook"_s, u"list"_s} << u"Unknown command: webhook"_s;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << u"Unknown option: --frobnicate"_s;
}

void TestCommandLine::unknownWordsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QVERIFY2(!result.crashed, "the program crashed: it must not need a display for a usage error");
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"vainu-webhooks --help"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
