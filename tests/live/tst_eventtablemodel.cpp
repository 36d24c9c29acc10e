#include "StoreTestSupport.h"
#include "models/EventRejectedModel.h"
#include "models/EventTableModel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace StoreTestSupport;

// The lazy events model over a real SQLite store: paging, filters, batched live appends, updates.
class TestEventTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsLazilyInPages();
    void filters_data();
    void filters();
    void appendsLiveEventsInBatches();
    void appendsOnlyMatchingLiveEvents();
    void streamingKeepsTheCacheBounded();
    void duplicateUpdatesTheRow();
    void rejectedModelListsRefusals();
    void unrecognisedDeliveryHasABadge();
    void rejectedModelShowsAKeptBody();

private:
    void fill(int companies, int changesEach);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

void TestEventTableModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>();
    const QString error = openStore(*m_store, m_dir->path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEventTableModel::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestEventTableModel::fill(int companies, int changesEach)
{
    for (int change = 0; change < changesEach; ++change) {
        for (int company = 0; company < companies; ++company) {
            QVERIFY(submit(*m_store,
                           body(u"crm-%1"_s.arg(company), u"%1"_s.arg(1000000 + company),
                                u"Company %1 Oy"_s.arg(company), 10 + change)));
        }
    }
    QVERIFY(m_store->flush());
}

void TestEventTableModel::loadsLazilyInPages()
{
    fill(50, 10); // 500 events: more than two pages
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &EventTableModel::reloaded);
    model.setStore(m_store.get());
    QVERIFY(reloaded.wait());
    QCOMPARE(model.rowCount(), 500);
    // The last page is not read until asked for.
    const QModelIndex last = model.index(499, EventTableModel::CompanyColumn);
    if (!model.data(last, EventTableModel::LoadedRole).toBool())
        QCOMPARE(model.data(model.index(499, 0)).toString(), u"Loading…"_s);
    QTRY_VERIFY(model.data(last, EventTableModel::LoadedRole).toBool());
    QCOMPARE(model.data(last).toString(), u"Company 49 Oy"_s);
    QCOMPARE(model.data(model.index(499, EventTableModel::ChangedFieldsColumn)).toString(), u"staff_number"_s);
    QCOMPARE(model.data(model.index(0, EventTableModel::ChangedFieldsColumn)).toString(), u"(first seen)"_s);
    QCOMPARE(model.eventId(0), 1);
    QCOMPARE(model.rowOfEvent(500), 499);
}

void TestEventTableModel::filters_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("businessId");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("rows");
    QTest::newRow("none") << QString() << QString() << QString() << 30;
    QTest::newRow("company, any case") << u"company 1 oy"_s << QString() << QString() << 3;
    QTest::newRow("company part") << u"Company 1"_s << QString() << QString() << 3;
    QTest::newRow("business id part") << QString() << u"000002"_s << QString() << 3;
    QTest::newRow("changed field") << QString() << QString() << u"staff_number"_s << 20;
    QTest::newRow("field not changed") << QString() << QString() << u"domain"_s << 0;
    QTest::newRow("like wildcard is literal") << u"%"_s << QString() << QString() << 0;
    QTest::newRow("combined") << u"Company 3"_s << u"1000003"_s << u"staff_number"_s << 2;
}

void TestEventTableModel::filters()
{
    QFETCH(QString, company);
    QFETCH(QString, businessId);
    QFETCH(QString, field);
    QFETCH(int, rows);
    fill(10, 3);
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &EventTableModel::reloaded);
    model.setStore(m_store.get());
    QVERIFY(reloaded.wait());
    EventFilter filter;
    filter.company = company;
    filter.businessId = businessId;
    filter.field = field;
    model.setFilter(filter);
    if (!(filter == EventFilter {}))
        QVERIFY(reloaded.wait());
    QCOMPARE(model.rowCount(), rows);
}

void TestEventTableModel::appendsLiveEventsInBatches()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatchInterval(200);
    QSignalSpy reloaded(&model, &EventTableModel::reloaded);
    model.setStore(m_store.get());
    QVERIFY(reloaded.wait());
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy batches(&model, &EventTableModel::rowsAppendedBatch);
    fill(40, 5); // 200 events committed in a burst
    QTRY_COMPARE(model.rowCount(), 200);
    // A burst costs a few insertions, not one per event.
    QVERIFY2(inserted.count() <= 5, qPrintable(QString::number(inserted.count())));
    int total = 0;
    for (const QList<QVariant>& batch : std::as_const(batches))
        total += batch.at(0).toInt();
    QCOMPARE(total, 200);
    QVERIFY(model.data(model.index(199, 0), EventTableModel::LoadedRole).toBool()); // arrived with its data
}

void TestEventTableModel::streamingKeepsTheCacheBounded()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatchInterval(20);
    model.setCacheLimit(1600);
    QSignalSpy reloaded(&model, &EventTableModel::reloaded);
    model.setStore(m_store.get());
    QVERIFY(reloaded.wait());
    fill(100, 40); // 4,000 events stream in while the table shows the newest ones
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 4000, 20000);
    // Memory stays bounded: the rows far behind the newest ones were let go...
    QVERIFY2(model.cachedRowCount() <= 2000, qPrintable(QString::number(model.cachedRowCount())));
    QVERIFY(model.data(model.index(3999, 0), EventTableModel::LoadedRole).toBool());
    QCOMPARE(model.data(model.index(3999, EventTableModel::CompanyColumn)).toString(), u"Company 99 Oy"_s);
    // ...and come back when scrolled to.
    const QModelIndex first = model.index(0, EventTableModel::CompanyColumn);
    QVERIFY(!model.data(first, EventTableModel::LoadedRole).toBool());
    QTRY_VERIFY(model.data(first, EventTableModel::LoadedRole).toBool());
    QCOMPARE(model.data(first).toString(), u"Company 0 Oy"_s);
}

