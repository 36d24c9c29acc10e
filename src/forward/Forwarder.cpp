#include "forward/Forwarder.h"

#include "forward/ForwardQueue.h"
#include "forward/ForwardSender.h"
#include "store/EventStore.h"
#include "store/ForwardOutbox.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <memory>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcForward, "vainu.forward")

namespace {

// Forwarding yields to the receiver when both want the processor: the answers to Vainu come first, the forwards
// catch up as soon as there is room (measured in tests/bench/forward-bench.sh). QThread::LowPriority does that on
// Windows and macOS; Linux ignores thread priorities under its normal scheduler, but each thread has its own nice
// value. Not SCHED_IDLE: on a machine busy with other work (a build) it would starve the forwarder, and threads
// started from this one (the network thread of QNetworkAccessManager, Qt's shared host-name lookups) inherit it.
void lowerThisThreadsPriority()
{
#if defined(Q_OS_LINUX)
    if (setpriority(PRIO_PROCESS, id_t(gettid()), 10) != 0)
        qCDebug(lcForward) << "could not lower the forwarder's priority";
#endif
}

} // namespace

// Lives in the forwarder's thread. Keeps the open forwards in a ForwardQueue (read from ForwardOutbox, its own
// connection: all of them at the start and after any change other than new events, then only what was queued
// since), sends what is due (ForwardSender) and records the outcomes through the store's writer. A forward stays
// "in flight" until its outcome is committed, so it is never picked twice, and the company's next forward is
// picked only after it.
class ForwarderWorker : public QObject
{
    Q_OBJECT
public:
    ForwarderWorker(EventStore* store, ForwardSchedule schedule)
        : m_store(store)
        , m_path(store->databasePath())
        , m_schedule(schedule)
        , m_pace(schedule.pace)
    { }

    void start()
    {
        lowerThisThreadsPriority();
        m_clock.start();
        m_outbox = std::make_unique<ForwardOutbox>(m_path);
        m_sender = new ForwardSender(m_schedule.maxResponseBytes, this);
        m_pollTimer = new QTimer(this);
        m_pollTimer->setSingleShot(true);
        connect(m_pollTimer, &QTimer::timeout, this, &ForwarderWorker::poll);
        m_countsTimer = new QTimer(this);
        m_countsTimer->setSingleShot(true);
        connect(m_countsTimer, &QTimer::timeout, this, &ForwarderWorker::readCounts);
        m_targetsDirty = true;
        m_reread = true;
        poll();
        readCounts();
    }

    void shutDown()
    {
        m_stopping = true;
        if (m_pollTimer)
            m_pollTimer->stop();
        if (m_sender)
            m_sender->abortAll(); // their forwards stay open in the store and are sent again on the next start
        m_outbox.reset();
    }

    // New events, or targets and forwards changed: look again soon (a few ms, so a burst of commits is one poll).
    void wake(bool targetsChanged)
    {
        m_targetsDirty = m_targetsDirty || targetsChanged;
        m_reread = m_reread || targetsChanged; // retry failed, a deleted target: the open forwards changed
        if (m_stopping)
            return;
        pollSoon(targetsChanged ? 0 : 2);
        scheduleCounts();
    }

signals:
    void recorded(const QList<ForwardOutcome>& outcomes);
    void countsRead(const QHash<qint64, ForwardCounts>& counts);
    void problem(const QString& message);

private:
    void poll()
    {
        if (m_stopping || !m_outbox)
            return;
        m_pollClock.start();
        QString error;
        if (m_targetsDirty) {
            QList<ForwardTarget> targets;
            if (!m_outbox->targets(&targets, &error)) {
                report(error);
                return;
            }
            m_targets.clear();
            m_activeTargets.clear();
            for (const ForwardTarget& target : std::as_const(targets)) {
                m_targets.insert(target.id, target);
                if (target.enabled && !target.paused)
                    m_activeTargets.insert(target.id);
            }
            m_targetsDirty = false;
            m_queue.setActiveTargets(m_activeTargets);
        }
        if (!readQueued()) {
            m_pollTimer->start(1000);
            return;
        }
        const int capacity = m_schedule.maxInFlight - int(m_inFlight.size());
        if (capacity <= 0)
            return; // a finished send polls again
        qint64 paceRetryMs = 0;
        const int allowed = m_pace.allowedSends(capacity, m_clock.elapsed(), &paceRetryMs);
        if (paceRetryMs > 0 && (!m_pollTimer->isActive() || m_pollTimer->remainingTime() > paceRetryMs))
            m_pollTimer->start(int(paceRetryMs));
        if (allowed <= 0)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        qint64 nextDue = 0;
        const QList<DueForward> due = m_queue.due(now, allowed, m_inFlight, &nextDue);
        for (const DueForward& forward : due) {
            const auto target = m_targets.constFind(forward.targetId);
            if (target == m_targets.cend()) { // added since the targets were read
                m_targetsDirty = true;
                continue;
            }
            ForwardPayload payload;
            if (!m_outbox->payload(forward.eventId, &payload, &error)) {
                if (!error.isEmpty()) {
                    report(error);
                    break;
                }
                payload.eventId = forward.eventId; // the event is gone: nothing to send, record it as failed
                finish(forward, *target, ForwardAttempt {false, 0, tr("The event is no longer stored."), {}, false, 0},
                       true);
                continue;
            }
            m_inFlight.insert(forward.forwardId);
            const int attempt = forward.tries + 1;
            m_sender->send(payload, *target, attempt, [this, forward, target = *target](const ForwardAttempt& result) {
                finish(forward, target, result, false);
            });
        }
        if (m_targetsDirty) {
            m_pollTimer->start(0);
        } else if (nextDue > 0) {
            const int wait = int(qBound(qint64(0), nextDue - now, qint64(60000)));
            if (!m_pollTimer->isActive() || m_pollTimer->remainingTime() > wait)
                m_pollTimer->start(wait);
        }
    }

