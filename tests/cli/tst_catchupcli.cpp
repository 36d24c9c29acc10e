// `vainu-webhooks events catch-up` and `--headless --catch-up` as a user runs them: the real program against
// a real sandbox on a loopback port, with a real event history whose company then changed in the sandbox.
#include "CliProcess.h"
#include "SandboxFixture.h"
#include "StoreTestSupport.h"
#include "core/CatchUpComparison.h"
#include "store/EventStore.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCatchUpCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsTheChangeAndThenNothing();
    void usageErrors_data();
    void usageErrors();
    void aRefusedKeyFailsAndRecordsNothing();
    void headlessCatchesUpOnStart();

private:
    using Run = CliProcess::Run;
    static Run run(const QStringList& arguments, const QString& apiKey)
    {
        return CliProcess::run(arguments, CliProcess::environment(apiKey));
    }
    // A history whose one company's snapshot is the sandbox's current state of 25578642 (tracked by crm-0001).
    void writeHistory();
    QList<QJsonObject> exportedEvents();
    // The company data of an exported event: its payload's "data".
    static QJsonObject payloadData(const QJsonObject& event)
    {
        return QJsonDocument::fromJson(event.value(u"payload"_s).toString().toUtf8())
            .object()
            .value(u"data"_s)
            .toObject();
    }

    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_data;
};

void TestCatchUpCli::init()
{
    SandboxOptions options;
    options.companyCount = 40;
    QVERIFY(m_sandbox.start(options));
    m_data = std::make_unique<QTemporaryDir>();
    writeHistory();
}

void TestCatchUpCli::cleanup()
{
    m_sandbox.stop();
    m_data.reset();
}

void TestCatchUpCli::writeHistory()
{
    SandboxTestClient api(m_sandbox.apiBaseUrl());
    api.setApiKey(m_sandbox.demoApiKey().toUtf8());
    const TestResponse company
        = api.get(u"companies/?business_id=25578642&fields=%1"_s.arg(CatchUpComparison::requestedFields().join(u',')));
    QCOMPARE(company.status, 200);
    QCOMPARE(company.results().size(), 1);
    // The delivery the receiver stored before it was stopped: the company's state at that time.
    const QByteArray body = QJsonDocument(QJsonObject {{u"data"_s, company.results().first().toObject()},
                                                       {u"number_of_tries"_s, 1},
                                                       {u"type"_s, u"company_change_webhook"_s},
                                                       {u"unique_id"_s, u"crm-0001"_s}})
                                .toJson(QJsonDocument::Compact);
    EventStore store;
    QCOMPARE(StoreTestSupport::openStore(store, m_data->path()), QString());
    QVERIFY(StoreTestSupport::submit(store, body));
    QVERIFY(store.flush());
    store.close();
}

QList<QJsonObject> TestCatchUpCli::exportedEvents()
{
    const Run exported
        = run({u"events"_s, u"export"_s, u"--format"_s, u"jsonl"_s, u"--data-dir"_s, m_data->path()}, {});
    QList<QJsonObject> events;
    for (const QString& line : exported.out.split(u'\n', Qt::SkipEmptyParts))
        events.append(QJsonDocument::fromJson(line.toUtf8()).object());
    return events;
}

void TestCatchUpCli::findsTheChangeAndThenNothing()
{
    // While nobody was listening, the company changed.
    QCOMPARE(m_sandbox.control("POST", u"companies/2557864-2/"_s, QJsonObject {{u"staff_number"_s, 5555}}).status, 200);

    const QString api = m_sandbox.apiBaseUrl().toString();
    const Run first = run({u"events"_s, u"catch-up"_s, u"--base-url"_s, api, u"--data-dir"_s, m_data->path()},
                          m_sandbox.demoApiKey());
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"Compared 1 company"_s), qPrintable(first.out));
    QVERIFY2(first.out.contains(u"found 1 change."_s), qPrintable(first.out));

    const QList<QJsonObject> events = exportedEvents();
    QCOMPARE(events.size(), 2);
    const QJsonObject caughtUp = events.last();
    QCOMPARE(caughtUp.value(u"origin"_s).toString(), u"catch-up"_s);
    QCOMPARE(caughtUp.value(u"unique_id"_s).toString(), u"crm-0001"_s);
    QCOMPARE(caughtUp.value(u"changed_fields"_s).toArray(), QJsonArray {u"staff_number"_s});
    QCOMPARE(payloadData(caughtUp).value(u"staff_number"_s).toInt(), 5555);

    const Run second
        = run({u"events"_s, u"catch-up"_s, u"--json"_s, u"--base-url"_s, api, u"--data-dir"_s, m_data->path()},
              m_sandbox.demoApiKey());
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object(),
             (QJsonObject {{u"compared"_s, 1}, {u"changed"_s, 0}}));
    QCOMPARE(exportedEvents().size(), 2);
}

void TestCatchUpCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("base url without a history")
        << QStringList {u"--base-url"_s, u"http://127.0.0.1:1/api/v2/"_s} << u"--data-dir"_s;
    QTest::newRow("profile and base url")
        << QStringList {u"--profile"_s,  u"Work"_s, u"--base-url"_s, u"http://127.0.0.1:1/api/v2/"_s,
                        u"--data-dir"_s, u"x"_s}
        << u"not both"_s;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("extra word") << QStringList {u"now"_s} << u"now"_s;
}

void TestCatchUpCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(QStringList {u"events"_s, u"catch-up"_s} + arguments, m_sandbox.demoApiKey());
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestCatchUpCli::aRefusedKeyFailsAndRecordsNothing()
{
    QCOMPARE(m_sandbox.control("POST", u"companies/2557864-2/"_s, QJsonObject {{u"staff_number"_s, 6666}}).status, 200);
    const Run result = run({u"events"_s, u"catch-up"_s, u"--base-url"_s, m_sandbox.apiBaseUrl().toString(),
                            u"--data-dir"_s, m_data->path()},
                           u"not-a-key"_s);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"nothing was recorded"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"API key"_s, Qt::CaseInsensitive), qPrintable(result.err));
    QCOMPARE(exportedEvents().size(), 1);
}

void TestCatchUpCli::headlessCatchesUpOnStart()
{
    QCOMPARE(m_sandbox.control("POST", u"companies/2557864-2/"_s, QJsonObject {{u"staff_number"_s, 7777}}).status, 200);
    QProcess process;
    process.setProcessEnvironment(CliProcess::environment(m_sandbox.demoApiKey()));
    CliProcess::makeStoppable(process);
    process.start(CliProcess::program(),
                  {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_data->path(), u"--base-url"_s,
                   m_sandbox.apiBaseUrl().toString(), u"--catch-up"_s});
    QVERIFY(process.waitForStarted());
    QString out;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (out += QString::fromUtf8(process.readAllStandardOutput())).contains(u"found 1 change."_s),
        qPrintable(out + QString::fromUtf8(process.readAllStandardError())), 30000);
    QVERIFY2(out.contains(u"Listening on"_s), qPrintable(out));
    CliProcess::stop(process);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QJsonObject> events = exportedEvents();
    QCOMPARE(events.size(), 2);
    QCOMPARE(payloadData(events.last()).value(u"staff_number"_s).toInt(), 7777);
}

QTEST_GUILESS_MAIN(TestCatchUpCli)
#include "tst_catchupcli.moc"
