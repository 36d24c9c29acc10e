#include "store/EventStats.h"

#include "core/DeliveryOrigin.h"
#include "store/EventFilterSql.h"
#include "store/Schema.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QHash>
#include <QMap>
#include <QVariantList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 quarterHourMs = 15 * 60 * 1000;

struct DimensionName
{
    EventStats::Dimension dimension;
    QLatin1StringView name;
};

constexpr DimensionName dimensionNameList[] = {
    {EventStats::Dimension::Day, QLatin1StringView("day")},
    {EventStats::Dimension::Hour, QLatin1StringView("hour")},
    {EventStats::Dimension::Field, QLatin1StringView("field")},
    {EventStats::Dimension::Region, QLatin1StringView("region")},
    {EventStats::Dimension::Company, QLatin1StringView("company")},
    {EventStats::Dimension::Origin, QLatin1StringView("origin")},
};

// The bucket of each event (one SQL expression) and what narrows the events down, for one dimension.
QByteArray bucketExpression(EventStats::Dimension dimension, bool utc)
{
    const QByteArray zone = utc ? QByteArray() : QByteArray(", 'localtime'");
    switch (dimension) {
    case EventStats::Dimension::Day:
        return "strftime('%Y-%m-%d', first_arrival / 1000, 'unixepoch'" + zone + ")";
    case EventStats::Dimension::Hour:
        return "strftime('%Y-%m-%dT%H:00', first_arrival / 1000, 'unixepoch'" + zone + ")";
    case EventStats::Dimension::Field:
        return "changed_fields"; // a comma-separated list: split below
    case EventStats::Dimension::Region:
        // Liberal in what is read: a body that is not an object, or a region that is a number, still counts.
        return "CASE WHEN json_valid(data) AND json_type(data) = 'object' THEN json_extract(data, '$.region') END";
    case EventStats::Dimension::Company:
        return "CASE WHEN origin = 'unrecognised' THEN NULL"
               " ELSE coalesce(nullif(business_id, ''), company_key) END";
    case EventStats::Dimension::Origin:
        return "origin";
    }
    return "NULL";
}

bool isTimeDimension(EventStats::Dimension dimension)
{
    return dimension == EventStats::Dimension::Day || dimension == EventStats::Dimension::Hour;
}

// An event that changed at least one field (what Field counts): not a company's first event, not stale, not an
// unrecognised body.
const QByteArray changedSomething
    = Schema::hasBeforeCondition + QByteArray(" AND stale = 0 AND origin <> 'unrecognised' AND changed_fields <> ''");

// The events a range takes in, as a SQL condition, its values appended to binds in the order of their `?`.
QByteArray rangeCondition(const EventStats::Range& range, QVariantList* binds)
{
    QByteArray where = "1";
    if (!range.includeTests)
        where += " AND origin <> 'test'";
    if (range.since.isValid()) {
        where += " AND first_arrival >= ?";
        binds->append(range.since.toMSecsSinceEpoch());
    }
    if (range.until.isValid()) {
        where += " AND first_arrival < ?";
        binds->append(range.until.toMSecsSinceEpoch());
    }
    if (!range.filter.isEmpty())
        where += " AND (" + EventFilterSql::condition(range.filter, binds).toUtf8() + ')';
    return where;
}

QByteArray originLiteral(DeliveryOrigin origin)
{
    return '\'' + DeliveryOrigins::toText(origin).toLatin1() + '\'';
}

} // namespace

EventStats::EventStats(QString databasePath)
    : m_path(std::move(databasePath))
{ }

EventStats::~EventStats() = default;

