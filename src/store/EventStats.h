#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class SqliteConnection;

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
    };

    struct Bucket
    {
        QString name; // null: the events have none (no region, no company)
        qint64 count = 0;
        friend bool operator==(const Bucket& a, const Bucket& b) { return a.name == b.name && a.count == b.count; }
    };

    explicit EventStats(QString databasePath);
    ~EventStats();
    EventStats(const EventStats&) = delete;
    EventStats& operator=(const EventStats&) = delete;

    static std::optional<Dimension> dimensionFromText(const QString& text);
    static QStringList dimensionNames(); // as --by takes them

    // Days and hours in time order; the others by count, largest first (then by name, none last).
    bool count(Dimension dimension, const Range& range, QList<Bucket>* buckets, QString* error);

private:
    bool ensureOpen(QString* error);

    QString m_path;
    std::unique_ptr<SqliteConnection> m_connection;
};
