#include "store/EventQuery.h"

#include "store/EventFilterSql.h"
#include "store/StoreDatabase.h"
#include "store/StoreOptions.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString rowColumns = u"id, first_arrival, unique_id, business_id, company_name, company_key, changed_fields,"
                           " attempts, max_tries, stale, before_data IS NOT NULL, origin, problem"_s;

EventRow rowFrom(const QSqlQuery& query)
{
    EventRow row;
    row.id = query.value(0).toLongLong();
    row.firstArrival = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    row.uniqueId = query.value(2).toString();
    row.businessId = query.value(3).toString();
    row.companyName = query.value(4).toString();
    row.companyKey = query.value(5).toString();
    row.changedFields = query.value(6).toString().split(u',', Qt::SkipEmptyParts);
    row.attempts = query.value(7).toInt();
    row.maxNumberOfTries = query.value(8).toInt();
    row.stale = query.value(9).toInt() != 0;
    row.hasBefore = query.value(10).toInt() != 0;
    row.origin = DeliveryOrigins::fromText(query.value(11).toString());
    row.problem = query.value(12).toString();
    return row;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"vw_event_query_%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

EventQuery::EventQuery(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connectionName(nextConnectionName())
{ }

EventQuery::~EventQuery()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool EventQuery::ensureOpen(QString* error)
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName, false).isOpen();
    QString reason;
    const QSqlDatabase db
        = StoreDatabase::open(m_connectionName, m_path, StoreDatabase::Mode::Reader, StoreOptions {}, &reason);
    if (!db.isOpen() && error)
        *error = reason;
    return db.isOpen();
}

QList<qint64> EventQuery::matchingIds(const EventFilter& filter, qint64* upTo, QString* error)
{
    QList<qint64> ids;
    *upTo = 0;
    if (!ensureOpen(error))
        return ids;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // One read transaction, so the ids and upTo describe the same moment.
    db.transaction();
    QSqlQuery bounds(db);
    if (bounds.exec(u"SELECT coalesce(min(id), 0), coalesce(max(id), 0), count(*) FROM events"_s) && bounds.next()) {
        const qint64 first = bounds.value(0).toLongLong();
        *upTo = bounds.value(1).toLongLong();
        const qint64 count = bounds.value(2).toLongLong();
        // No filter and no gaps (events are never deleted): the ids are a range, no scan needed.
        if (filter.isEmpty() && count == *upTo - first + 1) {
            ids.reserve(count);
            for (qint64 id = first; id <= *upTo; ++id)
                ids.append(id);
            db.commit();
            return ids;
        }
    }
    QVariantList binds;
    const QString condition = EventFilterSql::condition(filter, &binds);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM events WHERE id <= ? AND "_s + condition + u" ORDER BY id"_s);
    query.addBindValue(*upTo);
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        db.commit();
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    db.commit();
    return ids;
}

QList<EventRow> EventQuery::rows(const QList<qint64>& ids, const EventFilter& filter)
{
    QList<EventRow> result;
    if (ids.isEmpty() || !ensureOpen(nullptr))
        return result;
    QStringList idList;
    idList.reserve(ids.size());
    for (qint64 id : ids)
        idList.append(QString::number(id)); // integers only: safe to inline
    QVariantList binds;
    const QString condition = EventFilterSql::condition(filter, &binds);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + rowColumns + u" FROM events WHERE id IN ("_s + idList.join(u',') + u") AND "_s
                  + condition + u" ORDER BY id"_s);
    for (const QVariant& value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(rowFrom(query));
    return result;
}

QList<EventRow> EventQuery::companyTimeline(const QString& companyKey, int limit)
{
    QList<EventRow> result;
    if (!ensureOpen(nullptr))
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + rowColumns + u" FROM events WHERE company_key = ? ORDER BY id DESC LIMIT ?"_s);
    query.addBindValue(companyKey);
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next())
        result.prepend(rowFrom(query));
    return result;
}
