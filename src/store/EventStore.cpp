#include "store/EventStore.h"

#include "store/EventStoreReader.h"
#include "store/EventWriter.h"
#include "store/StoreDatabase.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString eventColumns = u"id, unique_id, business_id, company_name, type, data_hash, data, raw_body,"
                             " remote_address, first_arrival, last_arrival, attempts, max_tries, stale,"
                             " before_data, changed_fields, origin, problem"_s;

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

StoredEvent eventFromRow(const QSqlQuery& query)
{
    StoredEvent event;
    event.id = query.value(0).toLongLong();
    event.uniqueId = query.value(1).toString();
    event.businessId = query.value(2).toString();
    event.companyName = query.value(3).toString();
    event.type = query.value(4).toString();
    event.dataHash = query.value(5).toString().toLatin1();
    event.data = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    event.rawBody = query.value(7).toByteArray();
    event.remoteAddress = query.value(8).toString();
    event.firstArrival = fromMs(query.value(9).toLongLong());
    event.lastArrival = fromMs(query.value(10).toLongLong());
    event.attempts = query.value(11).toInt();
    event.maxNumberOfTries = query.value(12).toInt();
    event.stale = query.value(13).toInt() != 0;
    event.hasBefore = !query.value(14).isNull();
    if (event.hasBefore)
        event.before = QJsonDocument::fromJson(query.value(14).toString().toUtf8()).object();
    event.changedFields = query.value(15).toString().split(u',', Qt::SkipEmptyParts);
    event.origin = DeliveryOrigins::fromText(query.value(16).toString());
    event.problem = query.value(17).toString();
    return event;
}

QList<StoredEvent> collectEvents(QSqlQuery& query)
{
    QList<StoredEvent> events;
    while (query.next())
        events.append(eventFromRow(query));
    return events;
}

qint64 scalar(QSqlDatabase db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QMutex& connectionsMutex()
{
    static QMutex mutex;
    return mutex;
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
    if (!m_writer)
        return;
    m_writer->stop();
    m_writer->wait();
    delete m_writer;
    m_writer = nullptr;
    const QString prefix = u"vw_store_read_%1_"_s.arg(quintptr(this));
    QMutexLocker locker(&connectionsMutex());
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names) {
        if (name.startsWith(prefix))
            QSqlDatabase::removeDatabase(name);
    }
}

bool EventStore::isOpen() const
{
    return m_writer != nullptr;
}

std::unique_ptr<EventHistoryReader> EventStore::openReader() const
{
    return std::make_unique<EventStoreReader>(*this);
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

bool EventStore::flush(int timeoutMs)
{
    return !m_writer || m_writer->flush(timeoutMs);
}

QSqlDatabase EventStore::readConnection() const
{
    const QString name = u"vw_store_read_%1_%2"_s.arg(quintptr(this)).arg(quintptr(QThread::currentThread()));
    QMutexLocker locker(&connectionsMutex());
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase cached = QSqlDatabase::database(name, false);
            if (cached.isOpen() && cached.databaseName() == m_path)
                return cached;
        } // a connection to another file: a page read before this store opened, or before it moved
        QSqlDatabase::removeDatabase(name);
    }
    if (m_path.isEmpty())
        return {}; // not open: reads find nothing, and no empty database is made up to read from
    QString error;
    QSqlDatabase db = StoreDatabase::open(name, m_path, StoreDatabase::Mode::Reader, m_options, &error);
    return db;
}

qint64 EventStore::eventCount() const
{
    return scalar(readConnection(), u"SELECT count(*) FROM events"_s);
}

qint64 EventStore::maxEventId() const
{
    return scalar(readConnection(), u"SELECT coalesce(max(id), 0) FROM events"_s);
}

QList<StoredEvent> EventStore::events(qint64 offset, int limit) const
{
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + eventColumns + u" FROM events ORDER BY id LIMIT ? OFFSET ?"_s);
    query.addBindValue(limit);
    query.addBindValue(offset);
    query.exec();
    return collectEvents(query);
}

