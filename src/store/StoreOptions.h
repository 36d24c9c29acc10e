#pragma once

#include "store/StalePolicy.h"

#include <QString>

// How an EventStore is opened.
struct StoreOptions
{
    QString directory; // holds events.sqlite (created when missing)
    int maxBatch = 1000; // deliveries per transaction under load (group commit)
    int rejectedLogLimit = 10000; // rows kept in the rejected log
    bool synchronousFull = true; // fsync the WAL on every commit: a 2xx survives a power cut
    qint64 maxPageCount = 0; // > 0 caps the file (PRAGMA max_page_count), e.g. to test a full disk
    StalePolicy stalePolicy;
};
