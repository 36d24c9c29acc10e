// The sandbox's delivery engine end to end: a company changes through /_sandbox/, the sandbox
// POSTs the documented payload to a real listener, retries failures with number_of_tries rising,
// and logs every attempt.
#include "LocalSandbox.h"
#include "SandboxTestClient.h"
#include "TestReceiver.h"
#include "sandbox/DeliveryEngine.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxDelivery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void payloadAndUrl();
    void urlWithQueryGetsAmpersand();
    void everyTrackingRecordGetsADelivery();
    void retriesUntilMaxTries();
    void retrySucceedsAfterFailures();
    void timeoutCountsAsFailure();
    void unreachableReceiver();
    void noDeliveryWithoutChangeOrTracking();
    void changeValidation_data();
    void changeValidation();
    void generatorAndRandomChanges();

private:
    QJsonArray logAfter(qint64 id);
    qint64 lastLogId() { return m_control.get(u"/_sandbox/deliveries/"_s).object().value(u"last_id"_s).toInteger(); }
    TestResponse change(const QString& businessId, const QJsonObject& fields)
    {
        return m_control.post(u"/_sandbox/companies/%1/"_s.arg(businessId), fields);
    }

    TestReceiver m_receiver;
    LocalSandbox m_server;
    SandboxTestClient m_api;
    SandboxTestClient m_control;
    int m_staff = 100;
};

void TestSandboxDelivery::initTestCase()
{
    SandboxOptions options;
    options.seed = 3;
    options.demoWebhookUrl = m_receiver.url(u"/vainu/webhook"_s).toString();
    options.demoWebhookQuery = u"?secret=abc"_s;
    options.retryDelaysMs = {50, 60, 70, 80};
    options.deliveryTimeoutMs = 2000;
    QVERIFY(m_server.start(options));
    m_api.setBase(m_server->apiBaseUrl());
    m_api.setApiKey(m_server->demoApiKey().toUtf8());
    m_control.setBase(m_server->baseUrl());
}

void TestSandboxDelivery::init()
{
    QTRY_COMPARE(m_server->deliveries().pendingCount(), 0);
    m_receiver.received.clear();
    m_receiver.status = 200;
    m_receiver.script.clear();
}

QJsonArray TestSandboxDelivery::logAfter(qint64 id)
{
    const TestResponse response = m_control.get(u"/_sandbox/deliveries/?after=%1"_s.arg(id));
    return response.results();
}

void TestSandboxDelivery::payloadAndUrl()
{
    // crm-0001 of the demo account tracks the documented example company 25578642.
    const TestResponse response = change(u"2557864-2"_s, QJsonObject {{u"staff_number"_s, ++m_staff}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"deliveries"_s).toInt(), 1);
    QCOMPARE(response.object().value(u"changed_fields"_s).toArray(), QJsonArray {u"staff_number"_s});
    QTRY_COMPARE(m_receiver.received.size(), 1);
    const TestReceiver::Received& received = m_receiver.received.first();
    QCOMPARE(received.target, "/vainu/webhook?secret=abc"_ba);
    QCOMPARE(received.contentType, "application/json"_ba);
    const QJsonObject payload = received.json;
    QStringList keys = payload.keys();
    QCOMPARE(keys, QStringList({u"data"_s, u"number_of_tries"_s, u"type"_s, u"unique_id"_s}));
    QCOMPARE(payload.value(u"number_of_tries"_s).toInt(), 1);
    QCOMPARE(payload.value(u"type"_s).toString(), u"company_change_webhook"_s);
    QCOMPARE(payload.value(u"unique_id"_s).toString(), u"crm-0001"_s);
    const QJsonObject data = payload.value(u"data"_s).toObject();
    keys = data.keys();
    QCOMPARE(keys,
             QStringList({u"business_id"_s, u"company_name"_s, u"domain"_s, u"region"_s, u"staff_number"_s, u"status"_s,
                          u"turn_over"_s, u"visiting_address"_s, u"visiting_city"_s, u"visiting_postal"_s}));
    QCOMPARE(data.value(u"staff_number"_s).toInt(), m_staff);
    QCOMPARE(data.value(u"business_id"_s).toString(), u"25578642"_s);
    QCOMPARE(data.value(u"turn_over"_s).toInteger(), 895766);
    QCOMPARE(data.value(u"visiting_city"_s).toString(), u"HELSINKI"_s);

    QTRY_VERIFY(!logAfter(0).isEmpty());
    const QJsonObject entry = logAfter(0).last().toObject();
    QCOMPARE(entry.value(u"outcome"_s).toString(), u"delivered"_s);
    QCOMPARE(entry.value(u"status"_s).toInt(), 200);
    QCOMPARE(entry.value(u"unique_id"_s).toString(), u"crm-0001"_s);
    QCOMPARE(entry.value(u"url"_s).toString(), m_receiver.url(u"/vainu/webhook"_s).toString() + u"?secret=abc"_s);
    QVERIFY(entry.value(u"duration_ms"_s).isDouble());
    QVERIFY(entry.value(u"error"_s).isNull());
    // The change is visible through Get Companies.
    const TestResponse company = m_api.get(u"companies/?business_id=25578642&fields=staff_number"_s);
    QCOMPARE(company.results().first()[u"staff_number"_s].toInt(), m_staff);
}

