#include "store/EventStore.h"

#include "store/EventStoreReader.h"
#include "store/EventWriter.h"
#include "store/Schema.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

const QByteArray eventColumns = QByteArray("id, unique_id, business_id, company_name, type, data_hash, data, raw_body,"
                                           " remote_address, first_arrival, last_arrival, attempts, max_tries, stale, ")
    + Schema::beforeDataColumn + ", changed_fields, origin, problem";

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

StoredEvent eventFromRow(const SqliteStatement& query)
{
    StoredEvent event;
    event.id = query.columnInt64(0);
    event.uniqueId = query.columnText(1);
    event.businessId = query.columnText(2);
    event.companyName = query.columnText(3);
    event.type = query.columnText(4);
    event.dataHash = query.columnBytes(5);
    event.data = QJsonDocument::fromJson(query.columnBytes(6)).object();
    event.rawBody = query.columnBytes(7);
    event.remoteAddress = query.columnText(8);
    event.firstArrival = fromMs(query.columnInt64(9));
    event.lastArrival = fromMs(query.columnInt64(10));
    event.attempts = int(query.columnInt64(11));
    event.maxNumberOfTries = int(query.columnInt64(12));
    event.stale = query.columnInt64(13) != 0;
    event.hasBefore = !query.columnIsNull(14);
    if (event.hasBefore)
        event.before = QJsonDocument::fromJson(query.columnBytes(14)).object();
    event.changedFields = query.columnText(15).split(u',', Qt::SkipEmptyParts);
    event.origin = DeliveryOrigins::fromText(query.columnText(16));
    event.problem = query.columnText(17);
    return event;
}

// Prepares sql on a read connection; false (nothing to read) without one.
bool prepare(const std::shared_ptr<SqliteConnection>& db, SqliteStatement* query, const QByteArray& sql,
             QString* error = nullptr)
{
    QString why;
    if (db && query->prepare(db->handle(), sql, &why))
        return true;
    if (error)
        *error = why;
    return false;
}

QList<StoredEvent> collectEvents(SqliteStatement& query)
{
    QList<StoredEvent> events;
    while (query.step() == SqliteStatement::Step::Row)
        events.append(eventFromRow(query));
    return events;
}

// The first column of the first row; 0 when there is none.
qint64 scalar(const std::shared_ptr<SqliteConnection>& db, const QByteArray& sql,
              std::initializer_list<qint64> values = {})
{
    SqliteStatement query;
    if (!prepare(db, &query, sql))
        return 0;
    int index = 0;
    for (qint64 value : values)
        query.bind(++index, value);
    return query.step() == SqliteStatement::Step::Row ? query.columnInt64(0) : 0;
}

} // namespace

EventStore::EventStore(QObject* parent)
    : EventHistory(parent)
{ }

EventStore::~EventStore()
{
    close();
}

QString EventStore::databaseFileName()
{
    return u"events.sqlite"_s;
}

bool EventStore::open(const StoreOptions& options, QString* error)
{
    close();
    if (options.directory.isEmpty() || !QDir().mkpath(options.directory)) {
        *error = tr("Cannot create the data folder \"%1\". Check that the path is writable or choose another "
                    "folder with --data-dir.")
                     .arg(options.directory);
        return false;
    }
    m_options = options;
    m_path = QDir(options.directory).absoluteFilePath(databaseFileName());
    m_writer = new EventWriter(m_options, m_path);
    connect(m_writer, &EventWriter::committed, this,
            [this](const QList<qint64>& newIds, const QList<qint64>& updatedIds, int rejectedCount) {
                if (!newIds.isEmpty())
                    emit eventsAppended(newIds);
                if (!updatedIds.isEmpty())
                    emit eventsUpdated(updatedIds);
                if (rejectedCount > 0)
                    emit rejectedAppended(rejectedCount);
            });
    connect(m_writer, &EventWriter::writeFailed, this, &EventStore::writeFailed);
    m_writer->start();
    if (!m_writer->waitUntilReady(error)) {
        delete m_writer;
        m_writer = nullptr;
        return false;
    }
    return true;
}

void EventStore::close()
{
    {
        // A read under way keeps its connection until it is done.
        QMutexLocker locker(&m_readersMutex);
        m_readers.clear();
    }
    if (!m_writer)
        return;
    m_writer->stop();
    m_writer->wait();
    delete m_writer;
    m_writer = nullptr;
}

bool EventStore::isOpen() const
{
    return m_writer != nullptr;
}

std::unique_ptr<EventHistoryReader> EventStore::openReader() const
{
    return std::make_unique<EventStoreReader>(*this);
}

QString EventStore::sqliteVersion()
{
    return SqliteConnection::libraryVersion();
}

QString EventStore::databasePath() const
{
    return m_path;
}

void EventStore::submit(IncomingDelivery delivery, QObject* context, Completion completion)
{
    if (!m_writer) {
        StoreOutcome outcome;
        outcome.error = tr("The event store is not open.");
        QMetaObject::invokeMethod(
            context, [completion, outcome] { completion(outcome); }, Qt::QueuedConnection);
        return;
    }
    m_writer->submit(std::move(delivery), context, std::move(completion));
}

