#pragma once

#include "core/ForwardTarget.h"
#include "forward/ForwardAttempt.h"
#include "store/ForwardOutbox.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThread>

class ReplayWorker;

// What a replay sends: stored events by id, or by a filter, or payloads given as they are (Edit and send).
struct ReplaySelection
{
    QList<qint64> ids; // sent in this order
    QDateTime since; // with no ids: events that first arrived at or after this (invalid: no bound)
    QString businessId; // with no ids: only this company's events (empty: any)
    QList<ForwardPayload> payloads; // sent as given, before any ids; eventId may be 0

    bool usesFilter() const { return ids.isEmpty() && payloads.isEmpty(); }
};

// One event's result in a replay.
struct ReplayEventResult
{
    qint64 eventId = 0;
    QString businessId; // the company's, when the event has one
    bool found = true; // false: no such event in the store (attempt is empty)
    ForwardAttempt attempt;
};
Q_DECLARE_METATYPE(ReplayEventResult)

// Sends a selection of events to one URL (a forward target, or the app's own receiver) one after another in
// order, on a thread of its own, with the forwarder's ForwardSender (the same bytes and headers; attempt 1).
// Not recorded as forwards. Create it, connect, start(); it may be cancelled at any time.
class ReplayJob : public QObject
{
    Q_OBJECT
public:
    // databasePath: EventStore::databasePath(). destination: its url, headers, timeout and sendQuery are used.
    ReplayJob(QString databasePath, ForwardTarget destination, ReplaySelection selection,
              int maxResponseBytes = 64 * 1024, QObject* parent = nullptr);
    ~ReplayJob() override; // cancels

    void start();
    void cancel(); // what is in flight is aborted; finished() follows with cancelled = true
    bool isRunning() const;

signals:
    void started(int total); // events selected
    void eventDone(const ReplayEventResult& result);
    void progress(int done, int total);
    // delivered + failed = events done (a missing event counts as failed); cancelled when stopped early; error:
    // the selection could not be read (nothing was sent).
    void finished(int delivered, int failed, bool cancelled, const QString& error);

private:
    QThread m_thread;
    ReplayWorker* m_worker = nullptr;
    bool m_started = false;
    bool m_running = false;
};
