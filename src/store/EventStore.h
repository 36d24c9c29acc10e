#pragma once

#include "core/EventHistory.h"
#include "core/FieldChange.h"
#include "core/RejectedRequest.h"
#include "store/DeliveryAttempt.h"
#include "store/IncomingDelivery.h"
#include "store/StoreCounters.h"
#include "store/StoreOptions.h"
#include "store/StoreOutcome.h"
#include "store/StoredEvent.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class EventWriter;

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

    // Thread-safe. completion(outcome) runs in context's thread (dropped if context is gone).
    void submit(IncomingDelivery delivery, QObject* context, Completion completion);
    // Thread-safe. With a context, completion runs in its thread once the refusal is committed.
    void logRejected(RejectedRequest rejected, QObject* context = nullptr, Completion completion = {});
    // Thread-safe. Records the changes of a catch-up run (a CatchUpChanges file) in one transaction;
    // completion runs in context's thread with the number recorded (StoreOutcome::recorded).
    void recordCatchUp(QString changesFile, QString source, QObject* context, Completion completion);
    bool flush(int timeoutMs = 30000); // waits until everything submitted so far is written

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
    QSqlDatabase readConnection() const;

    StoreOptions m_options;
    QString m_path;
    EventWriter* m_writer = nullptr;
};
