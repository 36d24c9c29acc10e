#pragma once

#include "core/ForwardTarget.h"
#include "core/RejectedRequest.h"
#include "store/ForwardState.h"
#include "store/IncomingDelivery.h"
#include "store/StoreOptions.h"
#include "store/StoreOutcome.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <variant>

// The store's single writer: a thread with its own SQLite connection. Submitted work is queued;
// each round takes everything queued (up to maxBatch) into one transaction, so under load many
// deliveries share one commit and one fsync. Completions run only after COMMIT returned, in the
// thread of their context object.
class EventWriter : public QThread
{
    Q_OBJECT

public:
    using Completion = std::function<void(const StoreOutcome&)>;

    EventWriter(StoreOptions options, QString databasePath, QObject* parent = nullptr);
    ~EventWriter() override;

    void submit(IncomingDelivery delivery, QObject* context, Completion completion);
    // A refusal for the log. With a context, completion runs once it is committed (a refusal that
    // keeps the body is answered only then); without one, nobody waits.
    void submitRejected(RejectedRequest rejected, QObject* context = nullptr, Completion completion = {});
    // Records the changes a catch-up run found (a CatchUpChanges file), all in one transaction; `source`
    // names where they were read (the API's host). The outcome's recorded counts the events written.
    void submitCatchUp(QString changesFile, QString source, QObject* context, Completion completion);
    // Forwarding: a change of targets, the forwarder's results, or "retry failed" (EventStore's forward methods).
    struct ForwardChange
    {
        enum class Kind
        {
            SaveTarget,
            RemoveTarget,
            RecordResults,
            RetryFailed,
        };
        Kind kind = Kind::RecordResults;
        ForwardTarget target; // SaveTarget
        qint64 targetId = 0; // RemoveTarget, RetryFailed (0: every target)
        QList<ForwardResult> results; // RecordResults
    };
    void submitForward(ForwardChange change, QObject* context, Completion completion);
    // Blocks until everything submitted before the call is committed (or failed). False on timeout.
    bool flush(int timeoutMs);
    void stop(); // finishes the queue, then ends the thread

    // Set once the thread has opened its connection (or failed to).
    bool waitUntilReady(QString* error);

signals:
    void committed(const QList<qint64>& newEventIds, const QList<qint64>& updatedEventIds, int rejectedCount);
    void writeFailed(const QString& message);

protected:
    void run() override;

private:
    struct DeliveryJob
    {
        IncomingDelivery delivery;
        QPointer<QObject> context;
        Completion completion;
    };
    struct RejectedJob
    {
        RejectedRequest rejected;
        QPointer<QObject> context;
        Completion completion;
    };
    struct CatchUpJob
    {
        QString changesFile;
        QString source;
        QPointer<QObject> context;
        Completion completion;
    };
    struct ForwardJob
    {
        ForwardChange change;
        QPointer<QObject> context;
        Completion completion;
    };
    using Job = std::variant<DeliveryJob, RejectedJob, CatchUpJob, ForwardJob>;
    struct Ready // a committed (or failed) delivery whose completion is due
    {
        QPointer<QObject> context;
        Completion completion;
        StoreOutcome outcome;
    };

    class Batch;

    void enqueue(Job job);
    // The context and completion of a job, whichever kind it is.
    static std::pair<QPointer<QObject>*, Completion*> waiterOf(Job& job);
    static void post(QThread* thread, QList<Ready> ready); // runs the completions in that thread

    StoreOptions m_options;
    QString m_databasePath;
    QMutex m_mutex;
    QWaitCondition m_workAvailable;
    QWaitCondition m_progress;
    std::deque<Job> m_queue;
    quint64 m_submitted = 0;
    quint64 m_done = 0;
    bool m_stopping = false;
    bool m_ready = false;
    QString m_openError;
};