std::optional<EventStats::Dimension> EventStats::dimensionFromText(const QString& text)
{
    for (const DimensionName& entry : dimensionNameList) {
        if (text.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.dimension;
    }
    return std::nullopt;
}

QStringList EventStats::dimensionNames()
{
    QStringList names;
    for (const DimensionName& entry : dimensionNameList)
        names.append(entry.name);
    return names;
}

bool EventStats::ensureOpen(QString* error)
{
    if (m_connection)
        return true;
    auto connection = std::make_unique<SqliteConnection>();
    if (!connection->openReader(m_path, error))
        return false;
    m_connection = std::move(connection);
    return true;
}

bool EventStats::prepare(SqliteStatement& query, const QByteArray& sql, const QVariantList& binds, QString* error)
{
    if (!ensureOpen(error) || !query.prepare(m_connection->handle(), sql, error))
        return false;
    EventFilterSql::bind(query, 1, binds);
    return true;
}

bool EventStats::count(Dimension dimension, const Range& range, QList<Bucket>* buckets, QString* error)
{
    buckets->clear();
    QVariantList binds;
    QByteArray where = rangeCondition(range, &binds);
    if (dimension == Dimension::Field)
        where += " AND " + changedSomething;
    const QByteArray bucket = bucketExpression(dimension, range.utc);
    const QByteArray sql
        = "SELECT " + bucket + " AS bucket, count(*) FROM events WHERE " + where + " GROUP BY bucket ORDER BY bucket";
    SqliteStatement query;
    if (!prepare(query, sql, binds, error))
        return false;

    QHash<QString, qint64> fieldCounts; // --by field: each distinct list of changed fields once, then split
    for (;;) {
        const SqliteStatement::Step step = query.step();
        if (step == SqliteStatement::Step::Error) {
            *error = query.errorMessage();
            return false;
        }
        if (step == SqliteStatement::Step::Done)
            break;
        const QString name = query.columnText(0);
        const qint64 count = query.columnInt64(1);
        if (dimension == Dimension::Field) {
            for (const QString& field : name.split(u',', Qt::SkipEmptyParts))
                fieldCounts[field] += count;
        } else {
            // An hour in UTC says so; a day needs no zone letter.
            buckets->append({dimension == Dimension::Hour && range.utc ? name + u'Z' : name, count});
        }
    }
    for (auto field = fieldCounts.cbegin(); field != fieldCounts.cend(); ++field)
        buckets->append({field.key(), field.value()});
    if (!isTimeDimension(dimension)) {
        std::sort(buckets->begin(), buckets->end(), [](const Bucket& a, const Bucket& b) {
            if (a.count != b.count)
                return a.count > b.count;
            if (a.name.isNull() != b.name.isNull())
                return b.name.isNull();
            return a.name < b.name;
        });
    }
    return true;
}

bool EventStats::countByOrigin(Dimension time, const Range& range, QList<OriginSplit>* splits, QString* error)
{
    Totals ignored;
    return activity(time, range, &ignored, splits, error);
}

bool EventStats::activity(Dimension time, const Range& range, Totals* totals, QList<OriginSplit>* splits,
                          QString* error)
{
    *totals = {};
    splits->clear();
    Q_ASSERT(isTimeDimension(time));
    QVariantList binds;
    const QByteArray where = rangeCondition(range, &binds);
    // Grouped by quarter hours since the epoch, which every time zone's days and hours are made of, and named as
    // days or hours here: SQLite's strftime() with 'localtime' per row cost more than the rest of the pass. A
    // QByteArray, not a QStringBuilder: the builder would outlive the temporaries it refers to.
    const auto fresh = [](DeliveryOrigin origin) -> QByteArray {
        return "sum(stale = 0 AND origin = " + originLiteral(origin) + ')';
    };
    // Any origin text this version does not know counts as a delivery, as DeliveryOrigins::fromText() reads it.
    const QByteArray otherThanDelivery = "sum(stale = 0 AND origin NOT IN (" + originLiteral(DeliveryOrigin::CatchUp)
        + ", " + originLiteral(DeliveryOrigin::Unrecognised) + ", " + originLiteral(DeliveryOrigin::Test) + "))";
    const QByteArray sql = "SELECT first_arrival / " + QByteArray::number(quarterHourMs) + " AS quarter, "
        + otherThanDelivery + ", " + fresh(DeliveryOrigin::CatchUp) + ", " + fresh(DeliveryOrigin::Unrecognised) + ", "
        + fresh(DeliveryOrigin::Test) + ", sum(stale <> 0), sum(attempts - 1) FROM events WHERE " + where
        + " GROUP BY quarter ORDER BY quarter";
    SqliteStatement query;
    if (!prepare(query, sql, binds, error))
        return false;
    // Local time as SQLite's 'localtime' and `count()` take it: the C library's.
    const Qt::TimeSpec zone = range.utc ? Qt::UTC : Qt::LocalTime;
    const QString format = time == Dimension::Day ? u"yyyy-MM-dd"_s : u"yyyy-MM-ddTHH:00"_s;
    QMap<QString, OriginSplit> byTime; // the names sort in time order, as before
    SqliteStatement::Step step;
    while ((step = query.step()) == SqliteStatement::Step::Row) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(query.columnInt64(0) * quarterHourMs, zone);
        QString name = start.toString(format);
        if (time == Dimension::Hour && range.utc)
            name += u'Z';
        OriginSplit& split = byTime[name];
        split.time = name;
        split.delivery += query.columnInt64(1);
        split.catchUp += query.columnInt64(2);
        split.unrecognised += query.columnInt64(3);
        split.test += query.columnInt64(4);
        split.stale += query.columnInt64(5);
        totals->duplicateAttempts += query.columnInt64(6);
    }
    if (step == SqliteStatement::Step::Error) {
        *error = query.errorMessage();
        return false;
    }
    for (const OriginSplit& split : std::as_const(byTime)) {
        totals->events += split.total();
        totals->stale += split.stale;
        splits->append(split);
    }
    return true;
}

