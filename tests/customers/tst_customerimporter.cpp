#include "ApiTestSupport.h"
#include "LocalSandbox.h"
#include "api/VainuClient.h"
#include "api/import/CustomerImporter.h"
#include "sandbox/FaultInjector.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// The import engine against the real sandbox over loopback HTTP; faults come from the sandbox's own injector.
class TestCustomerImporter : public QObject
{
    Q_OBJECT

    LocalSandbox m_sandbox;
    std::unique_ptr<VainuClient> m_client;

    static QList<CustomerRecord> records(int count, const QString& prefix = u"imp-"_s, const QString& notes = {})
    {
        QList<CustomerRecord> out;
        for (int i = 0; i < count; ++i) {
            CustomerRecord r;
            r.uniqueId = prefix + QString::number(i);
            r.matchData.companyName = u"Testiyhtiö %1 Oy"_s.arg(i);
            r.matchData.country = u"FI"_s;
            r.notes = notes;
            r.openDealsCount = i % 5;
            out.append(r);
        }
        return out;
    }

    qsizetype storedCount() const
    {
        return m_sandbox->data().accounts.value(m_sandbox->options().demoUsername).customerData().size();
    }

    bool stored(const QString& uniqueId) const
    {
        return m_sandbox->data().accounts.value(m_sandbox->options().demoUsername).indexOfRecord(uniqueId) >= 0;
    }

    static int countOf(const CustomerImporter& importer, ImportStatus status)
    {
        int n = 0;
        for (const ImportOutcome& o : importer.outcomes())
            n += o.status == status ? 1 : 0;
        return n;
    }

    static bool run(CustomerImporter& importer, const QList<CustomerRecord>& input)
    {
        QSignalSpy finished(&importer, &CustomerImporter::finished);
        importer.start(input);
        return finished.wait(60000) && finished.size() == 1;
    }

private slots:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void init()
    {
        m_sandbox.resetToSeed();
        m_client = std::make_unique<TestApiClient>(m_sandbox.demoConnection());
    }

    void cleanup() { m_client.reset(); }

    void importsEverythingInBatches()
    {
        const qsizetype before = storedCount();
        CustomerImporter importer(m_client.get());
        importer.setBatchSize(100);
        importer.setConcurrency(3);
        QSignalSpy progress(&importer, &CustomerImporter::progress);
        QVERIFY(run(importer, records(1050)));
        QCOMPARE(countOf(importer, ImportStatus::Created), 1050);
        QCOMPARE(importer.sent(), 1050);
        QCOMPARE(importer.done(), 1050);
        QCOMPARE(storedCount(), before + 1050);
        QVERIFY(stored(u"imp-1049"_s));
        QCOMPARE(progress.constLast().at(0).toInt(), 1050);
        QCOMPARE(progress.constLast().at(1).toInt(), 1050);
        QVERIFY(!importer.isRunning());
    }

    void emptyImportFinishes()
    {
        CustomerImporter importer(m_client.get());
        QVERIFY(run(importer, {}));
        QCOMPARE(importer.outcomes().size(), 0);
    }

    void partialFailureThroughFaults()
    {
        // The first batch meets an injected 500; one record of a later batch is refused by validation.
        FaultInjector::Fault fault;
        fault.pathPrefix = u"/api/v2/customer_data/"_s;
        fault.remaining = 1;
        fault.status = 500;
        m_sandbox->faults().add(fault);

        QList<CustomerRecord> input = records(300);
        input[250].ownerEmail = u"not an email"_s;
        CustomerImporter importer(m_client.get());
        importer.setBatchSize(100);
        importer.setConcurrency(1);
        QVERIFY(run(importer, input));

        QCOMPARE(countOf(importer, ImportStatus::Failed), 101);
        QCOMPARE(countOf(importer, ImportStatus::Created), 199);
        QCOMPARE(importer.outcomes().at(0).status, ImportStatus::Failed);
        QVERIFY(!importer.outcomes().at(0).message.isEmpty());
        QCOMPARE(importer.outcomes().at(99).message, importer.outcomes().at(0).message);
        QCOMPARE(importer.outcomes().at(250).status, ImportStatus::Failed);
        QVERIFY2(importer.outcomes().at(250).message.contains(u"owner_email"_s),
                 qPrintable(importer.outcomes().at(250).message));
        QVERIFY(!stored(u"imp-0"_s));
        QVERIFY(!stored(u"imp-250"_s));
        QVERIFY(stored(u"imp-251"_s));
    }