void TestSandboxDelivery::urlWithQueryGetsAmpersand()
{
    const TestResponse created
        = m_api.post(u"webhook_configuration/"_s,
                     QJsonObject {{u"webhook_url"_s, QString(m_receiver.url(u"/hook2"_s).toString() + u"?x=1"_s)},
                                  {u"query"_s, u"?y=2"_s}});
    QCOMPARE(created.status, 201);
    QCOMPARE(change(u"25578642"_s, QJsonObject {{u"staff_number"_s, ++m_staff}}).object()[u"deliveries"_s].toInt(), 2);
    QTRY_COMPARE(m_receiver.received.size(), 2);
    QSet<QByteArray> targets;
    for (const TestReceiver::Received& received : std::as_const(m_receiver.received))
        targets.insert(received.target);
    QCOMPARE(targets, QSet<QByteArray>({"/vainu/webhook?secret=abc"_ba, "/hook2?x=1&y=2"_ba}));
    QCOMPARE(m_api.del(u"webhook_configuration/%1/"_s.arg(created.object()[u"id"_s].toString())).status, 204);
}

void TestSandboxDelivery::everyTrackingRecordGetsADelivery()
{
    QCOMPARE(m_api
                 .post(u"customer_data/"_s,
                       QJsonObject {{u"unique_id"_s, u"second-tracker"_s},
                                    {u"match_data"_s, QJsonObject {{u"business_id"_s, u"FI25578642"_s}}}})
                 .status,
             201);
    QCOMPARE(change(u"25578642"_s, QJsonObject {{u"turn_over"_s, 900000}}).object()[u"deliveries"_s].toInt(), 2);
    QTRY_COMPARE(m_receiver.received.size(), 2);
    QSet<QString> uniqueIds;
    for (const TestReceiver::Received& received : std::as_const(m_receiver.received)) {
        uniqueIds.insert(received.json.value(u"unique_id"_s).toString());
        QCOMPARE(received.json[u"data"_s][u"turn_over"_s].toInteger(), 900000);
    }
    QCOMPARE(uniqueIds, QSet<QString>({u"crm-0001"_s, u"second-tracker"_s}));
    QCOMPARE(m_api.del(u"customer_data/second-tracker/"_s).status, 204);
}

void TestSandboxDelivery::retriesUntilMaxTries()
{
    m_receiver.status = 500;
    const qint64 before = lastLogId();
    QCOMPARE(change(u"25578642"_s, QJsonObject {{u"staff_number"_s, ++m_staff}}).status, 200);
    QTRY_COMPARE(m_receiver.received.size(), 5);
    QTRY_COMPARE(m_server->deliveries().pendingCount(), 0);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_receiver.received.at(i).json.value(u"number_of_tries"_s).toInt(), i + 1);
    const QJsonArray log = logAfter(before);
    QCOMPARE(log.size(), 5);
    for (int i = 0; i < 5; ++i) {
        const QJsonObject entry = log.at(i).toObject();
        QCOMPARE(entry.value(u"number_of_tries"_s).toInt(), i + 1);
        QCOMPARE(entry.value(u"status"_s).toInt(), 500);
        QCOMPARE(entry.value(u"error"_s).toString(), u"HTTP 500"_s);
        QCOMPARE(entry.value(u"outcome"_s).toString(), i < 4 ? u"retry_scheduled"_s : u"failed"_s);
        QCOMPARE(entry.value(u"delivery_id"_s), log.at(0)[u"delivery_id"_s]);
    }
    QCOMPARE(log.at(0)[u"next_try_in_ms"_s].toInt(), 50);
    QCOMPARE(log.at(3)[u"next_try_in_ms"_s].toInt(), 80);
}

