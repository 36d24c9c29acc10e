#pragma once

#include "forward/ForwardPace.h"

#include <QtGlobal>

// When a forward that was not answered with a 2xx is tried again: exponential backoff with jitter, capped.
// The defaults give 10 tries over about an hour; tests use milliseconds.
struct ForwardSchedule
{
    int maxTries = 10; // then the forward is failed (retryable by hand)
    qint64 firstDelayMs = 7000; // after the first try
    double factor = 2.0;
    qint64 maxDelayMs = 30 * 60 * 1000;
    double jitter = 0.2; // each delay is moved by up to this fraction, either way
    int maxInFlight = 64; // requests in flight at once, over all targets
    int maxResponseBytes = 64 * 1024; // of a target's answer that is read and kept; the rest is not read
    ForwardPace::Limits pace; // forwards trickle while the receiver takes a burst

    // The delay after `tries` attempts (tries >= 1); `random` in [0, 1) picks the jitter.
    qint64 delayAfter(int tries, double random) const;
    static ForwardSchedule fast(); // for tests: 10 ms doubling to 200 ms, 5 tries
};
