// Catching up after downtime, end to end: a real sandbox changes companies while the real receiver is
// stopped and its retries run out; CatchUp compares the real store's snapshots with Get Companies and
// records what was missed. Also: a second run, a late retry, a 429, dropped connections, an API error
// half-way, a cancel, and companies the API no longer knows.
#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "StoreTestSupport.h"
#include "session/CatchUp.h"
#include "session/CatchUpService.h"
#include "store/EventStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCatchUp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsTheChangesMissedWhileStopped();
    void aLateRetryAddsNoSecondDiff();
    void survivesA429AndDroppedConnections();
    void anApiErrorHalfWayRecordsNothing();
    void cancelRecordsNothing();
    void companiesTheApiDoesNotKnowAreCounted();
    void theServiceRunsWhenTheReceiverStarts();

private:
    EventStore* store() const { return m_receiver->service()->store(); }
    // The demo account's tracked companies: business id -> the unique_id of the record tracking it.
    QList<QPair<QString, QString>> trackedCompanies(int count);
    // Changes a company in the sandbox (which queues deliveries to the receiver); the number queued.
    int change(const QString& businessId, const QJsonObject& fields);
    // Waits until the sandbox has no delivery pending (delivered, or retries run out).
    bool deliveriesSettled();
    // Every tracked company changed once while listening, so the history has a snapshot of each.
    void seedSnapshots(const QList<QPair<QString, QString>>& companies);
    CatchUpResult runCatchUp(const CatchUpOptions& options = fastOptions());
    static CatchUpOptions fastOptions();
    QList<StoredEvent> eventsAfter(qint64 id) const;

    std::unique_ptr<ReceiverFixture> m_receiver;
    SandboxFixture m_sandbox;
    int m_staff = 1000;
};

void TestCatchUp::init()
{
    m_receiver = std::make_unique<ReceiverFixture>();
    QVERIFY(m_receiver->start());
    SandboxOptions options;
    options.companyCount = 60;
    options.demoWebhookUrl = m_receiver->webhookUrl().toString();
    // Retries run out quickly, as Vainu's do over hours.
    options.retryDelaysMs = {30, 30};
    options.maxTries = 3;
    options.deliveryTimeoutMs = 2000;
    QVERIFY(m_sandbox.start(options));
}

void TestCatchUp::cleanup()
{
    m_sandbox.stop();
    m_receiver.reset();
}

CatchUpOptions TestCatchUp::fastOptions()
{
    CatchUpOptions options;
    options.firstRetryDelayMs = 50;
    return options;
}

QList<QPair<QString, QString>> TestCatchUp::trackedCompanies(int count)
{
    SandboxTestClient api(m_sandbox.apiBaseUrl());
    api.setApiKey(m_sandbox.demoApiKey().toUtf8());
    const TestResponse response = api.get(u"customer_data/?limit=100"_s);
    QList<QPair<QString, QString>> companies;
    QStringList seen;
    for (const QJsonValue& record : response.results()) {
        const QJsonObject matching = record[u"matching"_s].toObject();
        const QString businessId = matching.value(u"business_id"_s).toString();
        if (matching.value(u"status"_s).toString() != u"matched"_s || businessId.isEmpty() || seen.contains(businessId))
            continue;
        seen.append(businessId);
        companies.append({businessId, record[u"unique_id"_s].toString()});
        if (companies.size() == count)
            break;
    }
    return companies;
}

int TestCatchUp::change(const QString& businessId, const QJsonObject& fields)
{
    const TestResponse response = m_sandbox.control("POST", u"companies/%1/"_s.arg(businessId), fields);
    return response.status == 200 ? response.object().value(u"deliveries"_s).toInt() : -1;
}

bool TestCatchUp::deliveriesSettled()
{
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_sandbox.control("GET", u"deliveries/?limit=1"_s).object().value(u"pending"_s).toInt(-1) == 0)
            return true;
        QTest::qWait(50);
    }
    return false;
}

