// Forwarding end to end with real parts: the real receiver and store (a SQLite file), the forwarder on its own
// thread, and a real HTTP target on loopback (tests/common/TargetServer.h).
#include "StoreTestSupport.h"
#include "TargetServer.h"
#include "forward/ForwardSender.h"
#include "forward/Forwarder.h"
#include "forward/ReplayJob.h"
#include "receiver/WebhookReceiver.h"
#include "store/EventStore.h"
#include "store/ForwardOutbox.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray secret = "s3cret-value";

// A delivery as Vainu sends it; one unique_id per tracked record, as in real deliveries.
QByteArray delivery(const QString& businessId, int staff, const QString& uniqueId = {})
{
    return StoreTestSupport::body(uniqueId.isEmpty() ? u"crm-"_s + businessId : uniqueId, businessId,
                                  u"Company "_s + businessId, staff);
}

// Posts one request to the receiver and reads its status (blocking; the receiver answers from its own thread).
int post(quint16 port, const QByteArray& body, const QByteArray& query = "secret=" + secret,
         const QByteArray& contentType = "application/json")
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write("POST /vainu/webhook?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                 + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QByteArray answer;
    while (socket.waitForReadyRead(10000) || socket.bytesAvailable() > 0) {
        answer += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState)
            break;
    }
    answer += socket.readAll();
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : -1;
}

} // namespace

