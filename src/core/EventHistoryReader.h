#pragma once

#include "core/EventFilter.h"
#include "core/EventRow.h"
#include "core/RejectedRequest.h"

#include <QList>
#include <QString>
#include <QtGlobal>

// The reads the Live events models run on their reader thread. One reader belongs to one thread,
// because it may hold that thread's own database connection: open it with EventHistory::openReader()
// on the thread that uses it, and destroy it there.
class EventHistoryReader
{
public:
    EventHistoryReader() = default;
    virtual ~EventHistoryReader() = default;
    Q_DISABLE_COPY_MOVE(EventHistoryReader)

    // The ids of the events matching the filter, ascending, and the highest id that existed when
    // they were read (*upTo), so that later appends can be told apart. On failure *error says why.
    virtual QList<qint64> matchingIds(const EventFilter& filter, qint64* upTo, QString* error) = 0;
    // The rows of these ids that match the filter (an empty filter matches all), ascending by id.
    virtual QList<EventRow> rows(const QList<qint64>& ids, const EventFilter& filter) = 0;
    // The log of refused requests, newest first, at most `limit`.
    virtual QList<RejectedRequest> rejected(int limit) = 0;
};
