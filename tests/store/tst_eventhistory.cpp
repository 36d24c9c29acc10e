#include "StoreTestSupport.h"
#include "core/EventHistory.h"
#include "store/EventStore.h"
#include "store/EventStoreReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

IncomingDelivery delivery(const QString& uniqueId, const QString& businessId, const QString& name, int staff,
                          int tries = 1)
{
    return StoreTestSupport::incoming(StoreTestSupport::body(uniqueId, businessId, name, staff, tries));
}

RejectedRequest rejection(const QString& reason)
{
    RejectedRequest rejected;
    rejected.arrival = QDateTime::currentDateTimeUtc();
    rejected.remoteAddress = u"127.0.0.1"_s;
    rejected.method = u"POST"_s;
    rejected.path = u"/vainu"_s;
    rejected.status = 403;
    rejected.reason = reason;
    return rejected;
}

// A thread that opens its own reader from the history and runs the calls given to it there, as
// the models' reader thread does.
class ReaderThread
{
public:
    explicit ReaderThread(const EventHistory& history)
        : m_history(history)
    {
        m_worker.moveToThread(&m_thread);
        m_thread.start();
    }
    ~ReaderThread()
    {
        onThread([this] { m_reader.reset(); }); // the reader's connection is closed on its own thread
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ReaderThread)

    template <typename Call>
    void onThread(Call call)
    {
        QMetaObject::invokeMethod(&m_worker, call, Qt::BlockingQueuedConnection);
    }
    EventHistoryReader& reader() // on the thread only
    {
        if (!m_reader)
            m_reader = m_history.openReader();
        return *m_reader;
    }

private:
    const EventHistory& m_history;
    QThread m_thread;
    QObject m_worker;
    std::unique_ptr<EventHistoryReader> m_reader;
};

} // namespace