class TestForwarding : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;
    std::unique_ptr<Forwarder> m_forwarder;
    quint16 m_port = 0;

    void openStore()
    {
        m_store = std::make_unique<EventStore>();
        const QString error = StoreTestSupport::openStore(*m_store, m_dir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void startReceiver()
    {
        m_receiver = std::make_unique<WebhookReceiver>(m_store.get());
        QSignalSpy listening(m_receiver.get(), &WebhookReceiver::listening);
        ReceiverSettings settings;
        settings.port = 0;
        settings.secret = QString::fromLatin1(secret);
        m_receiver->start(settings);
        QVERIFY(listening.wait(10000));
        m_port = quint16(m_receiver->localUrl().port());
    }

    void startForwarder(ForwardSchedule schedule = ForwardSchedule::fast())
    {
        m_forwarder = std::make_unique<Forwarder>(m_store.get(), schedule);
        m_forwarder->start();
    }

    qint64 addTarget(ForwardTarget target)
    {
        QSignalSpy saved(m_store.get(), &QObject::destroyed); // only for the event loop
        qint64 id = 0;
        bool done = false;
        m_store->saveForwardTarget(target, this, [&](const StoreOutcome& outcome) {
            id = outcome.eventId;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return 0;
        if (m_forwarder)
            m_forwarder->wake();
        return id;
    }

    QList<ForwardState> states(qint64 eventId)
    {
        ForwardOutbox outbox(m_store->databasePath());
        QList<ForwardState> result;
        QString error;
        if (!outbox.states(eventId, &result, &error))
            qWarning("%s", qPrintable(error));
        return result;
    }

    QHash<qint64, ForwardCounts> counts()
    {
        ForwardOutbox outbox(m_store->databasePath());
        QHash<qint64, ForwardCounts> result;
        QString error;
        outbox.counts(&result, &error);
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        openStore();
    }

    void cleanup()
    {
        m_forwarder.reset();
        m_receiver.reset();
        m_store.reset();
        m_dir.reset();
    }

    // Each event reaches the target once, with the bytes and Content-Type Vainu sent, the query without the
    // receiver's secret (asked for), our headers and the target's own header.
    void eachEventArrivesOnceAsSent()
    {
        TargetServer target;
        QVERIFY(target.listen());
        startReceiver();
        startForwarder();
        ForwardTarget forward;
        forward.url = target.url(u"/hook"_s);
        forward.url.setQuery(u"mine=1"_s);
        forward.sendQuery = true;
        forward.headers = {{"Authorization", "Bearer abc"}};
        const qint64 targetId = addTarget(forward);
        QVERIFY(targetId > 0);

        const QList<QByteArray> bodies = {delivery(u"111"_s, 1), delivery(u"222"_s, 2), delivery(u"111"_s, 3)};
        QCOMPARE(post(m_port, bodies[0], "secret=" + secret + "&tag=a%20b", "application/json; charset=utf-8"), 200);
        QCOMPARE(post(m_port, bodies[1], "tag=x&secret=" + secret), 200);
        QCOMPARE(post(m_port, bodies[2]), 200);

        QTRY_COMPARE_WITH_TIMEOUT(target.requests().size(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).delivered, 3, 10000);
        QList<TargetServer::Request> requests = target.requests();
        std::sort(requests.begin(), requests.end(),
                  [](const auto& a, const auto& b) { return a.eventId() < b.eventId(); });
        QCOMPARE(requests[0].target, QByteArray("/hook?mine=1&tag=a%20b"));
        QCOMPARE(requests[1].target, QByteArray("/hook?mine=1&tag=x"));
        QCOMPARE(requests[2].target, QByteArray("/hook?mine=1"));
        QCOMPARE(requests[0].header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        for (int i = 0; i < 3; ++i) {
            const TargetServer::Request& request = requests[i];
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.body, bodies[i]);
            QVERIFY(!request.target.contains(secret));
            QCOMPARE(request.eventId(), qint64(i + 1));
            QCOMPARE(request.header(ForwardSender::attemptHeader()), QByteArray("1"));
            QCOMPARE(request.header(ForwardSender::originHeader()), QByteArray("delivery"));
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer abc"));
            const QList<ForwardState> stored = states(i + 1);
            QCOMPARE(stored.size(), 1);
            QCOMPARE(stored[0].state, ForwardState::State::Delivered);
            QCOMPARE(stored[0].lastStatus, 200);
            QCOMPARE(stored[0].responseBody, QByteArray("ok"));
            QVERIFY(stored[0].deliveredAt.isValid());
        }
        QCOMPARE(requests[1].header("Content-Type"), QByteArray("application/json"));
        // A duplicate attempt of an event is not forwarded again.
        QCOMPARE(post(m_port, StoreTestSupport::body(u"crm-222"_s, u"222"_s, u"Company 222"_s, 2, 2)), 200);
        QCOMPARE(post(m_port, delivery(u"333"_s, 1)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(target.requests().size(), 4, 15000);
        QCOMPARE(target.requests().last().eventId(), qint64(4));
    }

    // A target that is down at first gets everything, once, when it comes up.
    void aTargetThatIsDownGetsEverythingWhenItComesUp()
    {
        TargetServer target;
        QVERIFY(target.listen());
        target.rememberPort();
        const quint16 port = target.port();
        target.close();
        ForwardSchedule schedule = ForwardSchedule::fast();
        schedule.maxTries = 1000;
        startForwarder(schedule);
        ForwardTarget forward;
        forward.url = target.url();
        const qint64 targetId = addTarget(forward);
        for (int i = 0; i < 6; ++i)
            QVERIFY(StoreTestSupport::submit(*m_store, delivery(QString::number(100 + i % 2), i)));
        QVERIFY(m_store->flush());
        QTRY_VERIFY_WITH_TIMEOUT(counts().value(targetId).retrying >= 2, 10000);
        QCOMPARE(counts().value(targetId).delivered, 0);
        QVERIFY(target.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).delivered, 6, 15000);
        QList<qint64> ids = target.eventIds();
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64> {1, 2, 3, 4, 5, 6}));
    }

    // 500, then 200: tried again, and the attempt header counts.
    void aFailedAnswerIsTriedAgain()
    {
        TargetServer target([](const TargetServer::Request&, int index) {
            return index == 0 ? TargetServer::Answer {500, "busy", false} : TargetServer::Answer {};
        });
        QVERIFY(target.listen());
        startForwarder();
        ForwardTarget forward;
        forward.url = target.url();
        const qint64 targetId = addTarget(forward);
        QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"500"_s, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).delivered, 1, 15000);
        QCOMPARE(target.requests().size(), 2);
        QCOMPARE(target.requests()[0].header(ForwardSender::attemptHeader()), QByteArray("1"));
        QCOMPARE(target.requests()[1].header(ForwardSender::attemptHeader()), QByteArray("2"));
        QCOMPARE(target.requests()[1].body, target.requests()[0].body);
        const ForwardState state = states(1).value(0);
        QCOMPARE(state.tries, 2);
        QCOMPARE(state.lastStatus, 200);
    }

    // Several companies interleaved, a target that refuses now and then: per company, the target sees the events
    // in arrival order (never a later one before an earlier one is delivered), each delivered once.
    void theOrderPerCompanyHolds()
    {
        int seen = 0;
        TargetServer target([&seen](const TargetServer::Request&, int) {
            return ++seen % 3 == 0 ? TargetServer::Answer {503, "again", false} : TargetServer::Answer {};
        });
        QVERIFY(target.listen());
        ForwardSchedule schedule = ForwardSchedule::fast();
        schedule.maxTries = 1000;
        startForwarder(schedule);
        ForwardTarget forward;
        forward.url = target.url();
        const qint64 targetId = addTarget(forward);
        const QStringList companies = {u"1001"_s, u"1002"_s, u"1003"_s, u"1004"_s, u"1005"_s};
        QHash<qint64, QString> companyOf;
        qint64 id = 0;
        for (int round = 0; round < 8; ++round) {
            for (const QString& company : companies) {
                QVERIFY(StoreTestSupport::submit(*m_store, delivery(company, round)));
                companyOf.insert(++id, company);
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).delivered, id, 30000);
        QHash<QString, qint64> last;
        QHash<QString, qint64> delivered;
        int index = 0;
        for (const TargetServer::Request& request : target.requests()) {
            ++index;
            const qint64 eventId = request.eventId();
            const QString company = companyOf.value(eventId);
            QVERIFY2(eventId >= last.value(company),
                     qPrintable(u"event %1 of %2 after %3"_s.arg(eventId).arg(company).arg(last.value(company))));
            last[company] = eventId;
            if (index % 3 != 0)
                ++delivered[company];
        }
        for (const QString& company : companies)
            QCOMPARE(delivered.value(company), 8);
    }

    // A burst of deliveries: the forwards trickle while it lasts (the processor is the receiver's), then all go,
    // once each and in order per company.
    void aBurstTricklesThenAllGoInOrder()
    {
        TargetServer target;
        QVERIFY(target.listen());
        ForwardSchedule schedule = ForwardSchedule::fast();
        schedule.pace.busyArrivalsPerSecond = 10; // well below the burst, however slowly its commits come
        schedule.pace.busyIntervalMs = 300;
        schedule.pace.busyBatch = 2;
        startForwarder(schedule);
        ForwardTarget forward;
        forward.url = target.url();
        const qint64 targetId = addTarget(forward);
        const int burst = 60;
        for (int i = 0; i < burst; ++i)
            QVERIFY(StoreTestSupport::submit(*m_store, delivery(QString::number(1000 + i % 10), i)));
        QVERIFY(m_store->flush(10000));
        QTest::qWait(300);
        QVERIFY2(target.requests().size() < burst / 2, qPrintable(QString::number(target.requests().size())));
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).delivered, burst, 20000);
        QCOMPARE(target.requests().size(), burst);
        QHash<QByteArray, qint64> last;
        for (const TargetServer::Request& request : target.requests()) {
            const QByteArray company = request.body.mid(request.body.indexOf("business_id"), 20);
            QVERIFY(request.eventId() > last.value(company));
            last[company] = request.eventId();
        }
        QCOMPARE(last.size(), 10);
    }

    // Out of tries: failed, and the company's later forwards with it (sending them would break the order); other
    // companies go on. Retry failed sends them all, in order.
    void aFailedForwardHoldsItsCompanyUntilRetried()
    {
        bool refuse = true;
        TargetServer target([&refuse](const TargetServer::Request& request, int) {
            const bool company7 = request.body.contains("\"business_id\":\"7\"");
            return refuse && company7 ? TargetServer::Answer {500, "no", false} : TargetServer::Answer {};
        });
        QVERIFY(target.listen());
        ForwardSchedule schedule = ForwardSchedule::fast();
        schedule.maxTries = 2;
        startForwarder(schedule);
        ForwardTarget forward;
        forward.url = target.url();
        const qint64 targetId = addTarget(forward);
        QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"7"_s, 1))); // 1
        QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"8"_s, 1))); // 2
        QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"7"_s, 2))); // 3
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).failed, 2, 15000);
        QCOMPARE(counts().value(targetId).delivered, 1);
        QCOMPARE(states(1).value(0).tries, 2);
        QCOMPARE(states(1).value(0).lastStatus, 500);
        QCOMPARE(states(3).value(0).state, ForwardState::State::Failed);
        QCOMPARE(states(3).value(0).tries, 0);
        QVERIFY(!target.eventIds().contains(3));

        refuse = false;
        bool retried = false;
        m_store->retryFailedForwards(targetId, this, [&](const StoreOutcome& outcome) {
            QCOMPARE(outcome.recorded, 2);
            retried = true;
        });
        QTRY_VERIFY(retried);
        m_forwarder->wake();
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).delivered, 3, 15000);
        const QList<qint64> ids = target.eventIds();
        QVERIFY(ids.indexOf(1, 2) < ids.indexOf(3)); // the retried 1 before 3
    }

    // A target that never answers holds its forward, not the receiver: every delivery is answered while the
    // first forward is still waiting for its answer.
    void aTargetThatNeverAnswersDoesNotDelayTheReceiver()
    {
        TargetServer target([](const TargetServer::Request&, int) { return TargetServer::Answer {0, {}, true}; });
        QVERIFY(target.listen());
        startReceiver();
        startForwarder();
        ForwardTarget forward;
        forward.url = target.url();
        forward.timeoutMs = ForwardTarget::maxTimeoutMs();
        const qint64 targetId = addTarget(forward);
        QCOMPARE(post(m_port, delivery(u"1"_s, 0)), 200);
        QTRY_COMPARE_WITH_TIMEOUT(target.requests().size(), 1, 10000); // the forward hangs from now on
        for (int i = 1; i <= 20; ++i) {
            QCOMPARE(post(m_port, delivery(QString::number(i % 3), i)), 200);
            QTest::qWait(0); // the target reads what arrives
        }
        QCOMPARE(m_store->eventCount(), 21);
        const ForwardCounts now = counts().value(targetId);
        QCOMPARE(now.delivered + now.retrying + now.failed, 0); // not one forward answered yet
        QCOMPARE(now.pending, 21);
    }

    // A slow answer is bounded by the timeout, a huge one by the size cap.
    void slowAndHugeAnswersAreBounded()
    {
        const QByteArray huge(1024 * 1024, 'x');
        TargetServer target([&huge](const TargetServer::Request& request, int) {
            if (request.body.contains("\"business_id\":\"1\""))
                return TargetServer::Answer {200, huge, false};
            return TargetServer::Answer {0, {}, true};
        });
        QVERIFY(target.listen());
        ForwardSchedule schedule = ForwardSchedule::fast();
        schedule.maxTries = 1;
        startForwarder(schedule);
        ForwardTarget forward;
        forward.url = target.url();
        forward.timeoutMs = 1000;
        const qint64 targetId = addTarget(forward);
        QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"1"_s, 1)));
        QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"2"_s, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).delivered, 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).failed, 1, 15000);
        const ForwardState big = states(1).value(0);
        QCOMPARE(big.responseBody.size(), ForwardState::maxResponseBody);
        const ForwardState slow = states(2).value(0);
        QCOMPARE(slow.lastStatus, 0);
        QVERIFY2(slow.lastError.contains(u"No answer"_s), qPrintable(slow.lastError));
    }

    // Paused: queued but not sent until resumed. Off: not queued. A filter: only the events it matches.
    void pausedOffAndFilteredTargets()
    {
        TargetServer target;
        QVERIFY(target.listen());
        startForwarder();
        ForwardTarget paused;
        paused.url = target.url(u"/paused"_s);
        paused.paused = true;
        paused.id = addTarget(paused);
        ForwardTarget off;
        off.url = target.url(u"/off"_s);
        off.enabled = false;
        off.id = addTarget(off);
        ForwardTarget filtered;
        filtered.url = target.url(u"/filtered"_s);
        filtered.filter.businessIds = {u"42"_s};
        filtered.id = addTarget(filtered);
        QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"41"_s, 1)));
        QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"42"_s, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(filtered.id).delivered, 1, 10000);
        QCOMPARE(target.requests().size(), 1);
        QCOMPARE(target.requests()[0].target, QByteArray("/filtered"));
        QCOMPARE(counts().value(paused.id).pending, 2);
        QCOMPARE(counts().value(off.id).pending, 0);
        paused.paused = false;
        addTarget(paused);
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(paused.id).delivered, 2, 10000);
        QCOMPARE(target.requests().size(), 3);
    }

    // Pending forwards survive a restart of the forwarder (and of the store): sent on the next start.
    void pendingForwardsResumeOnTheNextStart()
    {
        TargetServer target;
        QVERIFY(target.listen());
        ForwardTarget forward;
        forward.url = target.url();
        const qint64 targetId = addTarget(forward);
        for (int i = 0; i < 5; ++i)
            QVERIFY(StoreTestSupport::submit(*m_store, delivery(u"9"_s, i)));
        m_store->close();
        openStore();
        QCOMPARE(counts().value(targetId).pending, 5);
        startForwarder();
        QTRY_COMPARE_WITH_TIMEOUT(counts().value(targetId).delivered, 5, 10000);
        QCOMPARE(target.eventIds(), (QList<qint64> {1, 2, 3, 4, 5}));
    }

    // A replay sends the chosen events in order with a result per event; one that is not stored is reported.
    void replaySendsEventsWithAResultEach()
    {
        TargetServer target([](const TargetServer::Request& request, int) {
            return request.eventId() == 2 ? TargetServer::Answer {422, "bad", false} : TargetServer::Answer {};
        });
        QVERIFY(target.listen());
        for (int i = 0; i < 3; ++i)
            QVERIFY(StoreTestSupport::submit(*m_store, delivery(QString::number(i), i)));
        QVERIFY(m_store->flush());
        ForwardTarget destination;
        destination.url = target.url(u"/replay"_s);
        ReplaySelection selection;
        selection.ids = {3, 1, 2, 99};
        ReplayJob job(m_store->databasePath(), destination, selection);
        QSignalSpy started(&job, &ReplayJob::started);
        QSignalSpy results(&job, &ReplayJob::eventDone);
        QSignalSpy progress(&job, &ReplayJob::progress);
        QSignalSpy finished(&job, &ReplayJob::finished);
        job.start();
        QVERIFY(finished.wait(15000));
        QCOMPARE(started.first().at(0).toInt(), 4);
        QCOMPARE(results.size(), 4);
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(finished.first().at(0).toInt(), 2); // delivered
        QCOMPARE(finished.first().at(1).toInt(), 2); // failed: 422 and the missing one
        QCOMPARE(finished.first().at(2).toBool(), false);
        QCOMPARE(target.eventIds(), (QList<qint64> {3, 1, 2}));
        const auto third = results.at(2).at(0).value<ReplayEventResult>();
        QCOMPARE(third.attempt.status, 422);
        QCOMPARE(third.attempt.responseBody, QByteArray("bad"));
        const auto missing = results.at(3).at(0).value<ReplayEventResult>();
        QVERIFY(!missing.found);
        // Not recorded as forwards.
        QCOMPARE(counts().size(), 0);
    }

    void aReplayCanBeCancelled()
    {
        TargetServer target([](const TargetServer::Request&, int) { return TargetServer::Answer {0, {}, true}; });
        QVERIFY(target.listen());
        for (int i = 0; i < 3; ++i)
            QVERIFY(StoreTestSupport::submit(*m_store, delivery(QString::number(i), i)));
        QVERIFY(m_store->flush());
        ForwardTarget destination;
        destination.url = target.url();
        destination.timeoutMs = ForwardTarget::maxTimeoutMs();
        ReplaySelection selection;
        selection.businessId = u"1"_s;
        ReplayJob job(m_store->databasePath(), destination, selection);
        QSignalSpy finished(&job, &ReplayJob::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(target.requests().size(), 1, 10000);
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(2).toBool(), true);
        QVERIFY(!job.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestForwarding)
#include "tst_forwarding.moc"
