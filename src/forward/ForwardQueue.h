#pragma once

#include "store/ForwardOutbox.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <deque>
#include <utility>

// The open forwards the forwarder knows of, kept in memory so that finding what is due costs a look at each
// company's oldest open forward rather than a query over every open forward in the store (which, with a backlog
// under load, cost more than the sends). One lane per (target, company) in id order; only a lane's head may be sent,
// so each company's forwards reach a target in arrival order. Filled from ForwardOutbox::openForwards: all of them
// once, then what was queued since; told each recorded outcome.
class ForwardQueue
{
public:
    void clear();
    void append(const QList<DueForward>& forwards); // ids ascending within each lane, above what the lane holds
    bool isEmpty() const { return m_lanes.isEmpty(); }
    qsizetype size() const; // open forwards held

    // Up to `limit` lane heads due at nowMs, oldest first, whose target is in activeTargets and which are not in
    // flight (a lane whose head is in flight waits for it). *nextDueMs: the earliest head due later (0 when none).
    QList<DueForward> due(qint64 nowMs, int limit, const QSet<qint64>& activeTargets, const QSet<qint64>& inFlight,
                          qint64* nextDueMs) const;

    // A recorded outcome: delivered takes the forward out of its lane; retrying sets when it is due again.
    void delivered(const DueForward& forward);
    void retrying(const DueForward& forward, int tries, qint64 nextTryMs);

private:
    using LaneKey = std::pair<qint64, QByteArray>; // target id, company key
    QHash<LaneKey, std::deque<DueForward>> m_lanes;
};
