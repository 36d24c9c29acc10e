#include "ApiTestSupport.h"
#include "LocalSandbox.h"
#include "api/VainuClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// VainuClient against the real sandbox over HTTP on a loopback port, in this process. Faults are injected
// through the sandbox's FaultInjector (the same one /_sandbox/faults drives).
class TestVainuClient : public QObject
{
    Q_OBJECT

private:
    LocalSandbox m_sandbox;
    std::unique_ptr<VainuClient> m_client;

    void injectFault(int status, int count = 1, const QString& prefix = u"/api/v2/"_s, int retryAfter = -1,
                     int latencyMs = 0, bool drop = false)
    {
        FaultInjector::Fault fault;
        fault.pathPrefix = prefix;
        fault.remaining = count;
        fault.status = status;
        fault.retryAfterSeconds = retryAfter;
        fault.latencyMs = latencyMs;
        fault.drop = drop;
        m_sandbox->faults().add(fault);
    }
    int pendingFaults() const { return int(m_sandbox->faults().toJson().size()); }

    static RetryPolicy quickRetries()
    {
        RetryPolicy policy;
        policy.maxAttempts = 4;
        policy.initialBackoff = 10ms;
        policy.maxBackoff = 40ms;
        policy.maxTotalWait = 5s;
        return policy;
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void init()
    {
        m_sandbox.resetToSeed();
        m_client = std::make_unique<TestApiClient>(m_sandbox.demoConnection());
        m_client->setRetryPolicy(quickRetries());
    }

    void cleanup() { m_client.reset(); }

    // --- webhooks

    void listWebhooks()
    {
        const auto out = waitFor(m_client->listWebhooks());
        QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
        QCOMPARE(out.finishedSignals, 1);
        QCOMPARE(out.value.size(), 1);
        QCOMPARE(out.value.first().webhookUrl, m_sandbox->options().demoWebhookUrl);
        QCOMPARE(out.value.first().query, u"?source=sandbox"_s);
        QCOMPARE(out.value.first().username, m_sandbox->options().demoUsername);
        QCOMPARE(out.value.first().id.size(), 24);
    }

    void createListAndDeleteWebhook()
    {
        Webhook webhook;
        webhook.webhookUrl = u"https://receiver.example/hook"_s;
        webhook.query = u"crm=custom"_s; // without '?': the client adds it
        const auto created = waitFor(m_client->createWebhook(webhook));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.userMessage()));
        QCOMPARE(created.value.query, u"?crm=custom"_s);
        QCOMPARE(created.value.type, Webhook::companyChangeType());
        const QString id = created.value.id;
        QVERIFY(!id.isEmpty());

        auto listed = waitFor(m_client->listWebhooks());
        QCOMPARE(listed.value.size(), 2);
        QVERIFY(std::any_of(listed.value.begin(), listed.value.end(), [&](const Webhook& w) { return w.id == id; }));

        const auto deleted = waitFor(m_client->deleteWebhook(id));
        QVERIFY2(!deleted.error.isError(), qPrintable(deleted.error.userMessage()));
        listed = waitFor(m_client->listWebhooks());
        QCOMPARE(listed.value.size(), 1);