    void finish(const DueForward& forward, const ForwardTarget& target, const ForwardAttempt& attempt, bool giveUp)
    {
        m_inFlight.insert(forward.forwardId);
        ForwardResult result;
        result.forwardId = forward.forwardId;
        result.tries = forward.tries + 1;
        result.status = attempt.status;
        result.error = attempt.error;
        result.responseBody = attempt.responseBody;
        result.finishedMs = QDateTime::currentMSecsSinceEpoch();
        result.durationMs = attempt.durationMs;
        if (attempt.delivered) {
            result.state = ForwardState::State::Delivered;
        } else if (giveUp || result.tries >= m_schedule.maxTries) {
            result.state = ForwardState::State::Failed;
        } else {
            result.state = ForwardState::State::Retrying;
            result.nextTryMs
                = result.finishedMs + m_schedule.delayAfter(result.tries, QRandomGenerator::global()->generateDouble());
        }
        ForwardOutcome outcome;
        outcome.forwardId = forward.forwardId;
        outcome.eventId = forward.eventId;
        outcome.targetId = forward.targetId;
        outcome.targetUrl = target.url;
        outcome.state = result.state;
        outcome.attempt = result.tries;
        outcome.status = result.status;
        outcome.error = result.error;
        outcome.durationMs = result.durationMs;
        if (result.state == ForwardState::State::Retrying)
            outcome.nextTry = QDateTime::fromMSecsSinceEpoch(result.nextTryMs, Qt::UTC);
        m_results.append(result);
        m_outcomes.append(outcome);
        m_sent.append(forward);
        recordResults();
    }

    // The open forwards queued since the last read into m_queue; all of them again (m_reread) when something other
    // than new events changed them. False when the store could not be read (reported).
    bool readQueued()
    {
        QList<DueForward> open;
        QString error;
        const qint64 after = m_reread ? 0 : m_lastForwardId;
        qint64 last = 0;
        if (!m_outbox->openForwards(after, &open, &last, &error)) {
            report(error);
            return false;
        }
        if (m_reread)
            m_queue.clear();
        // How fast forwards arrive: those above the last id read, a full read after a change included (a burst
        // must not hide in it); not the backlog found at the start.
        if (m_readOnce) {
            const qint64 previousLast = m_lastForwardId;
            m_pace.noteQueued(int(std::count_if(open.cbegin(), open.cend(),
                                                [previousLast](const DueForward& forward) {
                                                    return forward.forwardId > previousLast;
                                                })),
                              m_clock.elapsed());
        }
        m_readOnce = true;
        m_reread = false;
        m_lastForwardId = last;
        for (const DueForward& forward : std::as_const(open)) {
            if (!m_targets.contains(forward.targetId)) { // a target added since the targets were read
                m_targetsDirty = true;
                break;
            }
        }
        m_queue.append(open);
        return true;
    }

    // One write at a time: what finishes meanwhile goes into the next one (a batch under load).
    void recordResults()
    {
        if (m_recording || m_results.isEmpty() || m_stopping)
            return;
        m_recording = true;
        QList<ForwardResult> results;
        results.swap(m_results);
        QList<ForwardOutcome> outcomes;
        outcomes.swap(m_outcomes);
        QList<DueForward> sent;
        sent.swap(m_sent);
        m_store->recordForwardResults(results, this, [this, outcomes, results, sent](const StoreOutcome& stored) {
            m_recording = false;
            for (const ForwardOutcome& outcome : outcomes)
                m_inFlight.remove(outcome.forwardId);
            if (!stored.ok) {
                // Not recorded: they are still open in the store and are sent again (at least once).
                m_reread = true;
                report(stored.error);
            } else {
                for (qsizetype i = 0; i < results.size(); ++i) {
                    const ForwardResult& result = results.at(i);
                    if (result.state == ForwardState::State::Delivered)
                        m_queue.delivered(sent.at(i));
                    else if (result.state == ForwardState::State::Retrying)
                        m_queue.retrying(sent.at(i), result.tries, result.nextTryMs);
                    else // failed, and the company's later open forwards to the target with it
                        m_reread = true;
                }
                emit recorded(outcomes);
            }
            scheduleCounts();
            recordResults();
            // The companies of these forwards have their next one due.
            if (!m_stopping)
                pollSoon(0);
        });
    }

