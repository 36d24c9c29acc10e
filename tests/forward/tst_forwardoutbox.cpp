// The durable outbox in the event store: schema step 4 upgrades a version 3 database, the writer queues a new
// event's forwards with the event, and the forwarder's view (ForwardOutbox::openForwards read into a ForwardQueue)
// gives one head per company, reading only what was queued since.
#include "SqliteTestSupport.h"
#include "StoreTestSupport.h"
#include "forward/ForwardQueue.h"
#include "store/EventStore.h"
#include "store/ForwardOutbox.h"
#include "store/Schema.h"
#include "store/SqliteConnection.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestForwardOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    StoreOutcome waitFor(const std::function<void(EventStore::Completion)>& call)
    {
        StoreOutcome result;
        bool done = false;
        call([&](const StoreOutcome& outcome) {
            result = outcome;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.error = QStringLiteral("no answer from the store");
        return result;
    }

    qint64 addTarget(EventStore& store, ForwardTarget target)
    {
        return waitFor([&](EventStore::Completion done) { store.saveForwardTarget(target, this, done); }).eventId;
    }

    StoreOutcome submit(EventStore& store, const QByteArray& body)
    {
        return waitFor(
            [&](EventStore::Completion done) { store.submit(StoreTestSupport::incoming(body), this, done); });
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void upgradesAVersionThreeDatabase()
    {
        {
            SqliteConnection db;
            QString error;
            QVERIFY2(db.open(m_dir->filePath(EventStore::databaseFileName()), StoreOptions {}, &error),
                     qPrintable(error));
            QVERIFY2(Schema::migrate(db, &error, 3), qPrintable(error));
            QVERIFY(SqliteTestSupport::exec(
                db.handle(),
                "INSERT INTO events (id, unique_id, data_hash, company_key, business_id, data, raw_body,"
                " first_arrival, last_arrival) VALUES (1, 'old', 'h', '5', '5', '{}', x'7b7d', 0, 0)"));
        }
        EventStore store;
        QString error = StoreTestSupport::openStore(store, m_dir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(Schema::currentVersion() >= 4);
        ForwardOutbox outbox(store.databasePath());
        QList<ForwardTarget> targets;
        QVERIFY2(outbox.targets(&targets, &error), qPrintable(error));
        QVERIFY(targets.isEmpty());
        ForwardPayload old;
        QVERIFY(outbox.payload(1, &old, &error));
        QCOMPARE(old.body, QByteArray("{}"));
        QVERIFY(old.query.isNull());

        ForwardTarget target;
        target.url = QUrl(u"http://localhost:3000/hook"_s);
        target.headers = {{"Authorization", "Bearer t"}};
        target.filter.changedFields = {u"staff_number"_s};
        target.sendQuery = true;
        target.timeoutMs = 4000;
        target.id = addTarget(store, target);
        QCOMPARE(target.id, 1);
        QVERIFY(outbox.targets(&targets, &error));
        QCOMPARE(targets, QList<ForwardTarget> {target});
        // Only events stored from now on are queued (the old one is not).
        const StoreOutcome added = submit(store, StoreTestSupport::body(u"new"_s, u"5"_s, u"Five Oy"_s, 3));
        QVERIFY2(added.ok, qPrintable(added.error));
        QHash<qint64, ForwardCounts> counts;
        QVERIFY(outbox.counts(&counts, &error));
        QCOMPARE(counts.value(target.id).pending, 1);
        QList<ForwardState> states;
        QVERIFY(outbox.states(1, &states, &error));
        QVERIFY(states.isEmpty());
    }

    // The forward rows exist as soon as the delivery's completion runs (the commit that stored the event); a
    // retry of the same event is not queued again; the filter decides per target.
    void forwardsAreQueuedWithTheEvent()
    {
        EventStore store;
        QString error = StoreTestSupport::openStore(store, m_dir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ForwardTarget all;
        all.url = QUrl(u"http://localhost:3000/all"_s);
        all.id = addTarget(store, all);
        ForwardTarget onlyStaff;
        onlyStaff.url = QUrl(u"http://localhost:3000/staff"_s);
        onlyStaff.filter.changedFields = {u"staff_number"_s};
        onlyStaff.id = addTarget(store, onlyStaff);

        ForwardOutbox outbox(store.databasePath());
        const StoreOutcome first = submit(store, StoreTestSupport::body(u"a"_s, u"1"_s, u"One"_s, 1));
        QList<ForwardState> states;
        QVERIFY(outbox.states(first.eventId, &states, &error));
        QCOMPARE(states.size(), 2); // a first event: every field is new
        const StoreOutcome nameOnly = submit(store, StoreTestSupport::body(u"a"_s, u"1"_s, u"One Oy"_s, 1));
        QVERIFY(outbox.states(nameOnly.eventId, &states, &error));
        QCOMPARE(states.size(), 1);
        QCOMPARE(states[0].targetId, all.id);
        QCOMPARE(states[0].state, ForwardState::State::Pending);
        QCOMPARE(states[0].companyKey, u"1"_s);
        const StoreOutcome retry = submit(store, StoreTestSupport::body(u"a"_s, u"1"_s, u"One Oy"_s, 1, 2));
        QVERIFY(retry.duplicate);
        QVERIFY(outbox.states(nameOnly.eventId, &states, &error));
        QCOMPARE(states.size(), 1);
    }

    // One head per company and target, oldest first; the next one only after it is recorded; a paused or
    // disabled target's forwards wait; a later read brings only what was queued since.
    void dueGivesTheHeadOfEachCompany()
    {
        EventStore store;
        QString error = StoreTestSupport::openStore(store, m_dir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        ForwardTarget target;
        target.url = QUrl(u"http://localhost:3000/"_s);
        target.id = addTarget(store, target);
        for (const QString& company : {u"1"_s, u"2"_s, u"1"_s, u"2"_s, u"3"_s})
            QVERIFY(submit(store, StoreTestSupport::body(u"u"_s + company, company, company, 1)).ok);
        ForwardOutbox outbox(store.databasePath());
        QList<DueForward> open;
        qint64 lastId = 0;
        QVERIFY2(outbox.openForwards(0, &open, &lastId, &error), qPrintable(error));
        QCOMPARE(open.size(), 5);
        QVERIFY(lastId >= open.last().forwardId);
        ForwardQueue queue;
        queue.append(open);
        const QSet<qint64> active {target.id};
        qint64 nextDue = 0;
        const qint64 now = QDateTime::currentMSecsSinceEpoch() + 1000;
        QCOMPARE(queue.due(now, 100, {}, &nextDue).size(), 0); // the target is off or paused
        queue.setActiveTargets(active);
        QList<DueForward> due = queue.due(now, 100, {}, &nextDue);
        QCOMPARE(due.size(), 3);
        QCOMPARE(due[0].eventId, 1);
        QCOMPARE(due[1].eventId, 2);
        QCOMPARE(due[2].eventId, 5);
        QCOMPARE(queue.due(now, 2, {}, &nextDue).size(), 2); // the oldest two heads
        QCOMPARE(queue.due(now, 100, {due[0].forwardId}, &nextDue).size(), 2); // company 1's is in flight

        ForwardResult delivered;
        delivered.forwardId = due[0].forwardId;
        delivered.state = ForwardState::State::Delivered;
        delivered.tries = 1;
        delivered.status = 200;
        ForwardResult retrying;
        retrying.forwardId = due[1].forwardId;
        retrying.state = ForwardState::State::Retrying;
        retrying.tries = 1;
        retrying.nextTryMs = now + 60000;
        retrying.error = u"HTTP 500"_s;
        QVERIFY(waitFor([&](EventStore::Completion done) {
                    store.recordForwardResults({delivered, retrying}, this, done);
                }).ok);
        queue.delivered(due[0]);
        queue.retrying(due[1], retrying.tries, retrying.nextTryMs);
        due = queue.due(now, 100, {}, &nextDue);
        QCOMPARE(due.size(), 2); // company 1's next, company 3; company 2 waits for its retry
        QCOMPARE(due[0].eventId, 3);
        QCOMPARE(due[1].eventId, 5);
        QCOMPARE(nextDue, now + 60000);

        // What the store holds now gives the same heads as what the queue learnt from the outcomes.
        ForwardQueue reread;
        QVERIFY(outbox.openForwards(0, &open, &lastId, &error));
        QCOMPARE(open.size(), 4);
        reread.setActiveTargets(active);
        reread.append(open);
        qint64 rereadNextDue = 0;
        const QList<DueForward> rereadDue = reread.due(now, 100, {}, &rereadNextDue);
        QCOMPARE(rereadDue.size(), 2);
        QCOMPARE(rereadDue[0].eventId, 3);
        QCOMPARE(rereadDue[1].eventId, 5);
        QCOMPARE(rereadNextDue, now + 60000);

        // Only what was queued since: company 3's second event joins its lane behind the first.
        QVERIFY(submit(store, StoreTestSupport::body(u"u3b"_s, u"3"_s, u"Three"_s, 1)).ok);
        const qint64 before = lastId;
        QVERIFY(outbox.openForwards(before, &open, &lastId, &error));
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].eventId, 6);
        QVERIFY(lastId > before);
        queue.append(open);
        QCOMPARE(queue.size(), 5);
        due = queue.due(now, 100, {}, &nextDue);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[1].eventId, 5); // not 6: the company's older forward goes first
        queue.delivered(due[1]);
        QCOMPARE(queue.due(now, 100, {}, &nextDue).at(1).eventId, 6);
        QVERIFY(outbox.openForwards(lastId, &open, &lastId, &error));
        QVERIFY(open.isEmpty()); // nothing new

        // Company 2's retry is due again when its time comes, first in arrival order.
        const QList<DueForward> afterTheWait = queue.due(now + 60000, 100, {}, &nextDue);
        QCOMPARE(afterTheWait.size(), 3);
        QCOMPARE(afterTheWait[0].eventId, 2);
        QCOMPARE(afterTheWait[0].tries, 1);
        QCOMPARE(nextDue, 0);
    }
};

QTEST_GUILESS_MAIN(TestForwardOutbox)
#include "tst_forwardoutbox.moc"