void TestCatchUp::seedSnapshots(const QList<QPair<QString, QString>>& companies)
{
    const qint64 before = store()->eventCount();
    for (const auto& [businessId, uniqueId] : companies)
        QVERIFY(change(businessId, QJsonObject {{u"staff_number"_s, ++m_staff}}) >= 1);
    QVERIFY(deliveriesSettled());
    QTRY_VERIFY(store()->eventCount() >= before + companies.size());
}

CatchUpResult TestCatchUp::runCatchUp(const CatchUpOptions& options)
{
    CatchUp catchUp(m_sandbox.demoConnection(), store());
    catchUp.setOptions(options);
    return catchUp.run();
}

QList<StoredEvent> TestCatchUp::eventsAfter(qint64 id) const
{
    QList<StoredEvent> events;
    for (const StoredEvent& event : store()->events(0, 100000)) {
        if (event.id > id)
            events.append(event);
    }
    return events;
}

void TestCatchUp::findsTheChangesMissedWhileStopped()
{
    const auto companies = trackedCompanies(3);
    QCOMPARE(companies.size(), 3);
    seedSnapshots(companies);
    const qint64 lastSeen = store()->maxEventId();

    m_receiver->service()->stop();
    const auto& [changedId, changedRecord] = companies.at(1);
    QVERIFY(change(changedId, QJsonObject {{u"staff_number"_s, 4242}, {u"visiting_city"_s, u"TURKU"_s}}) >= 1);
    QVERIFY(deliveriesSettled()); // every try failed: Vainu gave up on this change
    QCOMPARE(store()->maxEventId(), lastSeen);

    const CatchUpResult result = runCatchUp();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.compared, qint64(companies.size()));
    QCOMPARE(result.changed, 1);
    QCOMPARE(result.notFound, 0);

    const QList<StoredEvent> found = eventsAfter(lastSeen);
    QCOMPARE(found.size(), 1);
    const StoredEvent& event = found.first();
    QCOMPARE(event.origin, DeliveryOrigin::CatchUp);
    QCOMPARE(event.businessId, changedId);
    QCOMPARE(event.uniqueId, changedRecord); // the record that tracks the company, as a delivery would name it
    QCOMPARE(event.changedFields, (QStringList {u"visiting_city"_s, u"staff_number"_s}));
    QCOMPARE(event.data.value(u"staff_number"_s).toInt(), 4242);
    QCOMPARE(event.data.value(u"visiting_city"_s).toString(), u"TURKU"_s);
    QVERIFY(event.hasBefore);
    QVERIFY(event.before.value(u"staff_number"_s).toInt() != 4242);
    QVERIFY(!event.stale);
    // The field diff the detail pane shows, against the state before.
    const QList<FieldChange> changes = store()->fieldChanges(event.id);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).after.toInt(), 4242);
    // Its body reads like the delivery Vainu would have sent.
    const QJsonObject body = QJsonDocument::fromJson(event.rawBody).object();
    QCOMPARE(body.value(u"unique_id"_s).toString(), changedRecord);
    QCOMPARE(body.value(u"data"_s).toObject(), event.data);

    // Nothing changed since: a second run records nothing.
    const CatchUpResult again = runCatchUp();
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.compared, qint64(companies.size()));
    QCOMPARE(again.changed, 0);
    QCOMPARE(store()->maxEventId(), event.id);
}

