#pragma once

#include "core/EventHistory.h"
#include "core/FieldChange.h"
#include "core/ForwardTarget.h"
#include "core/RejectedRequest.h"
#include "store/DeliveryAttempt.h"
#include "store/EventWriter.h"
#include "store/ForwardState.h"
#include "store/IncomingDelivery.h"
#include "store/StoreCounters.h"
#include "store/StoreOptions.h"
#include "store/StoreOutcome.h"
#include "store/StoredEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;
class SqliteConnection;

// The durable history of deliveries: SQLite (WAL) in <directory>/events.sqlite.
//
// Writes go through one writer thread with group commit; submit() is thread-safe and its
// completion runs in the context object's thread only after the delivery is committed (fsynced).
// Reads are synchronous and may be called from any thread: each thread gets its own read-only
// connection, and WAL readers never wait for the writer. As an EventHistory it is what the Live
// events models read (through EventStoreReader on their reader thread).
class EventStore : public EventHistory
{
    Q_OBJECT

public:
    using Completion = std::function<void(const StoreOutcome&)>;

    explicit EventStore(QObject* parent = nullptr);
    ~EventStore() override; // flushes and stops the writer

    // Creates the folder and the database when missing and migrates the schema. False with a
    // message a person can act on when it cannot.
    bool open(const StoreOptions& options, QString* error);
    void close(); // writes everything queued, then stops
    bool isOpen() const override;
    // An EventStoreReader: final, so a job given this store's reader may rely on its type.
    std::unique_ptr<EventHistoryReader> openReader() const final;
    RejectedRetention rejectedRetention() const override { return m_options.rejectedRetention; }
    QString databasePath() const;
    static QString databaseFileName(); // "events.sqlite"
    // The version of the SQLite library the store runs on, e.g. "3.40.1": the one the build linked.
    static QString sqliteVersion();

    // Thread-safe. completion(outcome) runs in context's thread (dropped if context is gone).
    void submit(IncomingDelivery delivery, QObject* context, Completion completion);
    // Thread-safe. With a context, completion runs in its thread once the refusal is committed.
    void logRejected(RejectedRequest rejected, QObject* context = nullptr, Completion completion = {});
    // Thread-safe. Records the changes of a catch-up run (a CatchUpChanges file) in one transaction;
    // completion runs in context's thread with the number recorded (StoreOutcome::recorded).
    void recordCatchUp(QString changesFile, QString source, QObject* context, Completion completion);
    bool flush(int timeoutMs = 30000); // waits until everything submitted so far is written

    // Forwarding (schema 4; docs/ARCHITECTURE.md, "Forwarding"). Thread-safe writes through the writer; each
    // completion runs in context's thread after the commit. The writer queues a new event's forwards to the
    // enabled targets whose filter it matches in the transaction that stores the event.
    // Inserts (id 0) or updates a target; outcome.eventId is the target's id. Validate it first.
    void saveForwardTarget(ForwardTarget target, QObject* context = nullptr, Completion completion = {});
    // Removes the target and all its forwards.
    void removeForwardTarget(qint64 targetId, QObject* context = nullptr, Completion completion = {});
    void recordForwardResults(QList<ForwardResult> results, QObject* context = nullptr, Completion completion = {});
    // Failed forwards of a target (0: every target) are queued again, tries from 0, in arrival order;
    // outcome.recorded counts them.
    void retryFailedForwards(qint64 targetId, QObject* context = nullptr, Completion completion = {});

    // Reads (any thread). Events are numbered by id, ascending in arrival order.
    qint64 eventCount() const;
    qint64 maxEventId() const;
    QList<StoredEvent> events(qint64 offset, int limit) const; // by id ascending, for lazy models
    QList<StoredEvent> eventsByIds(const QList<qint64>& ids) const;
    std::optional<StoredEvent> eventById(qint64 id) const; // not event(): that would hide QObject::event
    QList<StoredEvent> timeline(const QString& businessId) const; // one company, oldest first
    QList<FieldChange> fieldChanges(qint64 eventId) const; // against the state before the event
    QList<DeliveryAttempt> attempts(qint64 eventId) const;
    // Newest first; a kept body is read only up to bodyPreviewBytes (keptBodySize has its full size).
    QList<RejectedRequest> rejected(int limit = 1000, int bodyPreviewBytes = 4096) const;
    QByteArray rejectedBody(qint64 id) const; // the whole kept body, empty when none
    StoreCounters counters() const;
    // Streams events with first arrival >= since (all when invalid), oldest first; stop by returning false.
    // Test deliveries (origin "test") only when asked for.
    bool forEachEvent(const QDateTime& since, const std::function<bool(const StoredEvent&)>& visit,
                      QString* error = nullptr, bool includeTests = false) const;

signals:
    // eventsAppended, eventsUpdated and rejectedAppended come from EventHistory.
    void writeFailed(const QString& message);

private:
    // The calling thread's read-only connection, opened on its first read; null when the store has
    // no file (yet) or it cannot be opened. Shared so that close() never pulls it from under a read.
    std::shared_ptr<SqliteConnection> readConnection() const;
    void submitForward(EventWriter::ForwardChange change, QObject* context, Completion completion);

    StoreOptions m_options;
    QString m_path;
    EventWriter* m_writer = nullptr;
    mutable QMutex m_readersMutex;
    mutable QHash<QThread*, std::shared_ptr<SqliteConnection>> m_readers;
};
