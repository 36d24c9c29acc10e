#pragma once

#include "core/EventHistory.h"
#include "core/EventHistoryReader.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

// Runs the Live events models' reads on a thread of their own, one after another in the order they
// were asked for, so the GUI thread never waits for the database. Each job gets this thread's
// EventHistoryReader (opened on the thread at the first job: its own read-only connection); its
// result is handed to `done` in the context's thread. Destroying the reader waits for the running
// job and drops the queued ones.
class EventModelReader : public QObject
{
    Q_OBJECT
public:
    explicit EventModelReader(EventHistory* history, QObject* parent = nullptr);
    ~EventModelReader() override;

    template <typename Result>
    void run(QObject* context, std::function<Result(EventHistoryReader&)> job, std::function<void(Result)> done)
    {
        QPointer<QObject> guard(context);
        auto alive = m_alive;
        QMetaObject::invokeMethod(m_worker, [this, alive, guard, job = std::move(job), done = std::move(done)] {
            if (!*alive)
                return;
            Result result = job(reader());
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
    EventHistoryReader& reader(); // reader thread only

    EventHistory* m_history;
    QThread m_thread;
    QObject* m_worker;
    std::unique_ptr<EventHistoryReader> m_reader;
    std::shared_ptr<std::atomic_bool> m_alive;
};
