#pragma once

#include "core/EventHistoryReader.h"
#include "store/EventQuery.h"

class EventStore;

// EventStore's reader for one thread: the filtered reads go through an EventQuery (a read-only
// connection of this thread's own), the rejected log through the store's own per-thread reads.
// Jobs of the GUI that need more than the models do (payloads, attempts, a company's timeline)
// reach the query and the store through it.
class EventStoreReader final : public EventHistoryReader
{
public:
    explicit EventStoreReader(const EventStore& store);

    QList<qint64> matchingIds(const EventFilter& filter, qint64* upTo, QString* error) override;
    QList<EventRow> rows(const QList<qint64>& ids, const EventFilter& filter) override;
    QList<RejectedRequest> rejected(int limit) override;

    EventQuery& query() { return m_query; }
    const EventStore& store() const { return m_store; }

private:
    const EventStore& m_store;
    EventQuery m_query;
};
