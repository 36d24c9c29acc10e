#include "store/EventStats.h"

#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

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

bool EventStats::count(Dimension dimension, const Range& range, QList<Bucket>* buckets, QString* error)
{
    buckets->clear();
    QByteArray where = "1";
    if (!range.includeTests)
        where += " AND origin <> 'test'";
    if (range.since.isValid())
        where += " AND first_arrival >= ?1";
    if (range.until.isValid())
        where += " AND first_arrival < ?2";
    if (dimension == Dimension::Field)
        where += " AND before_data IS NOT NULL AND stale = 0 AND origin <> 'unrecognised' AND changed_fields <> ''";
    const QByteArray bucket = bucketExpression(dimension, range.utc);
    const QByteArray sql
        = "SELECT " + bucket + " AS bucket, count(*) FROM events WHERE " + where + " GROUP BY bucket ORDER BY bucket";
    SqliteStatement query;
    if (!ensureOpen(error) || !query.prepare(m_connection->handle(), sql, error))
        return false;
    if (range.since.isValid())
        query.bind(1, range.since.toMSecsSinceEpoch());
    if (range.until.isValid())
        query.bind(2, range.until.toMSecsSinceEpoch());

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
