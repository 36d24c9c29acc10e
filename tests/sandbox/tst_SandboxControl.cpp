// The /_sandbox/ control surface (faults, delivery log, reset, info), --state persistence across a
// restart, and the vainu-sandbox executable.
#include "CliProcess.h"
#include "LocalSandbox.h"
#include "SandboxTestClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray readAllFrom(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestSandboxControl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void info();
    void controlRoutesAnswer404And405();
    void faultStatus();
    void faultRetryAfter();
    void faultPathPrefix();
    void faultLatency();
    void faultDropsConnection();
    void faultAfterWorkCreatesThenFails();
    void faultValidation_data();
    void faultValidation();
    void deliveryLogClear();
    void resetWithSeed();
    void smallDataSetStillSeedsTheDemoAccount();
    void statePersistsAcrossRestart();
    void corruptStateFileIsRefused();
    void executableStartsAndPrintsPort();
    void executableRejectsBadOptions();
    void executableSpeaksTheUsersLanguage();

private:
    LocalSandbox m_server;
    SandboxTestClient m_api;
    SandboxTestClient m_control;
};

void TestSandboxControl::initTestCase()
{
    QVERIFY(m_server.start());
    m_api.setBase(m_server->apiBaseUrl());
    m_api.setApiKey(m_server->demoApiKey().toUtf8());
    m_control.setBase(m_server->baseUrl());
}

void TestSandboxControl::init()
{
    QCOMPARE(m_control.del(u"/_sandbox/faults/"_s).status, 204);
}

void TestSandboxControl::info()
{
    const TestResponse response = m_control.get(u"/_sandbox/"_s);
    QCOMPARE(response.status, 200);
    const QJsonObject info = response.object();
    QCOMPARE(info.value(u"api_base_url"_s).toString(), m_server->apiBaseUrl().toString());
    QCOMPARE(info.value(u"demo_api_key"_s).toString(), m_server->demoApiKey());
    QCOMPARE(info.value(u"demo_username"_s).toString(), u"demo@example.com"_s);
    QVERIFY(info.value(u"companies"_s).toInt() >= 500);
    QCOMPARE(info.value(u"port"_s).toInt(), m_server->port());
}

void TestSandboxControl::controlRoutesAnswer404And405()
{
    QCOMPARE(m_control.get(u"/_sandbox/nothing/"_s).status, 404);
    QCOMPARE(m_control.get(u"/_sandbox/faults"_s).status, 404);
    const TestResponse response = m_control.put(u"/_sandbox/faults/"_s, QJsonObject {});
    QCOMPARE(response.status, 405);
    QCOMPARE(response.detail(), u"Method \"PUT\" not allowed."_s);
    QCOMPARE(m_control.get(u"/_sandbox/reset/"_s).status, 405);
    QCOMPARE(m_control.get(u"/other/"_s).status, 404);
}

void TestSandboxControl::faultStatus()
{
    TestResponse response = m_control.post(u"/_sandbox/faults/"_s, QJsonObject {{u"status"_s, 503}, {u"count"_s, 2}});
    QCOMPARE(response.status, 201);
    QCOMPARE(response.object().value(u"count"_s).toInt(), 2);
    QCOMPARE(m_control.get(u"/_sandbox/faults/"_s).results().size(), 1);
    for (int i = 0; i < 2; ++i) {
        response = m_api.get(u"webhook_configuration/"_s);
        QCOMPARE(response.status, 503);
        QVERIFY(!response.detail().isEmpty());
        QVERIFY(response.retryAfter.isEmpty());
        QCOMPARE(m_control.get(u"/_sandbox/"_s).status, 200); // control routes are never faulted
    }
    QCOMPARE(m_api.get(u"webhook_configuration/"_s).status, 200);
    QVERIFY(m_control.get(u"/_sandbox/faults/"_s).results().isEmpty());
}

void TestSandboxControl::faultRetryAfter()
{
    QCOMPARE(m_control.post(u"/_sandbox/faults/"_s, QJsonObject {{u"status"_s, 429}, {u"retry_after"_s, 7}}).status,
             201);
    const TestResponse response = m_api.get(u"customer_data/"_s);
    QCOMPARE(response.status, 429);
    QCOMPARE(response.retryAfter, "7"_ba);
    QVERIFY(response.detail().contains(u"7 seconds"_s));
    QCOMPARE(m_api.get(u"customer_data/"_s).status, 200);
}

