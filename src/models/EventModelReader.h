#pragma once

#include "store/EventQuery.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

class EventStore;

// Runs the Live events models' reads on a thread of their own, one after another in the order they
// were asked for, so the GUI thread never waits for SQLite. Each job gets this thread's EventQuery
// (its own read-only connection) and the store; its result is handed to `done` in the context's
// thread. Destroying the reader waits for the running job and drops the queued ones.
class EventModelReader : public QObject
{
    Q_OBJECT
public:
    EventModelReader(EventStore* store, QObject* parent = nullptr);
    ~EventModelReader() override;

    template <typename Result>
    void run(QObject* context, std::function<Result(EventQuery&, const EventStore&)> job,
             std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        auto alive = m_alive;
        EventStore* store = m_store;
        QMetaObject::invokeMethod(m_worker, [this, alive, store, guard, job = std::move(job), done = std::move(done)] {
            if (!*alive)
                return;
            Result result = job(query(), *store);
            if (!*alive || !guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(),
                [alive, done, result = std::move(result)] {
                    if (*alive)
                        done(result);
                },
                Qt::QueuedConnection);
        });
    }

private:
    EventQuery& query(); // reader thread only

    EventStore* m_store;
    QThread m_thread;
    QObject* m_worker;
    std::unique_ptr<EventQuery> m_query;
    std::shared_ptr<std::atomic_bool> m_alive;
};
