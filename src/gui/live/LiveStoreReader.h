#pragma once

#include "models/EventModelReader.h"
#include "store/EventQuery.h"
#include "store/EventStore.h"
#include "store/EventStoreReader.h"

#include <functional>

// The Live events page's reads that need the store itself (payloads, attempts, counters, export,
// a company's timeline), on a reader thread of their own: an EventModelReader over an EventStore,
// whose jobs get that thread's EventQuery and the store. The models read through EventHistory only.
class LiveStoreReader
{
public:
    explicit LiveStoreReader(EventStore* store)
        : m_reader(store)
    { }

    template <typename Result>
    void run(QObject* context, std::function<Result(EventQuery&, const EventStore&)> job,
             std::function<void(Result)> done)
    {
        m_reader.run<Result>(
            context,
            [job = std::move(job)](EventHistoryReader& reader) {
                // EventStore::openReader() is final and always opens an EventStoreReader.
                auto& storeReader = static_cast<EventStoreReader&>(reader);
                return job(storeReader.query(), storeReader.store());
            },
            std::move(done));
    }

private:
    EventModelReader m_reader;
};