    void overloadedServerFailsItsBatchOnly()
    {
        // A POST is never resent blindly (it may have been stored), so a 503 fails exactly its own batch.
        FaultInjector::Fault fault;
        fault.pathPrefix = u"/api/v2/customer_data/"_s;
        fault.status = 503;
        fault.retryAfterSeconds = 1;
        m_sandbox->faults().add(fault);
        CustomerImporter importer(m_client.get());
        importer.setBatchSize(50);
        importer.setConcurrency(1);
        QVERIFY(run(importer, records(100)));
        QCOMPARE(countOf(importer, ImportStatus::Failed), 50);
        QCOMPARE(countOf(importer, ImportStatus::Created), 50);
    }

    void cancelHalfWaySendsNothingMore()
    {
        // Every request is slowed down so that cancel lands while the import is running.
        FaultInjector::Fault slow;
        slow.pathPrefix = u"/api/v2/customer_data/"_s;
        slow.remaining = -1;
        slow.latencyMs = 30;
        m_sandbox->faults().add(slow);

        const qsizetype before = storedCount();
        CustomerImporter importer(m_client.get());
        importer.setBatchSize(20);
        importer.setConcurrency(2);
        QSignalSpy finished(&importer, &CustomerImporter::finished);
        connect(&importer, &CustomerImporter::progress, &importer, [&importer](int done, int) {
            if (done >= 200)
                importer.cancel();
        });
        importer.start(records(1000));
        QVERIFY(finished.wait(60000));
        QVERIFY(importer.isCancelled());

        const int created = countOf(importer, ImportStatus::Created);
        const int notSent = countOf(importer, ImportStatus::NotSent);
        QVERIFY2(created >= 200 && created < 1000, qPrintable(QString::number(created)));
        QCOMPARE(created + notSent, 1000);
        QCOMPARE(importer.sent(), created); // what was sent is exactly what was created
        // Nothing more arrives after finished(): give any stray request the chance to land, then count.
        QTest::qWait(200);
        QCOMPARE(storedCount(), before + created);
        for (int i = 0; i < 1000; ++i) {
            const bool wasCreated = importer.outcomes().at(i).status == ImportStatus::Created;
            QCOMPARE(stored(u"imp-%1"_s.arg(i)), wasCreated);
        }
        // Rows are sent in order: everything created comes before everything not sent.
        QCOMPARE(importer.outcomes().at(created - 1).status, ImportStatus::Created);
        QCOMPARE(importer.outcomes().at(created).status, ImportStatus::NotSent);
    }

    void reimportUpdates()
    {
        const qsizetype before = storedCount();
        {
            CustomerImporter first(m_client.get());
            QVERIFY(run(first, records(120, u"re-"_s, u"first"_s)));
            QCOMPARE(countOf(first, ImportStatus::Created), 120);
        }
        QList<CustomerRecord> again = records(130, u"re-"_s, u"second"_s); // 120 known + 10 new
        CustomerImporter second(m_client.get());
        second.setBatchSize(50);
        QVERIFY(run(second, again));
        QCOMPARE(countOf(second, ImportStatus::Updated), 120);
        QCOMPARE(countOf(second, ImportStatus::Created), 10);
        QCOMPARE(second.updatesSent(), 120);
        QCOMPARE(storedCount(), before + 130);
        const auto& account = m_sandbox->data().accounts.value(m_sandbox->options().demoUsername);
        const QJsonObject record = account.customerData().at(account.indexOfRecord(u"re-7"_s));
        QCOMPARE(record.value(u"notes"_s).toString(), u"second"_s);
    }
};

QTEST_GUILESS_MAIN(TestCustomerImporter)
#include "tst_customerimporter.moc"