void TestSandboxDelivery::retrySucceedsAfterFailures()
{
    m_receiver.script = {503, 404};
    const qint64 before = lastLogId();
    QCOMPARE(change(u"25578642"_s, QJsonObject {{u"staff_number"_s, ++m_staff}}).status, 200);
    QTRY_COMPARE(m_receiver.received.size(), 3);
    QTRY_COMPARE(m_server->deliveries().pendingCount(), 0);
    const QJsonArray log = logAfter(before);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0)[u"status"_s].toInt(), 503);
    QCOMPARE(log.at(1)[u"status"_s].toInt(), 404);
    QCOMPARE(log.at(2)[u"status"_s].toInt(), 200);
    QCOMPARE(log.at(2)[u"outcome"_s].toString(), u"delivered"_s);
    QCOMPARE(m_receiver.received.at(2).json.value(u"number_of_tries"_s).toInt(), 3);
    QCOMPARE(m_receiver.received.size(), 3); // nothing after success
}

void TestSandboxDelivery::timeoutCountsAsFailure()
{
    TestResponse settings
        = m_control.post(u"/_sandbox/settings/"_s, QJsonObject {{u"timeout_ms"_s, 200}, {u"max_tries"_s, 2}});
    QCOMPARE(settings.status, 200);
    QCOMPARE(settings.object().value(u"max_tries"_s).toInt(), 2);
    m_receiver.status = 0; // never answers
    const qint64 before = lastLogId();
    QCOMPARE(change(u"25578642"_s, QJsonObject {{u"staff_number"_s, ++m_staff}}).status, 200);
    QTRY_COMPARE(logAfter(before).size(), 2);
    const QJsonArray log = logAfter(before);
    QVERIFY(log.at(0)[u"status"_s].isNull());
    QVERIFY2(log.at(0)[u"error"_s].toString().startsWith(u"timeout"_s), qPrintable(log.at(0)[u"error"_s].toString()));
    QCOMPARE(log.at(1)[u"outcome"_s].toString(), u"failed"_s);
    QCOMPARE(m_receiver.received.size(), 2);
    settings = m_control.post(u"/_sandbox/settings/"_s, QJsonObject {{u"timeout_ms"_s, 2000}, {u"max_tries"_s, 5}});
    QCOMPARE(settings.status, 200);
    QCOMPARE(m_control.post(u"/_sandbox/settings/"_s, QJsonObject {{u"max_tries"_s, 0}}).status, 400);
    QCOMPARE(m_control.post(u"/_sandbox/settings/"_s, QJsonObject {{u"retry_delays_ms"_s, QJsonArray {u"x"_s}}}).status,
             400);
}

void TestSandboxDelivery::unreachableReceiver()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there now
    const TestResponse created = m_api.post(u"webhook_configuration/"_s,
                                            QJsonObject {{u"webhook_url"_s, u"http://127.0.0.1:%1/gone"_s.arg(port)}});
    QCOMPARE(created.status, 201);
    QCOMPARE(m_control.post(u"/_sandbox/settings/"_s, QJsonObject {{u"max_tries"_s, 2}}).status, 200);
    const qint64 before = lastLogId();
    QCOMPARE(change(u"25578642"_s, QJsonObject {{u"staff_number"_s, ++m_staff}}).object()[u"deliveries"_s].toInt(), 2);
    QTRY_COMPARE(m_server->deliveries().pendingCount(), 0);
    int refused = 0;
    for (const QJsonValue& entry : logAfter(before)) {
        if (entry[u"url"_s].toString().contains(u"/gone"_s)) {
            ++refused;
            QVERIFY(entry[u"status"_s].isNull());
            QVERIFY(!entry[u"error"_s].toString().isEmpty());
        }
    }
    QCOMPARE(refused, 2);
    QCOMPARE(m_api.del(u"webhook_configuration/%1/"_s.arg(created.object()[u"id"_s].toString())).status, 204);
    QCOMPARE(m_control.post(u"/_sandbox/settings/"_s, QJsonObject {{u"max_tries"_s, 5}}).status, 200);
}

