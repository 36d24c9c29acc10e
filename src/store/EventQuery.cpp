#include "store/EventQuery.h"

#include "core/DeliveryReading.h"
#include "store/EventFilterSql.h"
#include "store/Schema.h"
#include "store/SqliteStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QByteArray rowColumns = QByteArray("id, first_arrival, unique_id, business_id, company_name, company_key,"
                                         " changed_fields, attempts, max_tries, stale, ")
    + Schema::hasBeforeCondition + ", origin, problem";

EventRow rowFrom(const SqliteStatement& query)
{
    EventRow row;
    row.id = query.columnInt64(0);
    row.firstArrival = QDateTime::fromMSecsSinceEpoch(query.columnInt64(1), Qt::UTC);
    row.uniqueId = query.columnText(2);
    row.businessId = query.columnText(3);
    row.companyName = query.columnText(4);
    row.companyKey = query.columnText(5);
    row.changedFields = query.columnText(6).split(u',', Qt::SkipEmptyParts);
    row.attempts = int(query.columnInt64(7));
    row.maxNumberOfTries = int(query.columnInt64(8));
    row.stale = query.columnInt64(9) != 0;
    row.hasBefore = query.columnInt64(10) != 0;
    row.origin = DeliveryOrigins::fromText(query.columnText(11));
    row.problem = query.columnText(12);
    return row;
}

} // namespace

EventQuery::EventQuery(QString databasePath)
    : m_path(std::move(databasePath))
{ }

bool EventQuery::ensureOpen(QString* error)
{
    if (m_db.isOpen())
        return true;
    QString reason;
    if (m_db.openReader(m_path, &reason))
        return true;
    if (error)
        *error = reason;
    return false;
}

QList<qint64> EventQuery::matchingIds(const EventFilter& filter, qint64* upTo, QString* error)
{
    QList<qint64> ids;
    *upTo = 0;
    if (!ensureOpen(error))
        return ids;
    // One read transaction, so the ids and upTo describe the same moment.
    QString ignored;
    m_db.exec("BEGIN", &ignored);
    {
        // Three statements, not one: min(id) and max(id) alone are a look at either end of the table and count(*)
        // alone counts index pages, but together they step through every row (160 ms against 10 ms at a million).
        const auto scalar = [this](const char* sql, qint64* value) {
            SqliteStatement statement;
            QString ignoredError;
            if (!statement.prepare(m_db.handle(), sql, &ignoredError) || statement.step() != SqliteStatement::Step::Row)
                return false;
            *value = statement.columnInt64(0);
            return true;
        };
        qint64 first = 0;
        qint64 count = 0;
        if (scalar("SELECT coalesce(min(id), 0) FROM events", &first)
            && scalar("SELECT coalesce(max(id), 0) FROM events", upTo)
            && scalar("SELECT count(*) FROM events", &count)) {
            // No filter and no gaps (events are never deleted): the ids are a range, no scan needed.
            if (filter.isEmpty() && count == *upTo - first + 1) {
                ids.reserve(count);
                for (qint64 id = first; id <= *upTo; ++id)
                    ids.append(id);
                m_db.exec("COMMIT", &ignored);
                return ids;
            }
        }
    }
    QVariantList binds;
    const QString condition = EventFilterSql::condition(filter, &binds);
    {
        SqliteStatement query;
        QString why;
        if (!query.prepare(m_db.handle(),
                           "SELECT id FROM events WHERE id <= ? AND " + condition.toUtf8() + " ORDER BY id", &why)) {
            if (error)
                *error = why;
            m_db.exec("COMMIT", &ignored);
            return ids;
        }
        query.bind(1, *upTo);
        EventFilterSql::bind(query, 2, binds);
        SqliteStatement::Step step;
        while ((step = query.step()) == SqliteStatement::Step::Row)
            ids.append(query.columnInt64(0));
        if (step == SqliteStatement::Step::Error && error)
            *error = query.errorMessage();
    }
    m_db.exec("COMMIT", &ignored);
    return ids;
}

QList<EventRow> EventQuery::rows(const QList<qint64>& ids, const EventFilter& filter)
{
    QList<EventRow> result;
    if (ids.isEmpty() || !ensureOpen(nullptr))
        return result;
    QByteArray idList;
    idList.reserve(ids.size() * 8);
    for (qint64 id : ids) {
        if (!idList.isEmpty())
            idList += ',';
        idList += QByteArray::number(id); // integers only: safe to inline
    }
    QVariantList binds;
    const QString condition = EventFilterSql::condition(filter, &binds);
    SqliteStatement query;
    QString ignored;
    if (!query.prepare(m_db.handle(),
                       "SELECT " + rowColumns + " FROM events WHERE id IN (" + idList + ") AND " + condition.toUtf8()
                           + " ORDER BY id",
                       &ignored))
        return result;
    EventFilterSql::bind(query, 1, binds);
    result.reserve(ids.size());
    while (query.step() == SqliteStatement::Step::Row)
        result.append(rowFrom(query));
    return result;
}

QList<EventRow> EventQuery::companyTimeline(const QString& companyKey, int limit)
{
    QList<EventRow> result;
    if (!ensureOpen(nullptr))
        return result;
    SqliteStatement query;
    QString ignored;
    if (!query.prepare(m_db.handle(),
                       "SELECT " + rowColumns + " FROM events WHERE company_key = ? ORDER BY id DESC LIMIT ?",
                       &ignored))
        return result;
    query.bindText(1, companyKey);
    query.bind(2, limit);
    while (query.step() == SqliteStatement::Step::Row)
        result.prepend(rowFrom(query));
    return result;
}

QList<CompanyFigures> EventQuery::companyFigures(const QString& companyKey, int limit)
{
    QList<CompanyFigures> result;
    if (!ensureOpen(nullptr))
        return result;
    SqliteStatement query;
    QString ignored;
    if (!query.prepare(m_db.handle(),
                       "SELECT id, first_arrival, data FROM events WHERE company_key = ? ORDER BY id DESC LIMIT ?",
                       &ignored))
        return result;
    query.bindText(1, companyKey);
    query.bind(2, limit);
    while (query.step() == SqliteStatement::Step::Row) {
        CompanyFigures figures;
        figures.eventId = query.columnInt64(0);
        figures.arrival = QDateTime::fromMSecsSinceEpoch(query.columnInt64(1), Qt::UTC);
        const QJsonObject data = QJsonDocument::fromJson(query.columnBytes(2)).object();
        figures.staff = DeliveryReading::numberIn(data.value(u"staff_number"_s));
        figures.turnover = DeliveryReading::numberIn(data.value(u"turn_over"_s));
        const QJsonValue status = data.value(u"status"_s);
        if (status.isString())
            figures.status = status.toString().trimmed();
        result.prepend(figures);
    }
    return result;
}

QList<QPair<qint64, qint64>> EventQuery::eventsPerMinute(qint64 since, qint64 upToId)
{
    QList<QPair<qint64, qint64>> result;
    if (!ensureOpen(nullptr))
        return result;
    SqliteStatement query;
    QString ignored;
    // The first_arrival index bounds the read to the hour asked for.
    if (!query.prepare(m_db.handle(),
                       "SELECT first_arrival / 60000, COUNT(*) FROM events WHERE first_arrival >= ? AND id <= ?"
                       " GROUP BY first_arrival / 60000 ORDER BY 1",
                       &ignored))
        return result;
    query.bind(1, since);
    query.bind(2, upToId);
    while (query.step() == SqliteStatement::Step::Row)
        result.append({query.columnInt64(0), query.columnInt64(1)});
    return result;
}