void TestCatchUp::aLateRetryAddsNoSecondDiff()
{
    const auto companies = trackedCompanies(1);
    QCOMPARE(companies.size(), 1);
    seedSnapshots(companies);
    const qint64 lastSeen = store()->maxEventId();

    // Vainu's last retry comes long after the first two failed: catching up finds the change first.
    QCOMPARE(
        m_sandbox.control("POST", u"settings/"_s, QJsonObject {{u"retry_delays_ms"_s, QJsonArray {30, 2500}}}).status,
        200);
    m_receiver->service()->stop();
    const QString businessId = companies.first().first;
    QVERIFY(change(businessId, QJsonObject {{u"staff_number"_s, 777}}) >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonArray log = m_sandbox.control("GET", u"deliveries/?limit=1000"_s).results();
            return !log.isEmpty() && log.last()[u"number_of_tries"_s].toInt() == 2;
        }(),
        10000);
    const CatchUpResult result = runCatchUp();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.changed, 1);
    const QList<StoredEvent> found = eventsAfter(lastSeen);
    QCOMPARE(found.size(), 1);
    const qint64 caughtUp = found.first().id;

    m_receiver->service()->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_receiver->service()->isListening(), 10000);
    QVERIFY(deliveriesSettled()); // the third try reached the receiver
    const QJsonArray log = m_sandbox.control("GET", u"deliveries/?limit=1000"_s).results();
    QCOMPARE(log.last()[u"outcome"_s].toString(), u"delivered"_s);
    QCOMPARE(log.last()[u"number_of_tries"_s].toInt(), 3);

    // The late retry joined the catch-up event as another attempt: no second event, no second diff.
    QTRY_COMPARE(store()->attempts(caughtUp).size(), 2);
    QCOMPARE(store()->maxEventId(), caughtUp);
    const std::optional<StoredEvent> event = store()->eventById(caughtUp);
    QVERIFY(event);
    QCOMPARE(event->changedFields, QStringList {u"staff_number"_s});
    QCOMPARE(event->maxNumberOfTries, 3);
}

void TestCatchUp::survivesA429AndDroppedConnections()
{
    const auto companies = trackedCompanies(3);
    seedSnapshots(companies);
    const qint64 lastSeen = store()->maxEventId();
    m_receiver->service()->stop();
    for (const auto& [businessId, uniqueId] : companies)
        QVERIFY(change(businessId, QJsonObject {{u"staff_number"_s, ++m_staff}}) >= 1);
    QVERIFY(deliveriesSettled());

    // One company per call, so the faults hit a run half-way: a 429 asking to wait a second, then a
    // connection that closes without an answer (three times: Qt's network stack resends once by itself).
    QCOMPARE(m_sandbox
                 .control("POST", u"faults/"_s,
                          QJsonObject {{u"path_prefix"_s, u"/api/v2/companies"_s},
                                       {u"count"_s, 1},
                                       {u"status"_s, 429},
                                       {u"retry_after"_s, 1}})
                 .status,
             201);
    QCOMPARE(m_sandbox
                 .control("POST", u"faults/"_s,
                          QJsonObject {{u"path_prefix"_s, u"/api/v2/companies"_s}, {u"count"_s, 3}, {u"drop"_s, true}})
                 .status,
             201);
    CatchUpOptions options = fastOptions();
    options.batchSize = 1;
    const CatchUpResult result = runCatchUp(options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.compared, 3);
    QCOMPARE(result.changed, 3);
    QCOMPARE(eventsAfter(lastSeen).size(), 3);
    QVERIFY(m_sandbox.control("GET", u"faults/"_s).results().isEmpty()); // every fault was used up
}

void TestCatchUp::anApiErrorHalfWayRecordsNothing()
{
    const auto companies = trackedCompanies(3);
    seedSnapshots(companies);
    const qint64 lastSeen = store()->maxEventId();
    m_receiver->service()->stop();
    for (const auto& [businessId, uniqueId] : companies)
        QVERIFY(change(businessId, QJsonObject {{u"staff_number"_s, ++m_staff}}) >= 1);
    QVERIFY(deliveriesSettled());

    CatchUp catchUp(m_sandbox.demoConnection(), store());
    CatchUpOptions options = fastOptions();
    options.batchSize = 1;
    catchUp.setOptions(options);
    // After the first company was compared (and found changed), the key stops working.
    bool faulted = false;
    connect(&catchUp, &CatchUp::progress, this, [&](qint64 done, qint64) {
        if (done >= 1 && !faulted) {
            faulted = true;
            m_sandbox.failNextCalls(401, 100);
        }
    });
    const CatchUpResult result = catchUp.run();
    QVERIFY(faulted);
    QCOMPARE(result.status, CatchUpResult::Status::Failed);
    QVERIFY2(result.error.contains(u"API key"_s, Qt::CaseInsensitive), qPrintable(result.error));
    QCOMPARE(result.changed, 0);
    QCOMPARE(store()->maxEventId(), lastSeen); // not one of the changes was recorded

    // Once the API answers again, a run records all three.
    m_sandbox.control("DELETE", u"faults/"_s);
    const CatchUpResult retried = runCatchUp();
    QVERIFY2(retried.ok(), qPrintable(retried.error));
    QCOMPARE(retried.changed, 3);
}

