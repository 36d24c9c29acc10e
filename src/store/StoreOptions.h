#pragma once

#include "core/RejectedRequest.h"
#include "store/StalePolicy.h"

#include <QString>

// How an EventStore is opened.
struct StoreOptions
{
    QString directory; // holds events.sqlite (created when missing)
    int maxBatch = 1000; // deliveries per transaction under load (group commit)
    // The rejected log keeps the newest rows and kept bodies within these limits, oldest dropped first.
    RejectedRetention rejectedRetention;
    bool synchronousFull = true; // fsync the WAL on every commit: a 2xx survives a power cut
    qint64 maxPageCount = 0; // > 0 caps the file (PRAGMA max_page_count), e.g. to test a full disk
    StalePolicy stalePolicy;
};