void TestSandboxControl::faultPathPrefix()
{
    QCOMPARE(m_control
                 .post(u"/_sandbox/faults/"_s,
                       QJsonObject {{u"path_prefix"_s, u"/api/v2/companies/"_s}, {u"status"_s, 500}, {u"count"_s, -1}})
                 .status,
             201);
    QCOMPARE(m_api.get(u"customer_data/"_s).status, 200);
    QCOMPARE(m_api.get(u"companies/"_s).status, 500);
    QCOMPARE(m_api.post(u"companies/"_s, QJsonObject {}).status, 500);
    QCOMPARE(m_api.get(u"lists/"_s).status, 200);
    QCOMPARE(m_control.get(u"/_sandbox/faults/"_s).results().first()[u"count"_s].toInt(), -1);
    QCOMPARE(m_control.del(u"/_sandbox/faults/"_s).status, 204);
    QCOMPARE(m_api.get(u"companies/"_s).status, 200);
}

void TestSandboxControl::faultLatency()
{
    QCOMPARE(m_control.post(u"/_sandbox/faults/"_s, QJsonObject {{u"latency_ms"_s, 300}}).status, 201);
    const TestResponse delayed = m_api.get(u"lists/"_s);
    QCOMPARE(delayed.status, 200); // answered normally, only later
    QCOMPARE(delayed.results().size(), 2);
    QVERIFY2(delayed.elapsedMs >= 290, qPrintable(QString::number(delayed.elapsedMs))); // a lower bound only

    // Latency combined with a status.
    QCOMPARE(m_control.post(u"/_sandbox/faults/"_s, QJsonObject {{u"latency_ms"_s, 100}, {u"status"_s, 502}}).status,
             201);
    QCOMPARE(m_api.get(u"lists/"_s).status, 502);
}

void TestSandboxControl::faultDropsConnection()
{
    QCOMPARE(m_control.post(u"/_sandbox/faults/"_s, QJsonObject {{u"drop"_s, true}}).status, 201);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v2/lists/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAPI-Key: " + m_server->demoApiKey().toUtf8()
                 + "\r\n\r\n");
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QVERIFY(disconnected.wait(5000));
    QVERIFY(socket.readAll().isEmpty()); // closed without an answer

    // A Qt client resends once or twice on a connection closed before any answer, so drop every call.
    QCOMPARE(m_control.post(u"/_sandbox/faults/"_s, QJsonObject {{u"drop"_s, true}, {u"count"_s, -1}}).status, 201);
    const TestResponse response = m_api.get(u"lists/"_s);
    QCOMPARE(response.status, 0);
    QCOMPARE(response.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_control.del(u"/_sandbox/faults/"_s).status, 204);
    QCOMPARE(m_api.get(u"lists/"_s).status, 200);
}

void TestSandboxControl::faultAfterWorkCreatesThenFails()
{
    // Only POSTs: the list afterwards answers normally.
    const QJsonObject fault {{u"after_work"_s, true},
                             {u"status"_s, 502},
                             {u"method"_s, u"post"_s},
                             {u"path_prefix"_s, u"/api/v2/webhook_configuration"_s}};
    const TestResponse added = m_control.post(u"/_sandbox/faults/"_s, fault);
    QCOMPARE(added.status, 201);
    QCOMPARE(added.object()[u"method"_s].toString(), u"POST"_s);
    QCOMPARE(added.object()[u"after_work"_s].toBool(), true);
    const int before = int(m_api.get(u"webhook_configuration/"_s).results().size());
    const TestResponse created = m_api.post(
        u"webhook_configuration/"_s,
        QJsonObject {{u"webhook_url"_s, u"https://after-work.example.com/hook"_s}, {u"query"_s, u"?a=1"_s}});
    QCOMPARE(created.status, 502); // the client hears a failure...
    const QJsonArray listed = m_api.get(u"webhook_configuration/"_s).results();
    QCOMPARE(int(listed.size()), before + 1); // ...yet the webhook exists
    QVERIFY(m_control.get(u"/_sandbox/faults/"_s).results().isEmpty());
}

void TestSandboxControl::faultValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no effect") << R"({"count": 2})"_ba;
    QTest::newRow("bad status") << R"({"status": 42})"_ba;
    QTest::newRow("zero count") << R"({"status": 500, "count": 0})"_ba;
    QTest::newRow("control prefix") << R"({"status": 500, "path_prefix": "/_sandbox/"})"_ba;
    QTest::newRow("relative prefix") << R"({"status": 500, "path_prefix": "api"})"_ba;
    QTest::newRow("unknown setting") << R"({"status": 500, "colour": "red"})"_ba;
    QTest::newRow("negative latency") << R"({"latency_ms": -5})"_ba;
    QTest::newRow("malformed") << R"({"status": )"_ba;
    QTest::newRow("array") << R"([])"_ba;
}