bool EventStats::totals(const Range& range, Totals* totals, QString* error)
{
    *totals = {};
    QVariantList binds;
    const QByteArray sql = "SELECT count(*), coalesce(sum(stale <> 0), 0), coalesce(sum(attempts - 1), 0)"
                           " FROM events WHERE "
        + rangeCondition(range, &binds);
    SqliteStatement query;
    if (!prepare(query, sql, binds, error))
        return false;
    if (query.step() != SqliteStatement::Step::Row) {
        *error = query.errorMessage();
        return false;
    }
    totals->events = query.columnInt64(0);
    totals->stale = query.columnInt64(1);
    totals->duplicateAttempts = query.columnInt64(2);
    return true;
}

bool EventStats::mostChangedCompanies(const Range& range, int limit, QList<CompanyChanges>* companies, QString* error)
{
    companies->clear();
    QVariantList binds;
    const QByteArray where = rangeCondition(range, &binds) + " AND " + changedSomething;
    binds.append(qint64(limit));
    // With max(id), SQLite takes the bare columns (the name) from the newest event of each company.
    const QByteArray sql = "SELECT " + bucketExpression(Dimension::Company, range.utc)
        + " AS company, coalesce(business_id, ''), company_name, max(id), count(*) AS changes FROM events WHERE "
        + where + " GROUP BY company ORDER BY changes DESC, company LIMIT ?";
    SqliteStatement query;
    if (!prepare(query, sql, binds, error))
        return false;
    SqliteStatement::Step step;
    while ((step = query.step()) == SqliteStatement::Step::Row)
        companies->append({query.columnText(1), query.columnText(2), query.columnInt64(4)});
    if (step == SqliteStatement::Step::Error) {
        *error = query.errorMessage();
        return false;
    }
    return true;
}

bool EventStats::rankings(const Range& range, int top, Overview* overview, QString* error)
{
    const bool read = count(Dimension::Field, range, &overview->fields, error)
        && count(Dimension::Region, range, &overview->regions, error)
        && mostChangedCompanies(range, top, &overview->companies, error);
    if (overview->fields.size() > top)
        overview->fields.resize(top);
    if (overview->regions.size() > top)
        overview->regions.resize(top);
    return read;
}

bool EventStats::overview(Dimension time, const Range& range, int top, Overview* overview, QString* error)
{
    *overview = {};
    if (!ensureOpen(error))
        return false;
    QString ignored;
    m_connection->exec("BEGIN", &ignored);
    const bool read
        = activity(time, range, &overview->totals, &overview->activity, error) && rankings(range, top, overview, error);
    m_connection->exec("COMMIT", &ignored);
    return read;
}