// EventStore behind the interface the Live events models read (core/EventHistory): its signals and
// a reader opened on a thread of its own, over a real SQLite file.
class TestEventHistory : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<EventStore>();
        const QString error = StoreTestSupport::openStore(*m_store, m_dir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void isOpenFollowsTheStore()
    {
        EventHistory* history = m_store.get();
        QVERIFY(history->isOpen());
        m_store->close();
        QVERIFY(!history->isOpen());
    }

    void signalsArriveThroughTheInterface()
    {
        EventHistory* history = m_store.get();
        QSignalSpy appended(history, &EventHistory::eventsAppended);
        QSignalSpy updated(history, &EventHistory::eventsUpdated);
        QSignalSpy rejected(history, &EventHistory::rejectedAppended);

        m_store->submit(delivery(u"crm-1"_s, u"1234567-8"_s, u"Alpha Oy"_s, 10), this, [](const StoreOutcome&) {});
        m_store->submit(delivery(u"crm-2"_s, u"2345678-9"_s, u"Beta Oy"_s, 20), this, [](const StoreOutcome&) {});
        QVERIFY(m_store->flush());
        QTRY_COMPARE(idsIn(appended), QList<qint64>({1, 2}));

        // Vainu's retry of the same change (a higher number_of_tries) is another attempt of event 1.
        m_store->submit(delivery(u"crm-1"_s, u"1234567-8"_s, u"Alpha Oy"_s, 10, 2), this, [](const StoreOutcome&) {});
        m_store->logRejected(rejection(u"wrong secret"_s));
        QVERIFY(m_store->flush());
        QTRY_COMPARE(idsIn(updated), QList<qint64>({1}));
        QTRY_COMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().first().toInt(), 1);
        QCOMPARE(idsIn(appended), QList<qint64>({1, 2}));
    }

    void readerOnItsOwnThread()
    {
        for (int i = 0; i < 5; ++i) {
            const QString name = i % 2 == 0 ? u"Alpha %1 Oy"_s.arg(i) : u"Beta %1 Oy"_s.arg(i);
            m_store->submit(delivery(u"crm-%1"_s.arg(i), u"100000%1-0"_s.arg(i), name, 10 + i), this,
                            [](const StoreOutcome&) {});
        }
        m_store->logRejected(rejection(u"first"_s));
        m_store->logRejected(rejection(u"second"_s));
        QVERIFY(m_store->flush());

        ReaderThread thread(*m_store);
        QList<qint64> all;
        QList<qint64> alphas;
        QList<qint64> byDigits;
        qint64 upTo = -1;
        QString error;
        QList<EventRow> rows;
        QList<EventRow> filteredRows;
        QList<RejectedRequest> rejected;
        QThread* readerThread = nullptr;
        thread.onThread([&] {
            readerThread = QThread::currentThread();
            EventHistoryReader& reader = thread.reader();
            all = reader.matchingIds(EventFilter {}, &upTo, &error);
            EventFilter alpha;
            alpha.company = u"alpha"_s;
            qint64 ignored = 0;
            alphas = reader.matchingIds(alpha, &ignored, &error);
            // A customer record may spell "1000003-0" without its hyphen, or with a space.
            EventFilter digits;
            digits.businessId = u"10000030"_s;
            byDigits = reader.matchingIds(digits, &ignored, &error);
            digits.businessId = u"1000003 0"_s;
            byDigits += reader.matchingIds(digits, &ignored, &error);
            rows = reader.rows({2, 4}, EventFilter {});
            filteredRows = reader.rows(all, alpha);
            rejected = reader.rejected(1);
        });
        QVERIFY(readerThread != QThread::currentThread());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(all, QList<qint64>({1, 2, 3, 4, 5}));
        QCOMPARE(upTo, 5);
        QCOMPARE(alphas, QList<qint64>({1, 3, 5}));
        QCOMPARE(byDigits, QList<qint64>({4, 4}));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, 2);
        QCOMPARE(rows.at(0).companyName, u"Beta 1 Oy"_s);
        QCOMPARE(rows.at(1).businessId, u"1000003-0"_s);
        QCOMPARE(filteredRows.size(), 3);
        QCOMPARE(filteredRows.at(2).companyName, u"Alpha 4 Oy"_s);
        QCOMPARE(rejected.size(), 1); // the limit holds
        QCOMPARE(rejected.first().reason, u"second"_s); // newest first
    }

    // The Live events page's store jobs (gui/live/LiveStoreReader) rely on the store's reader type.
    void storeReaderReachesTheQueryAndTheStore()
    {
        m_store->submit(delivery(u"crm-1"_s, u"1234567-8"_s, u"Alpha Oy"_s, 10), this, [](const StoreOutcome&) {});
        m_store->submit(delivery(u"crm-1b"_s, u"1234567-8"_s, u"Alpha Oy"_s, 11), this, [](const StoreOutcome&) {});
        QVERIFY(m_store->flush());
        ReaderThread thread(*m_store);
        QList<EventRow> timeline;
        const EventStore* store = nullptr;
        thread.onThread([&] {
            auto* storeReader = dynamic_cast<EventStoreReader*>(&thread.reader());
            if (!storeReader)
                return;
            timeline = storeReader->query().companyTimeline(u"1234567-8"_s);
            store = &storeReader->store();
        });
        QCOMPARE(store, m_store.get());
        QCOMPARE(timeline.size(), 2);
        QVERIFY(!timeline.first().hasBefore);
        QVERIFY(timeline.last().hasBefore);
        QCOMPARE(timeline.last().changedFields, QStringList({u"staff_number"_s}));
    }

private:
    static QList<qint64> idsIn(const QSignalSpy& spy)
    {
        QList<qint64> ids;
        for (const QList<QVariant>& arguments : spy)
            ids += arguments.first().value<QList<qint64>>();
        return ids;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
};

QTEST_GUILESS_MAIN(TestEventHistory)
#include "tst_eventhistory.moc"