void TestSandboxControl::faultValidation()
{
    QFETCH(QByteArray, body);
    const TestResponse response = m_control.send("POST", u"/_sandbox/faults/"_s, body);
    QCOMPARE(response.status, 400);
    QVERIFY(!response.detail().isEmpty());
    QVERIFY(m_control.get(u"/_sandbox/faults/"_s).results().isEmpty());
}

void TestSandboxControl::deliveryLogClear()
{
    // The demo webhook points at a port nothing listens on: the attempt fails and is logged.
    QCOMPARE(m_control.post(u"/_sandbox/settings/"_s, QJsonObject {{u"max_tries"_s, 1}}).status, 200);
    QCOMPARE(m_control.post(u"/_sandbox/changes/"_s, QJsonObject {{u"count"_s, 1}}).status, 200);
    QTRY_VERIFY(!m_control.get(u"/_sandbox/deliveries/"_s).results().isEmpty());
    // Every webhook gets its try; one whose host lookup is slow logs later. Clear once none is in flight.
    QTRY_COMPARE(m_control.get(u"/_sandbox/deliveries/"_s).object().value(u"pending"_s).toInt(-1), 0);
    QCOMPARE(m_control.del(u"/_sandbox/deliveries/"_s).status, 204);
    QVERIFY(m_control.get(u"/_sandbox/deliveries/"_s).results().isEmpty());
    QCOMPARE(m_control.get(u"/_sandbox/deliveries/?limit=0"_s).status, 400);
}

void TestSandboxControl::resetWithSeed()
{
    QCOMPARE(m_api
                 .post(u"customer_data/"_s,
                       QJsonObject {{u"unique_id"_s, u"before-reset"_s},
                                    {u"match_data"_s, QJsonObject {{u"company_name"_s, u"X"_s}}}})
                 .status,
             201);
    const QJsonObject third = m_api.get(u"companies/?fields=all&limit=1&offset=2"_s).results().first().toObject();
    TestResponse response = m_control.post(u"/_sandbox/reset/"_s, QJsonObject {{u"seed"_s, 5}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"seed"_s).toString(), u"5"_s);
    QCOMPARE(m_api.get(u"customer_data/before-reset/"_s).status, 404);
    QCOMPARE(m_api.get(u"customer_data/"_s).object().value(u"count"_s).toInt(), 26);
    QVERIFY(m_api.get(u"companies/?fields=all&limit=1&offset=2"_s).results().first().toObject() != third);
    QCOMPARE(m_control.post(u"/_sandbox/reset/"_s, QJsonObject {{u"seed"_s, u"abc"_s}}).status, 400);
    QCOMPARE(m_control.post(u"/_sandbox/reset/"_s, QJsonObject {{u"seed"_s, 1}}).status, 200);
    QCOMPARE(m_api.get(u"companies/?fields=all&limit=1&offset=2"_s).results().first().toObject(), third);
}

void TestSandboxControl::smallDataSetStillSeedsTheDemoAccount()
{
    SandboxOptions options;
    options.companyCount = 5;
    SandboxServer small(options);
    QString error;
    QVERIFY2(small.start(&error), qPrintable(error));
    SandboxTestClient api;
    api.setBase(small.apiBaseUrl());
    api.setApiKey(small.demoApiKey().toUtf8());
    QCOMPARE(api.get(u"customer_data/"_s).object().value(u"count"_s).toInt(), 26);
    QVERIFY(api.get(u"companies/?count=true"_s).object().value(u"count"_s).toInt() >= 40);
}

