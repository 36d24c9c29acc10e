#pragma once

#include "store/ForwardOutbox.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <deque>
#include <map>
#include <utility>

// The open forwards the forwarder knows of, kept in memory so that finding what is due costs a look at the few
// forwards whose turn it is rather than a query over every open forward in the store (which, with a backlog under
// load, cost more than the sends). One lane per (target, company) in id order; only a lane's head may be sent, so
// each company's forwards reach a target in arrival order. The heads of the active targets' lanes are kept in
// order of id (ready) or of when they are due (waiting), so a look does not walk every lane either. Filled from
// ForwardOutbox::openForwards: all of them once, then what was queued since; told each recorded outcome.
class ForwardQueue
{
public:
    void clear(); // forgets the forwards, keeps the active targets
    // The targets that are on and not paused: only their forwards are ever due.
    void setActiveTargets(const QSet<qint64>& targets);
    void append(const QList<DueForward>& forwards); // ids ascending within each lane, above what the lane holds
    qsizetype size() const; // open forwards held

    // Up to `limit` lane heads due at nowMs, oldest first, that are not in flight (a lane whose head is in flight
    // waits for it). *nextDueMs: when the earliest head that is not due yet will be (0 when none).
    QList<DueForward> due(qint64 nowMs, int limit, const QSet<qint64>& inFlight, qint64* nextDueMs);

    // A recorded outcome: delivered takes the forward out of its lane; retrying sets when it is due again.
    void delivered(const DueForward& forward);
    void retrying(const DueForward& forward, int tries, qint64 nextTryMs);

private:
    using LaneKey = std::pair<qint64, QByteArray>; // target id, company key
    using Lane = std::deque<DueForward>;
    void placeHead(const LaneKey& key, const Lane& lane); // the lane's head becomes waiting (due() moves it on)
    void unplaceHead(const Lane& lane);
    void rebuildHeads();

    QHash<LaneKey, Lane> m_lanes;
    QSet<qint64> m_activeTargets;
    std::map<qint64, LaneKey> m_ready; // by forward id: heads that are due
    std::map<std::pair<qint64, qint64>, LaneKey> m_waiting; // by (next try, forward id): heads not yet due
};
