#pragma once

#include "core/ForwardTarget.h"
#include "forward/ForwardOutcome.h"
#include "forward/ForwardSchedule.h"
#include "forward/ReplayJob.h"
#include "store/ForwardState.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class EventStore;
class Forwarder;
class ReceiverService;

// Forwarding for the active profile: its forward targets, the forwarder that sends the store's queued forwards,
// per-event states and replays. Follows ReceiverService's store (a profile switch moves to the new one). Every
// read of the store runs off the calling thread; results come back as signals or callbacks in the caller's thread.
class ForwardService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString& error)>; // empty error: done

    explicit ForwardService(ReceiverService* receiver, QObject* parent = nullptr);
    ~ForwardService() override;

    // The targets of the active profile's store, by id (refreshed after every change: targetsChanged()).
    QList<ForwardTarget> targets() const { return m_targets; }
    ForwardCounts counts(qint64 targetId) const { return m_counts.value(targetId); }
    QHash<qint64, ForwardCounts> allCounts() const { return m_counts; }

    // Where the receiver listens and is reached: what validate() refuses as a loop.
    OwnReceiver ownReceiver() const;
    QList<ForwardTarget::Problem> validate(const ForwardTarget& target) const { return target.validate(ownReceiver()); }

    // Validates, then saves (id 0: adds). done(error, id) in context's thread; the error is the first problem's
    // reason when it does not validate.
    void saveTarget(const ForwardTarget& target, QObject* context, std::function<void(const QString&, qint64)> done);
    void removeTarget(qint64 targetId, QObject* context = nullptr, Done done = {});
    void setPaused(qint64 targetId, bool paused, QObject* context = nullptr, Done done = {});
    void setEnabled(qint64 targetId, bool enabled, QObject* context = nullptr, Done done = {});
    void retryFailed(qint64 targetId = 0, QObject* context = nullptr, Done done = {}); // 0: every target

    // Reads the forward states of an event (one per target it was queued for); the answer comes as statesRead.
    void requestStates(qint64 eventId);

    // A replay of `selection` to `destination` (a target, or receiverDestination()); not started. The caller
    // owns it (parent) and connects its signals, then calls start(). nullptr when no store is open.
    ReplayJob* createReplay(const ReplaySelection& selection, const ForwardTarget& destination, QObject* parent);
    // The app's own receiver as a destination: its local URL with the secret, and X-Vainu-Webhooks-Test: 1 so
    // what is sent is stored as a test delivery. Never show or log its URL (it has the secret).
    ForwardTarget receiverDestination() const;

    void setSchedule(const ForwardSchedule& schedule); // tests; takes effect on the next store
    ForwardSchedule schedule() const { return m_schedule; }

signals:
    void targetsChanged(); // targets() changed (also after a profile switch)
    void countsChanged(); // counts() changed
    void forwarded(const QList<ForwardOutcome>& outcomes); // attempts recorded (states changed for these events)
    void statesRead(qint64 eventId, const QList<ForwardState>& states);
    void problem(const QString& message); // the outbox could not be read or written

private:
    void followStore();
    void refresh(); // targets and counts, read off this thread
    void afterChange();
    void refreshed(quint64 generation, const QString& error, const QList<ForwardTarget>& targets,
                   const QHash<qint64, ForwardCounts>&
                       counts); // targets or forwards changed: the forwarder looks again, the lists are read again
    void changeTarget(qint64 targetId, const std::function<void(ForwardTarget&)>& change, QObject* context, Done done);

    ReceiverService* m_receiver;
    QPointer<Forwarder> m_forwarder;
    const EventStore* m_followed = nullptr; // the store m_forwarder sends from (compared only)
    ForwardSchedule m_schedule;
    QList<ForwardTarget> m_targets;
    QHash<qint64, ForwardCounts> m_counts;
    quint64 m_generation = 0; // of the store followed; answers for an older one are dropped
};