        const auto again = waitFor(m_client->deleteWebhook(id));
        QCOMPARE(again.error.kind, ApiError::Kind::NotFound);
        QCOMPARE(again.error.httpStatus, 404);
        QCOMPARE(again.attempts, 1);
    }

    void invalidWebhookIsRefusedWithFieldError()
    {
        Webhook webhook;
        webhook.webhookUrl = u"ftp://receiver.example/hook"_s;
        const auto out = waitFor(m_client->createWebhook(webhook));
        QCOMPARE(out.error.kind, ApiError::Kind::BadRequest);
        QCOMPARE(out.error.httpStatus, 400);
        QVERIFY(!out.error.fieldMessage(u"webhook_url"_s).isEmpty());
    }

    // --- customer data

    void listAndGetCustomers()
    {
        const auto page = waitFor(m_client->listCustomers(5, 2));
        QVERIFY2(!page.error.isError(), qPrintable(page.error.userMessage()));
        QCOMPARE(page.value.items.size(), 5);
        QVERIFY(page.value.count > 5);
        const QString uniqueId = page.value.items.first().uniqueId;

        const auto one = waitFor(m_client->getCustomer(uniqueId));
        QVERIFY2(!one.error.isError(), qPrintable(one.error.userMessage()));
        QCOMPARE(one.value.uniqueId, uniqueId);
        QVERIFY(one.value.matching.has_value());

        // A hostile id stays one path segment: it is looked up (and not found), not routed elsewhere.
        const auto missing = waitFor(m_client->getCustomer(u"../webhook_configuration"_s));
        QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
    }

    void createUpdateDeleteCustomer()
    {
        CustomerRecord record;
        record.uniqueId = u"test 1?ä#x"_s; // one path segment: '?' and '#' must be encoded
        record.matchData.businessId = u"2557864-2"_s;
        record.matchData.country = u"FI"_s;
        record.notes = u"first"_s;
        const auto created = waitFor(m_client->createCustomer(record));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.userMessage()));
        QCOMPARE(created.value.uniqueId, record.uniqueId);

        record.notes = u"second"_s;
        record.openDealsCount = 3;
        const auto updated = waitFor(m_client->updateCustomer(record));
        QVERIFY2(!updated.error.isError(), qPrintable(updated.error.userMessage()));
        QCOMPARE(updated.value.notes, u"second"_s);

        const auto fetched = waitFor(m_client->getCustomer(record.uniqueId));
        QCOMPARE(fetched.value.notes, u"second"_s);
        QCOMPARE(fetched.value.openDealsCount, std::optional<int>(3));

        const auto duplicate = waitFor(m_client->createCustomer(record));
        QCOMPARE(duplicate.error.kind, ApiError::Kind::BadRequest);
        QVERIFY(!duplicate.error.fieldMessage(u"unique_id"_s).isEmpty());

        QVERIFY(!waitFor(m_client->deleteCustomer(record.uniqueId)).error.isError());
        QCOMPARE(waitFor(m_client->getCustomer(record.uniqueId)).error.kind, ApiError::Kind::NotFound);
    }

    void batchCreateAllStored()
    {
        QList<CustomerRecord> records;
        for (int i = 0; i < 3; ++i) {
            CustomerRecord record;
            record.uniqueId = u"batch-%1"_s.arg(i);
            record.matchData.companyName = u"Company %1"_s.arg(i);
            record.matchData.country = u"SE"_s;
            records.append(record);
        }
        const auto out = waitFor(m_client->createCustomers(records));
        QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
        QVERIFY(out.value.allStored());
        QCOMPARE(out.value.stored.size(), 3);
        QCOMPARE(out.value.stored.at(2)->uniqueId, u"batch-2"_s);
    }

    void batchCreatePartlyRefused()
    {
        CustomerRecord fresh;
        fresh.uniqueId = u"batch-new"_s;
        fresh.matchData.companyName = u"Fresh Oy"_s;
        CustomerRecord existing;
        existing.uniqueId = u"crm-0001"_s; // seeded
        existing.matchData.companyName = u"Existing Oy"_s;
        const auto out = waitFor(m_client->createCustomers({fresh, existing}));
        QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
        QVERIFY(!out.value.allStored());
        QCOMPARE(out.value.stored.size(), 2);
        QVERIFY(out.value.stored.at(0).has_value());
        QVERIFY(!out.value.stored.at(1).has_value());
        QCOMPARE(out.value.errors.size(), 1);
        QCOMPARE(out.value.errors.first().index, 1);
        QVERIFY2(out.value.errors.first().fieldErrors.contains(u"unique_id"_s),
                 qPrintable(out.value.errors.first().fieldErrors.keys().join(u',')));
        QVERIFY(!out.value.detail.isEmpty());
    }

    void oversizedBatchIsAnError()
    {
        QList<CustomerRecord> records(VainuClient::maxBatchSize + 1);
        for (int i = 0; i < records.size(); ++i)
            records[i].uniqueId = u"big-%1"_s.arg(i);
        const auto out = waitFor(m_client->createCustomers(records));
        QCOMPARE(out.error.kind, ApiError::Kind::BadRequest);
        QVERIFY(!out.error.serverMessage.isEmpty());
    }

    // --- company lists

    void listsAndTheirCompanies()
    {
        const auto lists = waitFor(m_client->listLists());
        QVERIFY2(!lists.error.isError(), qPrintable(lists.error.userMessage()));
        QCOMPARE(lists.value.size(), 2);
        const auto staticIt
            = std::find_if(lists.value.begin(), lists.value.end(), [](const CompanyList& l) { return l.isStatic(); });
        const auto dynamicIt
            = std::find_if(lists.value.begin(), lists.value.end(), [](const CompanyList& l) { return !l.isStatic(); });
        QVERIFY(staticIt != lists.value.end() && dynamicIt != lists.value.end());

        const auto page = waitFor(m_client->listCompanies(staticIt->id, 5, 0));
        QVERIFY2(!page.error.isError(), qPrintable(page.error.userMessage()));
        QCOMPARE(page.value.count, 12);
        QCOMPARE(page.value.items.size(), 5);
        QVERIFY(!page.value.items.first().businessId().isEmpty());

        const auto refused = waitFor(m_client->addToList(dynamicIt->id, {u"25578642"_s}));
        QCOMPARE(refused.error.kind, ApiError::Kind::BadRequest);
    }

    void createEditDeleteList()
    {
        const auto created = waitFor(m_client->createList(u"Test list"_s));
        QVERIFY2(!created.error.isError(), qPrintable(created.error.userMessage()));
        QCOMPARE(created.value.name, u"Test list"_s);
        QVERIFY(created.value.isStatic());
        const QString id = created.value.id;

        const auto added = waitFor(m_client->addToList(id, {u"25578642"_s}));
        QVERIFY2(!added.error.isError(), qPrintable(added.error.userMessage()));
        QCOMPARE(added.value.addedCompanies, 1);
        const auto page = waitFor(m_client->listCompanies(id, 20, 0));
        QCOMPARE(page.value.items.size(), 1);
        QCOMPARE(page.value.items.first().businessId(), u"25578642"_s);

        const auto unknown = waitFor(m_client->addToList(id, {u"not-a-company"_s}));
        QCOMPARE(unknown.error.kind, ApiError::Kind::BadRequest);
        QVERIFY(!unknown.error.fieldMessage(u"business_ids"_s).isEmpty());

        const auto removed = waitFor(m_client->removeFromList(id, {u"25578642"_s}));
        QVERIFY2(!removed.error.isError(), qPrintable(removed.error.userMessage()));
        QCOMPARE(removed.value.addedCompanies, 0);

        QVERIFY(!waitFor(m_client->deleteList(id)).error.isError());
        QCOMPARE(waitFor(m_client->listCompanies(id, 20, 0)).error.kind, ApiError::Kind::NotFound);
    }

    // --- Get Companies

    void getCompaniesWithFiltersFieldsPagingAndCount()
    {
        CompanyQuery query;
        query.filters = {{u"country"_s, u"FI"_s}, {u"staff_number__gte"_s, u"10"_s}};
        query.fields = {u"business_id"_s, u"company_name"_s, u"staff_number"_s};
        query.limit = 7;
        query.includeCount = true;
        query.order = u"-staff_number"_s;
        const auto page = waitFor(m_client->getCompanies(query));
        QVERIFY2(!page.error.isError(), qPrintable(page.error.userMessage()));
        QCOMPARE(page.value.items.size(), 7);
        QVERIFY(page.value.count >= 7);
        for (qsizetype i = 0; i < page.value.items.size(); ++i) {
            const QJsonObject& fields = page.value.items.at(i).fields;
            QVERIFY(fields.value(u"staff_number"_s).toInt() >= 10);
            QVERIFY(!fields.contains(u"domain"_s));
            if (i > 0)
                QVERIFY(page.value.items.at(i - 1).fields.value(u"staff_number"_s).toInt()
                        >= fields.value(u"staff_number"_s).toInt());
        }

        query.countOnly = true;
        const auto count = waitFor(m_client->getCompanies(query));
        QVERIFY2(!count.error.isError(), qPrintable(count.error.userMessage()));
        QCOMPARE(count.value.count, page.value.count);
        QVERIFY(count.value.items.isEmpty());

        query.countOnly = false;
        query.offset = 5;
        query.limit = 2;
        const auto later = waitFor(m_client->getCompanies(query));
        QCOMPARE(later.value.items.size(), 2);
        QCOMPARE(later.value.items.first().businessId(), page.value.items.at(5).businessId());
    }

    void getCompanyByBusinessIdWithPlusInFilter()
    {
        CompanyQuery query;
        query.filters = {{u"business_id"_s, u"25578642"_s}};
        const auto one = waitFor(m_client->getCompanies(query));
        QCOMPARE(one.value.items.size(), 1);
        QCOMPARE(one.value.items.first().name(), u"Vainu. io Software Oy"_s);

        // '+' must reach the server as a plus, not a space: no company name contains "io+Software".
        query.filters = {{u"company_name__icontains"_s, u"io+Software"_s}};
        QCOMPARE(waitFor(m_client->getCompanies(query)).value.items.size(), 0);
        query.filters = {{u"company_name__icontains"_s, u"io Software"_s}};
        QCOMPARE(waitFor(m_client->getCompanies(query)).value.items.size(), 1);
    }

    void unknownFilterIsABadRequest()
    {
        CompanyQuery query;
        query.filters = {{u"no_such_field"_s, u"1"_s}};
        const auto out = waitFor(m_client->getCompanies(query));
        QCOMPARE(out.error.kind, ApiError::Kind::BadRequest);
        QVERIFY2(out.error.serverMessage.contains(u"no_such_field"_s), qPrintable(out.error.serverMessage));
        QVERIFY(out.error.userMessage().contains(out.error.serverMessage));
    }

    // --- errors

    void wrongKeyIsUnauthorized()
    {
        m_client->setConnection({m_sandbox->apiBaseUrl(), u"not-the-key"_s});
        const auto out = waitFor(m_client->listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(out.error.httpStatus, 401);
        QCOMPARE(out.error.serverMessage, u"Invalid API key."_s);
        QVERIFY(out.error.userMessage().contains(u"Settings"_s));
        QCOMPARE(out.attempts, 1);
    }

    void missingKeyIsUnauthorized()
    {
        m_client->setConnection({m_sandbox->apiBaseUrl(), QString()});
        const auto out = waitFor(m_client->listLists());
        QCOMPARE(out.error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(!out.error.serverMessage.isEmpty());
    }

    void injectedStatusesMapToKinds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::newRow("403") << 403 << int(ApiError::Kind::Forbidden);
        QTest::newRow("404") << 404 << int(ApiError::Kind::NotFound);
        QTest::newRow("500") << 500 << int(ApiError::Kind::ServerError);
        QTest::newRow("501") << 501 << int(ApiError::Kind::ServerError);
    }
    void injectedStatusesMapToKinds()
    {
        QFETCH(int, status);
        QFETCH(int, kind);
        injectFault(status);
        const auto out = waitFor(m_client->listWebhooks());
        QCOMPARE(int(out.error.kind), kind);
        QCOMPARE(out.error.httpStatus, status);
        QVERIFY(out.error.serverMessage.contains(QString::number(status))); // the sandbox's own detail
        QVERIFY(!out.error.userMessage().isEmpty());
        QCOMPARE(out.attempts, 1); // none of these is retried
        QCOMPARE(pendingFaults(), 0);
    }

    void droppedConnectionIsANetworkError()
    {
        // Every request is dropped: Qt itself resends once on a reused keep-alive connection.
        injectFault(0, -1, u"/api/v2/"_s, -1, 0, true);
        const auto out = waitFor(m_client->listLists());
        QCOMPARE(out.error.kind, ApiError::Kind::Network);
        QCOMPARE(out.error.httpStatus, 0);
        QVERIFY(!out.error.technicalDetail.isEmpty());
    }

    void slowAnswerTimesOut()
    {
        ClientLimits limits;
        limits.transferTimeout = 200ms;
        m_client->setLimits(limits);
        injectFault(0, 1, u"/api/v2/"_s, -1, 3000);
        const auto out = waitFor(m_client->listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(out.attempts, 1);
    }

    void tlsFailureIsReported()
    {
        // A real TLS server with a self-signed certificate: the handshake fails as with a broken certificate
        // setup or an intercepting proxy.
        QVERIFY(QSslSocket::supportsSsl());
        QFile certFile(QFINDTESTDATA("data/tls-cert.pem"));
        QFile keyFile(QFINDTESTDATA("data/tls-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost));

        m_client->setConnection({QUrl(u"https://127.0.0.1:%1/api/v2/"_s.arg(server.serverPort())), u"key"_s});
        const auto out = waitFor(m_client->listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::Tls);
        QVERIFY(out.error.userMessage().contains(u"certificates"_s));
    }

    void refusedConnectionIsANetworkError()
    {
        QUrl base = m_sandbox->apiBaseUrl();
        base.setPort(1); // nothing listens on port 1
        m_client->setConnection({base, m_sandbox->demoApiKey()});
        const auto out = waitFor(m_client->listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::Network);
        QVERIFY(out.error.userMessage().contains(u"network"_s, Qt::CaseInsensitive));
    }

    void oversizedAnswerIsAborted()
    {
        ClientLimits limits;
        limits.maxResponseBytes = 2000;
        m_client->setLimits(limits);
        CompanyQuery query;
        query.fields = {u"all"_s};
        query.limit = 100;
        const auto out = waitFor(m_client->getCompanies(query));
        QCOMPARE(out.error.kind, ApiError::Kind::ResponseTooLarge);
        QCOMPARE(out.finishedSignals, 1);
        // A small answer still fits.
        QVERIFY(!waitFor(m_client->listWebhooks()).error.isError());
    }

    void unusableBaseUrlFailsWithoutSending()
    {
        m_client->setConnection({QUrl(), m_sandbox->demoApiKey()});
        auto* call = m_client->listWebhooks();
        QVERIFY(!call->isFinished()); // reported later, so the caller can connect first
        const auto out = waitFor(call);
        QVERIFY(out.error.isError());
        QCOMPARE(out.attempts, 0);
        QVERIFY(out.error.userMessage().contains(u"Settings"_s));
        QVERIFY(out.error.technicalDetail.contains(u"Settings"_s)); // the exact problem: no address set
    }

    // --- retries

    void getIsRetriedOn503()
    {
        injectFault(503, 2);
        const auto out = waitFor(m_client->listWebhooks());
        QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
        QCOMPARE(out.attempts, 3);
        QCOMPARE(out.retryDelaysMs, (QList<qint64> {10, 20}));
        QCOMPARE(pendingFaults(), 0);
    }

    void deleteIsRetriedOn502And504()
    {
        const auto created = waitFor(m_client->createList(u"Retry me"_s));
        QVERIFY(!created.error.isError());
        injectFault(502, 1, u"/api/v2/lists/"_s);
        injectFault(504, 1, u"/api/v2/lists/"_s);
        const auto out = waitFor(m_client->deleteList(created.value.id));
        QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
        QCOMPARE(out.attempts, 3);
        QCOMPARE(waitFor(m_client->listLists()).value.size(), 2);
    }

    void postIsNeverRetried()
    {
        injectFault(503, 3, u"/api/v2/lists/"_s);
        const auto out = waitFor(m_client->createList(u"Only once"_s));
        QCOMPARE(out.error.kind, ApiError::Kind::ServiceUnavailable);
        QCOMPARE(out.attempts, 1);
        QVERIFY(out.retryDelaysMs.isEmpty());
        // The sandbox saw exactly one request: two of the three faults are still waiting.
        QCOMPARE(m_sandbox->faults().toJson().first().toObject().value(u"count"_s).toInt(), 2);
    }

    void postGets429WithRetryAfterReported()
    {
        injectFault(429, 1, u"/api/v2/webhook_configuration/"_s, 7);
        Webhook webhook;
        webhook.webhookUrl = u"https://receiver.example/hook"_s;
        const auto out = waitFor(m_client->createWebhook(webhook));
        QCOMPARE(out.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(out.error.retryAfterSeconds, 7);
        QCOMPARE(out.attempts, 1);
        QVERIFY(out.error.userMessage().contains(u'7'));
    }

    void retryAfterIsHonoured()
    {
        injectFault(429, 1, u"/api/v2/webhook_configuration/"_s, 1);
        QElapsedTimer clock;
        clock.start();
        const auto out = waitFor(m_client->listWebhooks());
        QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
        QCOMPARE(out.attempts, 2);
        QCOMPARE(pendingFaults(), 0);
        // The wait came from Retry-After (1 s), not from the 10 ms backoff...
        QCOMPARE(out.retryDelaysMs, QList<qint64> {1000});
        // ...and the precise retry timer cannot fire before it.
        QVERIFY(clock.elapsed() >= 1000);
    }

    void retryAfterBeyondTheBudgetIsNotWaited()
    {
        injectFault(429, 1, u"/api/v2/"_s, 60);
        const auto out = waitFor(m_client->listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(out.error.retryAfterSeconds, 60);
        QCOMPARE(out.attempts, 1);
    }

    void retriesAreBounded()
    {
        injectFault(503, -1);
        const auto out = waitFor(m_client->listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::ServiceUnavailable);
        QCOMPARE(out.attempts, quickRetries().maxAttempts);
        QCOMPARE(out.retryDelaysMs, (QList<qint64> {10, 20, 40}));
    }

    // --- cancellation

    void cancelFinishesOnceWithCancelled()
    {
        injectFault(0, 1, u"/api/v2/webhook_configuration/"_s, -1, 1500);
        auto* call = m_client->listWebhooks();
        const QPointer<ApiCall> alive = call;
        int finishedSignals = 0;
        ApiError error;
        connect(call, &ApiCall::finished, this, [&] {
            ++finishedSignals;
            error = call->error();
        });
        call->cancel();
        QCOMPARE(finishedSignals, 1);
        QCOMPARE(error.kind, ApiError::Kind::Cancelled);
        call->cancel(); // a second cancel is a no-op
        QCOMPARE(finishedSignals, 1);
        // The call deletes itself; nothing more arrives even after the delayed answer would have come.
        QTRY_VERIFY(alive.isNull());
        injectFault(0, 1, u"/api/v2/webhook_configuration/"_s, -1, 1600);
        QVERIFY(!waitFor(m_client->listWebhooks()).error.isError());
        QCOMPARE(finishedSignals, 1);
    }

    void cancelDuringRetryWait()
    {
        injectFault(429, 1, u"/api/v2/"_s, 2);
        auto* call = m_client->listLists();
        int finishedSignals = 0;
        ApiError error;
        connect(call, &ApiCall::finished, this, [&] {
            ++finishedSignals;
            error = call->error();
        });
        QSignalSpy retrying(call, &ApiCall::retrying);
        QVERIFY(retrying.wait());
        call->cancel();
        QCOMPARE(finishedSignals, 1);
        QCOMPARE(error.kind, ApiError::Kind::Cancelled);
    }

    void destroyingTheClientAbortsItsCalls()
    {
        injectFault(0, 1, u"/api/v2/"_s, -1, 1000);
        QPointer<ApiCall> call = m_client->listWebhooks();
        m_client.reset();
        QVERIFY(call.isNull());
    }
};

QTEST_GUILESS_MAIN(TestVainuClient)
#include "tst_vainuclient.moc"
