#include "store/EventStoreReader.h"

#include "store/EventStore.h"

EventStoreReader::EventStoreReader(const EventStore& store)
    : m_store(store)
    , m_query(store.databasePath())
{ }

QList<qint64> EventStoreReader::matchingIds(const EventFilter& filter, qint64* upTo, QString* error)
{
    return m_query.matchingIds(filter, upTo, error);
}

QList<EventRow> EventStoreReader::rows(const QList<qint64>& ids, const EventFilter& filter)
{
    return m_query.rows(ids, filter);
}

QList<RejectedRequest> EventStoreReader::rejected(int limit)
{
    return m_store.rejected(limit);
}
