#pragma once

#include <QList>

// Decides whether a delivery is older than the company state already known.
//
// Deliveries carry no timestamp, and Vainu delivers at least once and out of order: a retry of an
// older change can arrive after a newer change of the same company. A new delivery D (not a
// duplicate) whose data differs from the company's snapshot S is stale when number_of_tries > 1
// and one of these holds:
//  1. D's data equals the data of an earlier event of the company that came before S's event
//     (the company has already moved on from that state), or
//  2. S's event arrived after D's first attempt must have been sent. Vainu waits at least the
//     retry delays (1 s, 5 s, 30 s, 2 min, 10 min) between attempts, so attempt n was first sent
//     no later than arrival - (delay 1 + ... + delay n-1). A change that arrived after that moment
//     was sent after D, so it is newer.
// A stale event is stored and shown, but does not overwrite the snapshot. A first attempt
// (number_of_tries == 1) is never stale: it is the newest change Vainu knew when it sent it.
struct StalePolicy
{
    // Vainu's documented retry delays (1 s, 5 s, 30 s, 2 min, 10 min).
    static QList<int> vainuRetryDelaysMs();

    // Built out of line: an inline initializer list here trips GCC 12's -Wmaybe-uninitialized at -O3.
    QList<int> retryDelaysMs = vainuRetryDelaysMs();

    // Milliseconds that at least passed between the first attempt and attempt numberOfTries.
    qint64 minimumElapsedMs(int numberOfTries) const;

    bool isStale(int numberOfTries, bool seenBeforeSnapshot, qint64 snapshotArrivalMs, qint64 arrivalMs) const;
};