QList<StoredEvent> EventStore::eventsByIds(const QList<qint64>& ids) const
{
    QList<StoredEvent> result;
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + eventColumns + u" FROM events WHERE id = ?"_s);
    for (qint64 id : ids) {
        query.addBindValue(id);
        if (query.exec() && query.next())
            result.append(eventFromRow(query));
        query.finish();
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
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + eventColumns + u" FROM events WHERE company_key = ? ORDER BY id"_s);
    query.addBindValue(businessId);
    query.exec();
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
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    // An empty raw_body means "the event's own body" (the first attempt; see Schema).
    query.prepare(u"SELECT a.id, a.event_id, a.arrival, a.number_of_tries, a.remote_address, a.headers,"
                  " CASE WHEN length(a.raw_body) = 0 THEN e.raw_body ELSE a.raw_body END"
                  " FROM attempts a JOIN events e ON e.id = a.event_id WHERE a.event_id = ? ORDER BY a.id"_s);
    query.addBindValue(eventId);
    query.exec();
    while (query.next()) {
        DeliveryAttempt attempt;
        attempt.id = query.value(0).toLongLong();
        attempt.eventId = query.value(1).toLongLong();
        attempt.arrival = fromMs(query.value(2).toLongLong());
        attempt.numberOfTries = query.value(3).toInt();
        attempt.remoteAddress = query.value(4).toString();
        attempt.headersJson = query.value(5).toString().toUtf8();
        attempt.rawBody = query.value(6).toByteArray();
        result.append(attempt);
    }
    return result;
}

QList<RejectedRequest> EventStore::rejected(int limit, int bodyPreviewBytes) const
{
    QList<RejectedRequest> result;
    QSqlQuery query(readConnection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, arrival, remote_address, method, path, status, reason, body_size,"
                  " length(body), substr(body, 1, ?) FROM rejected ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(qMax(0, bodyPreviewBytes));
    query.addBindValue(limit);
    query.exec();
    while (query.next()) {
        RejectedRequest row;
        row.id = query.value(0).toLongLong();
        row.arrival = fromMs(query.value(1).toLongLong());
        row.remoteAddress = query.value(2).toString();
        row.method = query.value(3).toString();
        row.path = query.value(4).toString();
        row.status = query.value(5).toInt();
        row.reason = query.value(6).toString();
        row.bodySize = query.value(7).toLongLong();
        if (!query.value(8).isNull()) {
            row.keptBodySize = query.value(8).toLongLong();
            row.body = query.value(9).toByteArray();
        }
        result.append(row);
    }
    return result;
}

QByteArray EventStore::rejectedBody(qint64 id) const
{
    QSqlQuery query(readConnection());
    query.prepare(u"SELECT body FROM rejected WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

StoreCounters EventStore::counters() const
{
    QSqlDatabase db = readConnection();
    StoreCounters counters;
    const qint64 midnight = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    QSqlQuery query(db);
    if (query.exec(u"SELECT count(*), coalesce(sum(attempts - 1), 0), coalesce(sum(max_tries > 1), 0),"
                   " coalesce(sum(stale), 0) FROM events"_s)
        && query.next()) {
        counters.events = query.value(0).toLongLong();
        counters.duplicates = query.value(1).toLongLong();
        counters.retries = query.value(2).toLongLong();
        counters.stale = query.value(3).toLongLong();
    }
    counters.eventsToday = scalar(db, u"SELECT count(*) FROM events WHERE first_arrival >= ?"_s, {midnight});
    counters.rejected = scalar(db, u"SELECT count(*) FROM rejected"_s);
    return counters;
}

bool EventStore::forEachEvent(const QDateTime& since, const std::function<bool(const StoredEvent&)>& visit,
                              QString* error, bool includeTests) const
{
    QSqlDatabase db = readConnection();
    if (!db.isOpen()) {
        if (error)
            *error = tr("Cannot read the event database %1.").arg(m_path);
        return false;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + eventColumns + u" FROM events WHERE first_arrival >= ?"_s
                  + (includeTests ? QString() : u" AND origin <> 'test'"_s) + u" ORDER BY id"_s);
    query.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        if (!visit(eventFromRow(query)))
            break;
    }
    return true;
}