void TestEventTableModel::appendsOnlyMatchingLiveEvents()
{
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatchInterval(50);
    QSignalSpy reloaded(&model, &EventTableModel::reloaded);
    model.setStore(m_store.get());
    QVERIFY(reloaded.wait());
    EventFilter filter;
    filter.company = u"Company 7 "_s;
    model.setFilter(filter);
    QVERIFY(reloaded.wait());
    fill(10, 2);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(1, EventTableModel::CompanyColumn)).toString(), u"Company 7 Oy"_s);
}

void TestEventTableModel::duplicateUpdatesTheRow()
{
    fill(1, 1);
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatchInterval(50);
    QSignalSpy reloaded(&model, &EventTableModel::reloaded);
    model.setStore(m_store.get());
    QVERIFY(reloaded.wait());
    const QModelIndex received = model.index(0, EventTableModel::ReceivedColumn);
    QTRY_COMPARE(model.data(received).toInt(), 1);
    // The same change again, as Vainu's retry: another attempt of the same event.
    QVERIFY(submit(*m_store, body(u"crm-0"_s, u"1000000"_s, u"Company 0 Oy"_s, 10, 2)));
    QVERIFY(m_store->flush());
    QTRY_COMPARE(model.data(received).toInt(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, EventTableModel::TriesColumn)).toInt(), 2);
    QVERIFY(model.data(model.index(0, EventTableModel::FlagsColumn)).toString().contains(u"duplicate"_s));
}

void TestEventTableModel::rejectedModelListsRefusals()
{
    EventRejectedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&model, &EventRejectedModel::refreshed);
    model.setStore(m_store.get());
    QVERIFY(refreshed.wait());
    QCOMPARE(model.rowCount(), 0);
    RejectedRequest rejected;
    rejected.arrival = QDateTime::currentDateTimeUtc();
    rejected.method = u"POST"_s;
    rejected.path = u"/vainu/webhook"_s;
    rejected.status = 401;
    rejected.reason = u"wrong secret"_s;
    m_store->logRejected(rejected);
    QVERIFY(m_store->flush());
    QTRY_COMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, EventRejectedModel::StatusColumn)).toInt(), 401);
    QCOMPARE(model.data(model.index(0, EventRejectedModel::ReasonColumn)).toString(), u"wrong secret"_s);
}

void TestEventTableModel::unrecognisedDeliveryHasABadge()
{
    QVERIFY(submit(*m_store, body(u"crm-1"_s, u"2331972-7"_s, u"Oy Esimerkki Ab"_s, 12)));
    QVERIFY(submit(*m_store, "{\"unique_id\":\"crm-1\",\"payload\":{\"company\":\"x\"}}"));
    QVERIFY(m_store->flush());
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reloaded(&model, &EventTableModel::reloaded);
    model.setStore(m_store.get());
    QVERIFY(reloaded.wait());
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex normal = model.index(0, EventTableModel::FlagsColumn);
    const QModelIndex odd = model.index(1, EventTableModel::FlagsColumn);
    QTRY_VERIFY(model.data(odd, EventTableModel::LoadedRole).toBool());
    QVERIFY(!model.data(normal, EventTableModel::UnrecognisedRole).toBool());
    QVERIFY(!model.data(normal).toString().contains(u"unrecognised"_s));
    QVERIFY(model.data(odd, EventTableModel::UnrecognisedRole).toBool());
    QCOMPARE(model.data(odd).toString(), u"unrecognised"_s);
    QCOMPARE(model.data(model.index(1, EventTableModel::ChangedFieldsColumn)).toString(),
             u"(not a company change: there is no \"data\" object)"_s);
    QVERIFY(model.data(odd, Qt::ToolTipRole).toString().contains(u"raw body"_s));
}

void TestEventTableModel::rejectedModelShowsAKeptBody()
{
    RejectedRequest refused;
    refused.status = 400;
    refused.reason = u"The body is not JSON"_s;
    refused.body = "{\"a\":\n\xff";
    refused.keptBodySize = refused.body.size();
    m_store->logRejected(refused);
    RejectedRequest unauthenticated;
    unauthenticated.status = 401;
    unauthenticated.reason = u"wrong secret"_s;
    m_store->logRejected(unauthenticated);
    QVERIFY(m_store->flush());
    EventRejectedModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(m_store.get());
    QTRY_COMPARE(model.rowCount(), 2);
    // Newest first: the 401 kept no body.
    QVERIFY(model.data(model.index(0, EventRejectedModel::BodyColumn)).toString().isEmpty());
    QCOMPARE(
        model.data(model.index(0, EventRejectedModel::BodyColumn), EventRejectedModel::KeptBodySizeRole).toLongLong(),
        -1);
    const QModelIndex kept = model.index(1, EventRejectedModel::BodyColumn);
    QCOMPARE(model.data(kept).toString(), u"{\"a\":\\n\\xff"_s);
    QCOMPARE(model.data(kept, EventRejectedModel::KeptBodyRole).toByteArray(), refused.body);
    QVERIFY(model.retentionNotice().contains(QLocale().toString(10000)));
}

QTEST_GUILESS_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
