#pragma once

#include <QtGlobal>

// Totals for the status line of the Live events page.
struct StoreCounters
{
    qint64 events = 0;
    qint64 eventsToday = 0; // first arrival since local midnight
    qint64 duplicates = 0; // repeated attempts of already stored events
    qint64 retries = 0; // events whose number_of_tries was above 1
    qint64 stale = 0;
    qint64 rejected = 0; // rows currently in the bounded rejected log
};