void TestSandboxDelivery::noDeliveryWithoutChangeOrTracking()
{
    TestResponse response = change(u"25578642"_s, QJsonObject {{u"staff_number"_s, m_staff}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"deliveries"_s).toInt(), 0);
    QVERIFY(response.object().value(u"changed_fields"_s).toArray().isEmpty());
    // A company nobody tracks: find one through the API, then change it.
    QSet<QString> tracked;
    for (const QJsonValue& record : m_api.get(u"customer_data/?limit=1000"_s).results())
        tracked.insert(record[u"matching"_s][u"business_id"_s].toString());
    QString untracked;
    for (const QJsonValue& company : m_api.get(u"companies/?limit=100&fields=business_id"_s).results()) {
        if (!tracked.contains(company[u"business_id"_s].toString())) {
            untracked = company[u"business_id"_s].toString();
            break;
        }
    }
    QVERIFY(!untracked.isEmpty());
    response = change(untracked, QJsonObject {{u"status"_s, u"inactive"_s}, {u"staff_number"_s, 4321}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"deliveries"_s).toInt(), 0);
    QCOMPARE(m_server->deliveries().pendingCount(), 0);
    QCOMPARE(m_receiver.received.size(), 0);
}

void TestSandboxDelivery::changeValidation_data()
{
    QTest::addColumn<QString>("businessId");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("unknown company") << u"FI00000000"_s << R"({"staff_number": 1})"_ba << 404;
    QTest::newRow("unknown field") << u"25578642"_s << R"({"colour": "red"})"_ba << 400;
    QTest::newRow("wrong type") << u"25578642"_s << R"({"staff_number": "many"})"_ba << 400;
    QTest::newRow("fraction") << u"25578642"_s << R"({"turn_over": 1.5})"_ba << 400;
    QTest::newRow("business id is fixed") << u"25578642"_s << R"({"business_id": "1"})"_ba << 400;
    QTest::newRow("nothing given") << u"25578642"_s << R"({})"_ba << 400;
    QTest::newRow("malformed") << u"25578642"_s << R"({"staff_number": )"_ba << 400;
}

void TestSandboxDelivery::changeValidation()
{
    QFETCH(QString, businessId);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const TestResponse response = m_control.send("POST", u"/_sandbox/companies/%1/"_s.arg(businessId), body);
    QCOMPARE(response.status, status);
    QVERIFY(!response.detail().isEmpty());
    QCOMPARE(m_server->deliveries().pendingCount(), 0);
}

void TestSandboxDelivery::generatorAndRandomChanges()
{
    TestResponse response = m_control.post(u"/_sandbox/changes/"_s, QJsonObject {{u"count"_s, 3}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"changes"_s).toInt(), 3);
    QVERIFY(response.object().value(u"deliveries"_s).toInt() >= 3); // the generator picks tracked companies
    QTRY_VERIFY(m_receiver.received.size() >= 3);

    response = m_control.post(u"/_sandbox/generator/"_s, QJsonObject {{u"rate"_s, 40}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"running"_s).toBool(), true);
    const qsizetype before = m_receiver.received.size();
    QTRY_VERIFY(m_receiver.received.size() >= before + 5);
    response = m_control.del(u"/_sandbox/generator/"_s);
    QCOMPARE(response.object().value(u"running"_s).toBool(), false);
    QVERIFY(response.object().value(u"changes_made"_s).toInteger() >= 5);
    QCOMPARE(m_control.post(u"/_sandbox/generator/"_s, QJsonObject {{u"rate"_s, -1}}).status, 400);
    QCOMPARE(m_control.get(u"/_sandbox/generator/"_s).object().value(u"running"_s).toBool(), false);
}

QTEST_GUILESS_MAIN(TestSandboxDelivery)
#include "tst_SandboxDelivery.moc"
