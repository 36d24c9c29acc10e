#pragma once

#include "forward/ForwardOutcome.h"
#include "forward/ForwardSchedule.h"
#include "store/ForwardState.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QThread>

class EventStore;
class ForwarderWorker;

// Sends the store's queued forwards to their targets, on a thread of its own (never the GUI's, never the
// receiver's: a slow or dead target does not slow the receiver's answers). At least once, in arrival order per
// company per target: only the oldest open forward of a company is in flight to a target. A 2xx delivers it;
// anything else is tried again on the schedule, then failed (with the company's later open forwards to that
// target, so nothing is sent out of order); EventStore::retryFailedForwards queues failed ones again.
// Outcomes are recorded through the store's writer. Create it in the store's thread; stop() before the store closes.
class Forwarder : public QObject
{
    Q_OBJECT
public:
    Forwarder(EventStore* store, ForwardSchedule schedule = {}, QObject* parent = nullptr);
    ~Forwarder() override; // stop()

    void start(); // picks up what is queued (also what a previous run left) and follows new events
    void stop(); // aborts what is in flight (tried again on the next start), ends the thread
    bool isRunning() const;
    void wake(); // targets or forwards changed: look again now (retry failed, resume)

signals:
    // Once per batch of recorded outcomes, in the thread of the Forwarder.
    void forwarded(const QList<ForwardOutcome>& outcomes);
    void countsChanged(const QHash<qint64, ForwardCounts>& countsByTarget);
    void problem(const QString& message); // the outbox could not be read or written

private:
    EventStore* m_store;
    ForwardSchedule m_schedule;
    QThread m_thread;
    ForwarderWorker* m_worker = nullptr;
};
