#include "store/StalePolicy.h"

QList<int> StalePolicy::vainuRetryDelaysMs()
{
    return {1000, 5000, 30000, 120000, 600000};
}

qint64 StalePolicy::minimumElapsedMs(int numberOfTries) const
{
    qint64 total = 0;
    for (int i = 0; i < numberOfTries - 1; ++i)
        total += retryDelaysMs.isEmpty() ? 0 : retryDelaysMs.at(qMin(i, int(retryDelaysMs.size()) - 1));
    return total;
}

bool StalePolicy::isStale(int numberOfTries, bool seenBeforeSnapshot, qint64 snapshotArrivalMs, qint64 arrivalMs) const
{
    if (numberOfTries <= 1)
        return false;
    if (seenBeforeSnapshot)
        return true;
    const qint64 latestFirstSend = arrivalMs - minimumElapsedMs(numberOfTries);
    return snapshotArrivalMs > latestFirstSend;
}