    // Look at what is due in `atLeastMs`, and not sooner than minPollIntervalMs after the last look: a look reads
    // what was queued since and walks every company's head, so under load (commits and outcomes hundreds of times
    // a second) it runs at most that often, each look starting many sends.
    void pollSoon(qint64 atLeastMs)
    {
        const qint64 since = m_pollClock.isValid() ? m_pollClock.elapsed() : minPollIntervalMs;
        const int wait = int(qMax(atLeastMs, minPollIntervalMs - since));
        if (!m_pollTimer->isActive() || m_pollTimer->remainingTime() > wait)
            m_pollTimer->start(wait);
    }

    void scheduleCounts()
    {
        if (!m_countsTimer->isActive())
            m_countsTimer->start(m_countsClock.isValid() && m_countsClock.elapsed() < 500 ? 500 : 0);
    }

    void readCounts()
    {
        if (m_stopping || !m_outbox)
            return;
        QHash<qint64, ForwardCounts> counts;
        QString error;
        if (!m_outbox->counts(&counts, &error)) {
            report(error);
            return;
        }
        m_countsClock.start();
        if (counts != m_lastCounts) {
            m_lastCounts = counts;
            emit countsRead(counts);
        }
    }

    void report(const QString& error)
    {
        qCWarning(lcForward) << "forwarding:" << error;
        emit problem(error);
    }

    EventStore* m_store; // thread-safe calls only (recordForwardResults)
    QString m_path;
    ForwardSchedule m_schedule;
    std::unique_ptr<ForwardOutbox> m_outbox;
    ForwardSender* m_sender = nullptr;
    QTimer* m_pollTimer = nullptr;
    QTimer* m_countsTimer = nullptr;
    QElapsedTimer m_countsClock;
    QElapsedTimer m_pollClock; // since the last look at what is due
    static constexpr qint64 minPollIntervalMs = 10;
    QHash<qint64, ForwardTarget> m_targets;
    QSet<qint64> m_inFlight; // forward ids sent or being recorded
    ForwardQueue m_queue; // the open forwards, read incrementally
    ForwardPace m_pace;
    QElapsedTimer m_clock; // monotonic, for the pace
    qint64 m_lastForwardId = 0; // the highest forward id read into m_queue
    QSet<qint64> m_activeTargets; // enabled and not paused
    QList<ForwardResult> m_results; // finished, to be recorded; m_sent and m_outcomes in the same order
    QList<DueForward> m_sent;
    QList<ForwardOutcome> m_outcomes;
    QHash<qint64, ForwardCounts> m_lastCounts;
    bool m_recording = false;
    bool m_targetsDirty = true;
    bool m_reread = true; // read all open forwards again rather than only the new ones
    bool m_readOnce = false; // the open forwards were read at least once
    bool m_stopping = false;
};

Forwarder::Forwarder(EventStore* store, ForwardSchedule schedule, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_schedule(schedule)
{
    qRegisterMetaType<ForwardOutcome>();
    qRegisterMetaType<QList<ForwardOutcome>>();
    qRegisterMetaType<QHash<qint64, ForwardCounts>>();
    m_thread.setObjectName(QStringLiteral("Forwarder"));
}

Forwarder::~Forwarder()
{
    stop();
}

bool Forwarder::isRunning() const
{
    return m_worker != nullptr;
}

void Forwarder::start()
{
    if (m_worker || !m_store || !m_store->isOpen())
        return;
    m_worker = new ForwarderWorker(m_store, m_schedule);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ForwarderWorker::recorded, this, &Forwarder::forwarded);
    connect(m_worker, &ForwarderWorker::countsRead, this, &Forwarder::countsChanged);
    connect(m_worker, &ForwarderWorker::problem, this, &Forwarder::problem);
    ForwarderWorker* worker = m_worker;
    connect(m_store, &EventHistory::eventsAppended, worker, [worker] { worker->wake(false); });
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(
        worker, [worker] { worker->start(); }, Qt::QueuedConnection);
}

void Forwarder::wake()
{
    if (ForwarderWorker* worker = m_worker)
        QMetaObject::invokeMethod(
            worker, [worker] { worker->wake(true); }, Qt::QueuedConnection);
}

void Forwarder::stop()
{
    if (!m_worker)
        return;
    ForwarderWorker* worker = m_worker;
    m_worker = nullptr;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

#include "Forwarder.moc"
