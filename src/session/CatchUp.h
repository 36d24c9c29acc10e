#pragma once

#include "api/ApiConnection.h"
#include "session/CatchUpResult.h"
#include "session/CatchUpWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>

class EventStore;

// Catching up after downtime (docs/ARCHITECTURE.md, "Catching up"): while the receiver was not
// running, Vainu's retries may have run out. For every company the history has a snapshot of, this
// asks Get Companies for its current fields and records each difference as an event with origin
// `catch-up`, as a delivery would have shown it. The GUI, `events catch-up` and `--headless --catch-up`
// all run it. The work runs in a thread of its own; signals arrive in the thread that owns this object.
class CatchUp : public QObject
{
    Q_OBJECT

public:
    CatchUp(ApiConnection connection, EventStore* store, QObject* parent = nullptr);
    ~CatchUp() override; // cancels a run and waits for its thread

    void setOptions(const CatchUpOptions& options) { m_options = options; }
    void start(); // once per object
    void cancel(); // finished() follows with Status::Cancelled, and nothing recorded
    bool isRunning() const { return m_running; }

    // Runs to the end in a local event loop (the command line's way).
    CatchUpResult run();

signals:
    void progress(qint64 done, qint64 total);
    void finished(const CatchUpResult& result);

private:
    void record(const QString& changesFile, const QString& source);

    ApiConnection m_connection;
    QPointer<EventStore> m_store;
    CatchUpOptions m_options;
    QThread m_thread;
    QPointer<CatchUpWorker> m_worker;
    bool m_running = false;
};
