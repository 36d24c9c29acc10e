#include "forward/ForwardPace.h"

ForwardPace::ForwardPace(Limits limits)
    : m_limits(limits)
{
    m_bucketStart.fill(-1);
}

void ForwardPace::noteQueued(int count, qint64 nowMs)
{
    if (count <= 0)
        return;
    const qint64 start = nowMs - nowMs % bucketMs;
    const auto index = std::size_t((nowMs / bucketMs) % bucketCount);
    if (m_bucketStart[index] != start) {
        m_bucketStart[index] = start;
        m_bucketCount[index] = 0;
    }
    m_bucketCount[index] += count;
}

int ForwardPace::arrivalsInLastSecond(qint64 nowMs) const
{
    int arrivals = 0;
    for (std::size_t i = 0; i < std::size_t(bucketCount); ++i) {
        if (m_bucketStart[i] >= 0 && nowMs - m_bucketStart[i] < qint64(bucketMs) * bucketCount)
            arrivals += m_bucketCount[i];
    }
    return arrivals;
}

bool ForwardPace::busy(qint64 nowMs) const
{
    return m_limits.busyArrivalsPerSecond > 0 && arrivalsInLastSecond(nowMs) >= m_limits.busyArrivalsPerSecond;
}

int ForwardPace::allowedSends(int capacity, qint64 nowMs, qint64* retryInMs)
{
    *retryInMs = 0;
    if (capacity <= 0 || !busy(nowMs))
        return capacity;
    const qint64 since = m_lastBusySendMs < 0 ? m_limits.busyIntervalMs : nowMs - m_lastBusySendMs;
    if (since < m_limits.busyIntervalMs) {
        *retryInMs = m_limits.busyIntervalMs - since;
        return 0;
    }
    m_lastBusySendMs = nowMs;
    *retryInMs = m_limits.busyIntervalMs;
    return qMin(capacity, m_limits.busyBatch);
}