void TestCatchUp::cancelRecordsNothing()
{
    const auto companies = trackedCompanies(3);
    seedSnapshots(companies);
    const qint64 lastSeen = store()->maxEventId();
    m_receiver->service()->stop();
    for (const auto& [businessId, uniqueId] : companies)
        QVERIFY(change(businessId, QJsonObject {{u"staff_number"_s, ++m_staff}}) >= 1);
    QVERIFY(deliveriesSettled());

    CatchUp catchUp(m_sandbox.demoConnection(), store());
    CatchUpOptions options = fastOptions();
    options.batchSize = 1;
    catchUp.setOptions(options);
    connect(&catchUp, &CatchUp::progress, &catchUp, [&](qint64 done, qint64 total) {
        QCOMPARE(total, 3);
        if (done == 1)
            catchUp.cancel();
    });
    const CatchUpResult result = catchUp.run();
    QCOMPARE(result.status, CatchUpResult::Status::Cancelled);
    QCOMPARE(store()->maxEventId(), lastSeen);
}

void TestCatchUp::companiesTheApiDoesNotKnowAreCounted()
{
    const auto companies = trackedCompanies(2);
    seedSnapshots(companies);
    // A company Vainu no longer has, and one known only by its customer data record (no business id).
    QVERIFY(StoreTestSupport::submit(*store(), StoreTestSupport::body(u"gone-1"_s, u"FI99999999"_s, u"Gone Oy"_s, 5)));
    const QByteArray withoutId = R"({"data": {"company_name": "Nameless"}, "type": "company_change_webhook",
                                     "unique_id": "crm-no-id", "number_of_tries": 1})";
    QVERIFY(StoreTestSupport::submit(*store(), withoutId));
    QVERIFY(store()->flush());

    const CatchUpResult result = runCatchUp();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.compared, 2);
    QCOMPARE(result.notFound, 1);
    QCOMPARE(result.withoutBusinessId, 1);
    QCOMPARE(result.changed, 0);
}

void TestCatchUp::theServiceRunsWhenTheReceiverStarts()
{
    const auto companies = trackedCompanies(2);
    seedSnapshots(companies);
    const qint64 lastSeen = store()->maxEventId();
    CatchUpService service(m_receiver->service());
    service.setConnection(m_sandbox.demoConnection());
    QSignalSpy finished(&service, &CatchUpService::finished);

    m_receiver->service()->stop();
    QVERIFY(change(companies.first().first, QJsonObject {{u"staff_number"_s, 31337}}) >= 1);
    QVERIFY(deliveriesSettled());
    QCOMPARE(finished.count(), 0);

    // The receiver starts again after having been stopped: the service catches up by itself.
    m_receiver->service()->start();
    QVERIFY(finished.wait(15000));
    const CatchUpResult result = finished.first().first().value<CatchUpResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.changed, 1);
    const QList<StoredEvent> found = eventsAfter(lastSeen);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().data.value(u"staff_number"_s).toInt(), 31337);

    // "Catch up now" with nothing new: a run that finds nothing.
    service.start();
    QVERIFY(service.isRunning());
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.last().first().value<CatchUpResult>().changed, 0);
}

QTEST_MAIN(TestCatchUp)
#include "tst_catchup.moc"
