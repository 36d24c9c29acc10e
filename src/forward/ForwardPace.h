#pragma once

#include <QtGlobal>

#include <array>

// How fast the forwarder may send, from how fast deliveries arrive. While the receiver takes a burst (at least
// busyArrivalsPerSecond new forwards over the last second) the forwards trickle, a few per busyIntervalMs, and
// catch up at full speed within a second of the burst's end. A forward costs processor time twice, here and in
// the target, which is often on the same machine: during a burst that time is the receiver's, so its answers to
// Vainu stay fast (measured in tests/bench/forward-bench.sh). Below the threshold nothing waits.
class ForwardPace
{
public:
    struct Limits
    {
        int busyArrivalsPerSecond = 1000; // 0: never busy
        int busyIntervalMs = 100; // while busy, one look at what is due this often
        int busyBatch = 4; // sends started per look while busy
    };

    explicit ForwardPace(Limits limits);

    void noteQueued(int count, qint64 nowMs); // new forwards read from the store
    bool busy(qint64 nowMs) const;
    // How many sends may start now, of the `capacity` free; when fewer, *retryInMs says when to look again.
    int allowedSends(int capacity, qint64 nowMs, qint64* retryInMs);

private:
    static constexpr int bucketMs = 100;
    static constexpr int bucketCount = 10; // one second
    int arrivalsInLastSecond(qint64 nowMs) const;

    Limits m_limits;
    std::array<qint64, bucketCount> m_bucketStart {}; // which 100 ms each bucket counts
    std::array<int, bucketCount> m_bucketCount {};
    qint64 m_lastBusySendMs = -1;
};
