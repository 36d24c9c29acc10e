#pragma once

#include "core/EventFilter.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>
#include <optional>

class SqliteConnection;
class SqliteStatement;

// Counts over the event history (`events stats`), each from one SQL aggregate on a read-only connection of its
// own, never from events loaded one by one. Every event counts once: another attempt of an event (Vainu's retry of
// the same delivery) is not a new one. Test deliveries are left out unless asked for. Use one object in one thread.
class EventStats
{
public:
    enum class Dimension
    {
        Day, // first arrival, in local time or UTC: "2026-12-05"
        Hour, // "2026-12-05T14:00" (local time) or "2026-12-05T14:00Z"
        Field, // each field an event changed against the company's previous known state; a company's first event,
               // a stale event (an older state arriving late) and an unrecognised body change nothing
        Region, // the company's region in the event's data
        Company, // by business id (the company key when it has none)
        Origin, // delivery, catch-up, unrecognised (test)
    };

    struct Range
    {
        QDateTime since; // first arrival at or after it, when valid
        QDateTime until; // first arrival before it, when valid
        bool utc = false; // days and hours in UTC rather than in local time
        bool includeTests = false;
        EventFilter filter; // only the events it matches (the Live events page's filters)
    };

    struct Bucket
    {
        QString name; // null: the events have none (no region, no company)
        qint64 count = 0;
        friend bool operator==(const Bucket& a, const Bucket& b) { return a.name == b.name && a.count == b.count; }
    };

    // Events of one day or hour by how they came in. A stale event (an older state arriving late) counts as stale
    // rather than under its origin, so the parts add up to the events of the time.
    struct OriginSplit
    {
        QString time; // as Day and Hour name them
        qint64 delivery = 0;
        qint64 catchUp = 0;
        qint64 unrecognised = 0;
        qint64 test = 0;
        qint64 stale = 0;
        qint64 total() const { return delivery + catchUp + unrecognised + test + stale; }
        bool operator==(const OriginSplit&) const = default;
    };

    struct Totals
    {
        qint64 events = 0;
        qint64 stale = 0;
        qint64 duplicateAttempts = 0; // Vainu's retries of a delivery already stored: attempts, not events
        bool operator==(const Totals&) const = default;
    };

    // A company by its changes: events that changed at least one field, as Field counts them.
    struct CompanyChanges
    {
        QString businessId; // empty when the company has none
        QString name; // as its newest event in the range spells it
        qint64 changes = 0;
        bool operator==(const CompanyChanges&) const = default;
    };

    // Everything the Live events page's Overview shows, read in one transaction so that the parts agree.
    struct Overview
    {
        Totals totals;
        QList<OriginSplit> activity; // in time order; times without events are left out
        QList<Bucket> fields; // the most changed first
        QList<Bucket> regions;
        QList<CompanyChanges> companies;
    };

    explicit EventStats(QString databasePath);
    ~EventStats();
    EventStats(const EventStats&) = delete;
    EventStats& operator=(const EventStats&) = delete;

    static std::optional<Dimension> dimensionFromText(const QString& text);
    static QStringList dimensionNames(); // as --by takes them

    // Days and hours in time order; the others by count, largest first (then by name, none last).
    bool count(Dimension dimension, const Range& range, QList<Bucket>* buckets, QString* error);
    // `time` is Day or Hour.
    bool countByOrigin(Dimension time, const Range& range, QList<OriginSplit>* splits, QString* error);
    bool totals(const Range& range, Totals* totals, QString* error);
    // The `limit` companies with the most changes, most first (then by business id).
    bool mostChangedCompanies(const Range& range, int limit, QList<CompanyChanges>* companies, QString* error);
    // The totals and the events per `time` (Day or Hour) by origin, in one pass over the range: what the Overview
    // draws first.
    bool activity(Dimension time, const Range& range, Totals* totals, QList<OriginSplit>* splits, QString* error);
    // The `top` fields, regions and companies (the rest of the Overview); leaves totals and activity as they are.
    bool rankings(const Range& range, int top, Overview* overview, QString* error);
    // activity() and rankings() in one transaction, so that the parts agree.
    bool overview(Dimension time, const Range& range, int top, Overview* overview, QString* error);

private:
    bool ensureOpen(QString* error);
    bool prepare(SqliteStatement& query, const QByteArray& sql, const QVariantList& binds, QString* error);

    QString m_path;
    std::unique_ptr<SqliteConnection> m_connection;
};