void EventStore::logRejected(RejectedRequest rejected, QObject* context, Completion completion)
{
    if (m_writer) {
        m_writer->submitRejected(std::move(rejected), context, std::move(completion));
        return;
    }
    if (context && completion) {
        StoreOutcome outcome;
        outcome.error = tr("The event store is not open.");
        QMetaObject::invokeMethod(
            context, [completion, outcome] { completion(outcome); }, Qt::QueuedConnection);
    }
}

void EventStore::recordCatchUp(QString changesFile, QString source, QObject* context, Completion completion)
{
    if (!m_writer) {
        StoreOutcome outcome;
        outcome.error = tr("The event store is not open.");
        QMetaObject::invokeMethod(
            context, [completion, outcome] { completion(outcome); }, Qt::QueuedConnection);
        return;
    }
    m_writer->submitCatchUp(std::move(changesFile), std::move(source), context, std::move(completion));
}

void EventStore::saveForwardTarget(ForwardTarget target, QObject* context, Completion completion)
{
    submitForward({EventWriter::ForwardChange::Kind::SaveTarget, std::move(target), 0, {}}, context,
                  std::move(completion));
}

void EventStore::removeForwardTarget(qint64 targetId, QObject* context, Completion completion)
{
    submitForward({EventWriter::ForwardChange::Kind::RemoveTarget, {}, targetId, {}}, context, std::move(completion));
}

void EventStore::recordForwardResults(QList<ForwardResult> results, QObject* context, Completion completion)
{
    submitForward({EventWriter::ForwardChange::Kind::RecordResults, {}, 0, std::move(results)}, context,
                  std::move(completion));
}

void EventStore::retryFailedForwards(qint64 targetId, QObject* context, Completion completion)
{
    submitForward({EventWriter::ForwardChange::Kind::RetryFailed, {}, targetId, {}}, context, std::move(completion));
}

void EventStore::submitForward(EventWriter::ForwardChange change, QObject* context, Completion completion)
{
    if (!m_writer) {
        if (context && completion) {
            StoreOutcome outcome;
            outcome.error = tr("The event store is not open.");
            QMetaObject::invokeMethod(
                context, [completion, outcome] { completion(outcome); }, Qt::QueuedConnection);
        }
        return;
    }
    m_writer->submitForward(std::move(change), context, std::move(completion));
}

bool EventStore::flush(int timeoutMs)
{
    return !m_writer || m_writer->flush(timeoutMs);
}

std::shared_ptr<SqliteConnection> EventStore::readConnection() const
{
    QMutexLocker locker(&m_readersMutex);
    std::shared_ptr<SqliteConnection>& connection = m_readers[QThread::currentThread()];
    if (!connection && !m_path.isEmpty()) { // not open: reads find nothing, and no empty database is made up
        auto opened = std::make_shared<SqliteConnection>();
        QString error;
        if (opened->openReader(m_path, &error))
            connection = std::move(opened);
    }
    return connection;
}

qint64 EventStore::eventCount() const
{
    return scalar(readConnection(), "SELECT count(*) FROM events");
}

qint64 EventStore::maxEventId() const
{
    return scalar(readConnection(), "SELECT coalesce(max(id), 0) FROM events");
}

QList<StoredEvent> EventStore::events(qint64 offset, int limit) const
{
    const std::shared_ptr<SqliteConnection> db = readConnection();
    SqliteStatement query;
    if (!prepare(db, &query, "SELECT " + eventColumns + " FROM events ORDER BY id LIMIT ? OFFSET ?"))
        return {};
    query.bind(1, limit);
    query.bind(2, offset);
    return collectEvents(query);
}

QList<StoredEvent> EventStore::eventsByIds(const QList<qint64>& ids) const
{
    QList<StoredEvent> result;
    const std::shared_ptr<SqliteConnection> db = readConnection();
    SqliteStatement query;
    if (!prepare(db, &query, "SELECT " + eventColumns + " FROM events WHERE id = ?"))
        return result;
    for (qint64 id : ids) {
        query.bind(1, id);
        if (query.step() == SqliteStatement::Step::Row)
            result.append(eventFromRow(query));
        query.reset();
    }
    return result;
}

