#include "forward/ForwardQueue.h"

#include <algorithm>
#include <vector>

void ForwardQueue::clear()
{
    m_lanes.clear();
}

void ForwardQueue::append(const QList<DueForward>& forwards)
{
    for (const DueForward& forward : forwards) {
        std::deque<DueForward>& lane = m_lanes[LaneKey(forward.targetId, forward.companyKey)];
        if (lane.empty() || lane.back().forwardId < forward.forwardId)
            lane.push_back(forward);
    }
}

qsizetype ForwardQueue::size() const
{
    qsizetype count = 0;
    for (const std::deque<DueForward>& lane : m_lanes)
        count += qsizetype(lane.size());
    return count;
}

QList<DueForward> ForwardQueue::due(qint64 nowMs, int limit, const QSet<qint64>& activeTargets,
                                    const QSet<qint64>& inFlight, qint64* nextDueMs) const
{
    *nextDueMs = 0;
    // Pointers to the heads, so that picking the oldest few of thousands copies only those (this runs after every
    // batch of outcomes under load).
    std::vector<const DueForward*> heads;
    heads.reserve(size_t(m_lanes.size()));
    for (const std::deque<DueForward>& lane : m_lanes) {
        const DueForward& head = lane.front();
        if (head.nextTryMs > nowMs) {
            if ((*nextDueMs == 0 || head.nextTryMs < *nextDueMs) && activeTargets.contains(head.targetId))
                *nextDueMs = head.nextTryMs;
            continue;
        }
        if (!inFlight.contains(head.forwardId) && activeTargets.contains(head.targetId))
            heads.push_back(&head);
    }
    const auto byId = [](const DueForward* a, const DueForward* b) { return a->forwardId < b->forwardId; };
    const auto end = heads.begin() + std::clamp(qsizetype(limit), qsizetype(0), qsizetype(heads.size()));
    std::partial_sort(heads.begin(), end, heads.end(), byId);
    QList<DueForward> due;
    due.reserve(end - heads.begin());
    for (auto head = heads.begin(); head != end; ++head)
        due.append(**head);
    return due;
}

void ForwardQueue::delivered(const DueForward& forward)
{
    const auto lane = m_lanes.find(LaneKey(forward.targetId, forward.companyKey));
    if (lane == m_lanes.end())
        return;
    const auto at = std::find_if(lane->begin(), lane->end(),
                                 [&forward](const DueForward& held) { return held.forwardId == forward.forwardId; });
    if (at != lane->end())
        lane->erase(at);
    if (lane->empty())
        m_lanes.erase(lane);
}

void ForwardQueue::retrying(const DueForward& forward, int tries, qint64 nextTryMs)
{
    const auto lane = m_lanes.find(LaneKey(forward.targetId, forward.companyKey));
    if (lane == m_lanes.end())
        return;
    for (DueForward& held : *lane) {
        if (held.forwardId == forward.forwardId) {
            held.tries = tries;
            held.nextTryMs = nextTryMs;
            return;
        }
    }
}