void TestSandboxControl::statePersistsAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options;
    options.stateFile = dir.filePath(u"state.json"_s);
    options.saveDebounceMs = 20;
    QString webhookId;
    {
        SandboxServer first(options);
        QVERIFY(first.start());
        QVERIFY(QFile::exists(options.stateFile)); // the seeded state is written at once
        SandboxTestClient api(first.apiBaseUrl(), first.demoApiKey().toUtf8());
        SandboxTestClient control(first.baseUrl());
        const TestResponse created
            = api.post(u"webhook_configuration/"_s, QJsonObject {{u"webhook_url"_s, u"https://persist.example/h"_s}});
        QCOMPARE(created.status, 201);
        webhookId = created.object().value(u"id"_s).toString();
        QCOMPARE(api.post(u"customer_data/"_s,
                          QJsonObject {{u"unique_id"_s, u"kept"_s},
                                       {u"match_data"_s, QJsonObject {{u"business_id"_s, u"NO918443525"_s}}}})
                     .status,
                 201);
        QCOMPARE(control.post(u"/_sandbox/companies/NO918443525/"_s, QJsonObject {{u"staff_number"_s, 777}}).status,
                 200);
        // Saved by the debounce timer already, not only at shutdown.
        QTRY_VERIFY(readAllFrom(options.stateFile).contains("\"kept\"")
                    && readAllFrom(options.stateFile).contains("777"));
    }
    options.seed = 99; // the state file wins over the seed
    SandboxServer second(options);
    QString error;
    QVERIFY2(second.start(&error), qPrintable(error));
    SandboxTestClient api(second.apiBaseUrl(), second.demoApiKey().toUtf8());
    bool found = false;
    for (const QJsonValue& webhook : api.get(u"webhook_configuration/"_s).results())
        found = found || webhook[u"id"_s].toString() == webhookId;
    QVERIFY(found);
    const TestResponse record = api.get(u"customer_data/kept/"_s);
    QCOMPARE(record.status, 200);
    QCOMPARE(record.object()[u"matching"_s][u"status"_s].toString(), u"matched"_s);
    QCOMPARE(api.get(u"companies/?business_id=NO918443525&fields=staff_number"_s)
                 .results()
                 .first()[u"staff_number"_s]
                 .toInt(),
             777);
    // New ids after a restart do not collide with stored ones.
    const TestResponse another
        = api.post(u"webhook_configuration/"_s, QJsonObject {{u"webhook_url"_s, u"https://persist.example/2"_s}});
    QVERIFY(another.object().value(u"id"_s).toString() != webhookId);
}

void TestSandboxControl::corruptStateFileIsRefused()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(u"broken.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    SandboxOptions options;
    options.stateFile = file.fileName();
    SandboxServer server(options);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(file.fileName()), qPrintable(error));
    QCOMPARE(readAllFrom(file.fileName()), "{ not json"_ba); // left untouched
}

void TestSandboxControl::executableStartsAndPrintsPort()
{
    const QString program = qEnvironmentVariable("VW_SANDBOX_PROGRAM");
    QVERIFY2(QFile::exists(program), qPrintable(program));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s); // the English line below, whatever the tester's language
    environment.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(environment);
    CliProcess::makeStoppable(process);
    process.start(program, {u"--port"_s, u"0"_s, u"--seed"_s, u"9"_s, u"--key"_s, u"k1=a@example.com"_s});
    QVERIFY(process.waitForStarted(10000));
    QByteArray output;
    const QRegularExpression pattern(u"listening on (http://127\\.0\\.0\\.1:(\\d+)/api/v2/)  API key: (\\S+)"_s);
    QRegularExpressionMatch match;
    QTRY_VERIFY_WITH_TIMEOUT(
        (output += process.readAllStandardOutput(), match = pattern.match(QString::fromUtf8(output)), match.hasMatch()),
        15000);
    QVERIFY(match.captured(2).toInt() > 0);
    QCOMPARE(match.captured(3), u"sandbox-demo-key"_s);
    SandboxTestClient api(QUrl(match.captured(1)), "k1");
    const TestResponse response = api.get(u"customer_data/"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"count"_s).toInt(), 0); // a@example.com has no records yet
    CliProcess::stop(process); // as Ctrl+C or systemctl stop

    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxControl::executableRejectsBadOptions()
{
    const QString program = qEnvironmentVariable("VW_SANDBOX_PROGRAM");
    QProcess process;
    process.start(program, {u"--port"_s, u"abc"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--port"));
    process.start(program, {u"--key"_s, u"nousername"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    process.start(program, {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray help = process.readAllStandardOutput();
    for (const char* option : {"--port", "--bind", "--state", "--seed", "--key", "--retry-delays"})
        QVERIFY2(help.contains(option), option);
}

void TestSandboxControl::executableSpeaksTheUsersLanguage()
{
    const QString program = qEnvironmentVariable("VW_SANDBOX_PROGRAM");
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"fi_FI.UTF-8"_s);
    environment.insert(u"LANG"_s, u"fi_FI.UTF-8"_s);
    environment.remove(u"LANGUAGE"_s);
    process.setProcessEnvironment(environment);
    process.start(program, {u"--port"_s, u"abc"_s});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(u"--port"_s) && error.contains(u"abc"_s), qPrintable(error));
    QVERIFY2(error.contains(u"odottaa lukua"_s), qPrintable(error)); // Finnish, not "wants a number"
    process.start(program, {u"--help"_s});
    QVERIFY(process.waitForFinished(10000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(u"--port"_s) && help.contains(u"Kuunneltava portti"_s), qPrintable(help));
}

QTEST_GUILESS_MAIN(TestSandboxControl)
#include "tst_SandboxControl.moc"
