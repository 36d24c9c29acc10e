#include "forward/ForwardQueue.h"

#include <algorithm>

void ForwardQueue::clear()
{
    m_lanes.clear();
    m_ready.clear();
    m_waiting.clear();
}

void ForwardQueue::setActiveTargets(const QSet<qint64>& targets)
{
    if (targets == m_activeTargets)
        return;
    m_activeTargets = targets;
    rebuildHeads();
}

void ForwardQueue::rebuildHeads()
{
    m_ready.clear();
    m_waiting.clear();
    for (auto lane = m_lanes.cbegin(); lane != m_lanes.cend(); ++lane)
        placeHead(lane.key(), lane.value());
}

void ForwardQueue::placeHead(const LaneKey& key, const Lane& lane)
{
    if (lane.empty() || !m_activeTargets.contains(key.first))
        return;
    const DueForward& head = lane.front();
    m_waiting.emplace(std::make_pair(head.nextTryMs, head.forwardId), key);
}

void ForwardQueue::unplaceHead(const Lane& lane)
{
    if (lane.empty())
        return;
    const DueForward& head = lane.front();
    m_ready.erase(head.forwardId);
    m_waiting.erase(std::make_pair(head.nextTryMs, head.forwardId));
}

void ForwardQueue::append(const QList<DueForward>& forwards)
{
    for (const DueForward& forward : forwards) {
        const LaneKey key(forward.targetId, forward.companyKey);
        Lane& lane = m_lanes[key];
        if (!lane.empty() && lane.back().forwardId >= forward.forwardId)
            continue; // already held
        lane.push_back(forward);
        if (lane.size() == 1)
            placeHead(key, lane);
    }
}

qsizetype ForwardQueue::size() const
{
    qsizetype count = 0;
    for (const Lane& lane : m_lanes)
        count += qsizetype(lane.size());
    return count;
}

QList<DueForward> ForwardQueue::due(qint64 nowMs, int limit, const QSet<qint64>& inFlight, qint64* nextDueMs)
{
    while (!m_waiting.empty() && m_waiting.begin()->first.first <= nowMs) {
        m_ready.emplace(m_waiting.begin()->first.second, m_waiting.begin()->second);
        m_waiting.erase(m_waiting.begin());
    }
    *nextDueMs = m_waiting.empty() ? 0 : m_waiting.begin()->first.first;
    QList<DueForward> due;
    for (auto ready = m_ready.cbegin(); ready != m_ready.cend() && due.size() < limit; ++ready) {
        if (inFlight.contains(ready->first))
            continue;
        const auto lane = m_lanes.constFind(ready->second);
        if (lane != m_lanes.cend() && !lane->empty())
            due.append(lane->front());
    }
    return due;
}

void ForwardQueue::delivered(const DueForward& forward)
{
    const LaneKey key(forward.targetId, forward.companyKey);
    const auto lane = m_lanes.find(key);
    if (lane == m_lanes.end())
        return;
    if (!lane->empty() && lane->front().forwardId == forward.forwardId) {
        unplaceHead(*lane);
        lane->pop_front();
        placeHead(key, *lane);
    } else {
        const auto at = std::find_if(lane->begin(), lane->end(), [&forward](const DueForward& held) {
            return held.forwardId == forward.forwardId;
        });
        if (at != lane->end())
            lane->erase(at);
    }
    if (lane->empty())
        m_lanes.erase(lane);
}

void ForwardQueue::retrying(const DueForward& forward, int tries, qint64 nextTryMs)
{
    const LaneKey key(forward.targetId, forward.companyKey);
    const auto lane = m_lanes.find(key);
    if (lane == m_lanes.end())
        return;
    const auto at = std::find_if(lane->begin(), lane->end(),
                                 [&forward](const DueForward& held) { return held.forwardId == forward.forwardId; });
    if (at == lane->end())
        return;
    const bool isHead = at == lane->begin();
    if (isHead)
        unplaceHead(*lane);
    at->tries = tries;
    at->nextTryMs = nextTryMs;
    if (isHead)
        placeHead(key, *lane);
}
