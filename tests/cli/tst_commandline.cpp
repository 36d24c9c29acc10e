// `vainu-webhooks` run as a real process with no display at all (no DISPLAY, WAYLAND_DISPLAY or
// QT_QPA_PLATFORM): the top-level help and version, and usage errors for commands and options it does not
// know, none of which may start the window (which would abort without a display).
#include "CliProcess.h"
#include "core/AppInfo.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
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
    void serverReceiverRefusesToRunWithoutASecret();
    void serverReceiverRunsWithASecretAndStopsOnSigterm();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        bool crashed = false;
    };
    static QProcessEnvironment withoutDisplay();
    static Run run(const QStringList& arguments, const QProcessEnvironment& environment = withoutDisplay());
};

QProcessEnvironment TestCommandLine::withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "VAINU_WEBHOOK_SECRET"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return environment;
}

TestCommandLine::Run TestCommandLine::run(const QStringList& arguments, const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(CliProcess::program(), arguments);
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
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s, u"status"_s} << u"Unknown command: frobnicate"_s;
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

// The system service (packaging/linux/vainu-webhooks-receiver.service) runs the receiver with
// --require-secret: a receiver on a server that anyone could post to must not start open.
void TestCommandLine::serverReceiverRefusesToRunWithoutASecret()
{
    QTemporaryDir data;
    const Run result = run({u"--headless"_s, u"--require-secret"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, data.path()});
    QVERIFY2(!result.crashed, qPrintable(result.err));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"VAINU_WEBHOOK_SECRET is not set"_s), qPrintable(result.err));
    QVERIFY(!QFile::exists(data.filePath(u"events.sqlite"_s))); // refused before opening anything
}

void TestCommandLine::serverReceiverRunsWithASecretAndStopsOnSigterm()
{
    QTemporaryDir data;
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(u"VAINU_WEBHOOK_SECRET"_s, u"0123456789abcdef0123456789abcdef"_s);
    QProcess process;
    process.setProcessEnvironment(environment);
    CliProcess::makeStoppable(process);
    process.start(CliProcess::program(),
                  {u"--headless"_s, u"--require-secret"_s, u"--bind"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s,
                   u"--path"_s, u"/vainu/webhook"_s, u"--data-dir"_s, data.path()});
    QString out;
    QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process.readAllStandardOutput())).contains(u"Listening on"_s),
                             20000);
    QVERIFY2(out.contains(u"(secret required)"_s), qPrintable(out));
    QVERIFY(QFile::exists(data.filePath(u"events.sqlite"_s)));
    CliProcess::stop(process); // SIGTERM, as systemctl stop sends (Ctrl+Break on Windows)
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