std::optional<StoredEvent> EventStore::eventById(qint64 id) const
{
    const QList<StoredEvent> found = eventsByIds({id});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<StoredEvent> EventStore::timeline(const QString& businessId) const
{
    const std::shared_ptr<SqliteConnection> db = readConnection();
    SqliteStatement query;
    if (!prepare(db, &query, "SELECT " + eventColumns + " FROM events WHERE company_key = ? ORDER BY id"))
        return {};
    query.bindText(1, businessId);
    return collectEvents(query);
}

QList<FieldChange> EventStore::fieldChanges(qint64 eventId) const
{
    const std::optional<StoredEvent> stored = eventById(eventId);
    if (!stored)
        return {};
    return diffCompanyData(stored->before, stored->data);
}

QList<DeliveryAttempt> EventStore::attempts(qint64 eventId) const
{
    QList<DeliveryAttempt> result;
    const std::shared_ptr<SqliteConnection> db = readConnection();
    SqliteStatement query;
    // An empty raw_body means "the event's own body" (the first attempt; see Schema).
    if (!prepare(db, &query,
                 "SELECT a.id, a.event_id, a.arrival, a.number_of_tries, a.remote_address, a.headers,"
                 " CASE WHEN length(a.raw_body) = 0 THEN e.raw_body ELSE a.raw_body END"
                 " FROM attempts a JOIN events e ON e.id = a.event_id WHERE a.event_id = ? ORDER BY a.id"))
        return result;
    query.bind(1, eventId);
    while (query.step() == SqliteStatement::Step::Row) {
        DeliveryAttempt attempt;
        attempt.id = query.columnInt64(0);
        attempt.eventId = query.columnInt64(1);
        attempt.arrival = fromMs(query.columnInt64(2));
        attempt.numberOfTries = int(query.columnInt64(3));
        attempt.remoteAddress = query.columnText(4);
        attempt.headersJson = query.columnBytes(5);
        attempt.rawBody = query.columnBytes(6);
        result.append(attempt);
    }
    return result;
}

QList<RejectedRequest> EventStore::rejected(int limit, int bodyPreviewBytes) const
{
    QList<RejectedRequest> result;
    const std::shared_ptr<SqliteConnection> db = readConnection();
    SqliteStatement query;
    if (!prepare(db, &query,
                 "SELECT id, arrival, remote_address, method, path, status, reason, body_size,"
                 " length(body), substr(body, 1, ?) FROM rejected ORDER BY id DESC LIMIT ?"))
        return result;
    query.bind(1, qMax(0, bodyPreviewBytes));
    query.bind(2, limit);
    while (query.step() == SqliteStatement::Step::Row) {
        RejectedRequest row;
        row.id = query.columnInt64(0);
        row.arrival = fromMs(query.columnInt64(1));
        row.remoteAddress = query.columnText(2);
        row.method = query.columnText(3);
        row.path = query.columnText(4);
        row.status = int(query.columnInt64(5));
        row.reason = query.columnText(6);
        row.bodySize = query.columnInt64(7);
        if (!query.columnIsNull(8)) {
            row.keptBodySize = query.columnInt64(8);
            row.body = query.columnBytes(9);
        }
        result.append(row);
    }
    return result;
}

QByteArray EventStore::rejectedBody(qint64 id) const
{
    const std::shared_ptr<SqliteConnection> db = readConnection();
    SqliteStatement query;
    if (!prepare(db, &query, "SELECT body FROM rejected WHERE id = ?"))
        return {};
    query.bind(1, id);
    return query.step() == SqliteStatement::Step::Row ? query.columnBytes(0) : QByteArray();
}

StoreCounters EventStore::counters() const
{
    const std::shared_ptr<SqliteConnection> db = readConnection();
    StoreCounters counters;
    const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    // One read transaction: the totals and the sums describe the same moment.
    QString ignored;
    const bool inTransaction = db && db->exec("BEGIN", &ignored);
    counters.events = scalar(db, "SELECT count(*) FROM events"); // the smallest index, not the table
    {
        // Only the events that count, from the partial index events_repeats (Schema's read indexes; its WHERE,
        // word for word). Finalized before the COMMIT below.
        SqliteStatement query;
        if (prepare(db, &query,
                    "SELECT coalesce(sum(attempts - 1), 0), coalesce(sum(max_tries > 1), 0),"
                    " coalesce(sum(stale <> 0), 0) FROM events WHERE attempts > 1 OR max_tries > 1 OR stale <> 0")
            && query.step() == SqliteStatement::Step::Row) {
            counters.duplicates = query.columnInt64(0);
            counters.retries = query.columnInt64(1);
            counters.stale = query.columnInt64(2);
        }
    }
    counters.eventsToday = scalar(db, "SELECT count(*) FROM events WHERE first_arrival >= ?", {midnight});
    counters.rejected = scalar(db, "SELECT count(*) FROM rejected");
    if (inTransaction)
        db->exec("COMMIT", &ignored);
    return counters;
}

bool EventStore::forEachEvent(const QDateTime& since, const std::function<bool(const StoredEvent&)>& visit,
                              QString* error, bool includeTests) const
{
    const std::shared_ptr<SqliteConnection> db = readConnection();
    if (!db) {
        if (error)
            *error = tr("Cannot read the event database %1.").arg(m_path);
        return false;
    }
    SqliteStatement query;
    QString why;
    const QByteArray sql = "SELECT " + eventColumns + " FROM events WHERE first_arrival >= ?"
        + (includeTests ? QByteArray() : QByteArray(" AND origin <> 'test'")) + " ORDER BY id";
    if (!prepare(db, &query, sql, &why)) {
        if (error)
            *error = why;
        return false;
    }
    query.bind(1, since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    for (;;) {
        switch (query.step()) {
        case SqliteStatement::Step::Row:
            if (!visit(eventFromRow(query)))
                return true;
            break;
        case SqliteStatement::Step::Done:
            return true;
        case SqliteStatement::Step::Error:
            if (error)
                *error = query.errorMessage();
            return false;
        }
    }
}
