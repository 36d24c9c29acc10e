#pragma once

#include "core/EventFilter.h"
#include "core/EventRow.h"
#include "store/CompanyFigures.h"
#include "store/SqliteConnection.h"

#include <QList>
#include <QPair>
#include <QString>

// Filtered reads of the event database for the Live events page, on a read-only connection of its
// own. Use one instance per thread (the connection belongs to the thread that first used it).
// Every call reads either a bounded set of rows or only the index of ids.
class EventQuery
{
public:
    explicit EventQuery(QString databasePath);
    EventQuery(const EventQuery&) = delete;
    EventQuery& operator=(const EventQuery&) = delete;

    // The ids of the events matching the filter, ascending, and the highest id that existed when
    // they were read (*upTo), so that later appends can be told apart.
    QList<qint64> matchingIds(const EventFilter& filter, qint64* upTo, QString* error);
    // The rows of these ids that match the filter, ascending by id.
    QList<EventRow> rows(const QList<qint64>& ids, const EventFilter& filter = {});
    // Every event of the same company as this event, oldest first (at most `limit`, the newest).
    QList<EventRow> companyTimeline(const QString& companyKey, int limit = 1000);
    // The same events' staff, turnover and status, read leniently from their data, for the company's charts.
    QList<CompanyFigures> companyFigures(const QString& companyKey, int limit = 1000);
    // How many events first arrived in each minute (ms since the epoch / 60000) from `since` (ms) on, among
    // the events up to id `upToId`: the receiver panel's line of the last hour. Minutes without any are left out.
    QList<QPair<qint64, qint64>> eventsPerMinute(qint64 since, qint64 upToId);

private:
    bool ensureOpen(QString* error);

    QString m_path;
    SqliteConnection m_db;
};
