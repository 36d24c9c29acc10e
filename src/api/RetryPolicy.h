#pragma once

#include <QByteArray>

#include <chrono>
#include <optional>

class ApiError;

// When a failed call is sent again. Only idempotent calls (GET, DELETE) are retried, and only on answers that
// say "try later" (429, 502, 503, 504): a POST that timed out may have been stored, so it is never resent blindly.
// Waits grow exponentially, never undercut the server's Retry-After, and never add up to more than maxTotalWait.
class RetryPolicy
{
public:
    int maxAttempts = 4; // the first try included
    std::chrono::milliseconds initialBackoff {500};
    std::chrono::milliseconds maxBackoff {8000};
    std::chrono::milliseconds maxTotalWait {30000};

    static RetryPolicy none();
    static bool isIdempotent(const QByteArray& verb);
    // Whether sending the call again is safe: an idempotent verb, or a POST that only reads (Get Companies with a
    // thousand ids in its body, RequestSpec::readOnly).
    static bool isRepeatable(const QByteArray& verb, bool readOnly) { return readOnly || isIdempotent(verb); }
    static bool isRetryableStatus(int httpStatus);

    // The wait before the next attempt, or nullopt when the call must finish with this error.
    // attemptsSoFar counts the attempts already made (1 after the first), waitedSoFar the waits already spent.
    std::optional<std::chrono::milliseconds> delayBeforeRetry(const QByteArray& verb, const ApiError& error,
                                                              int attemptsSoFar,
                                                              std::chrono::milliseconds waitedSoFar) const
    {
        return delayBeforeRetry(isIdempotent(verb), error, attemptsSoFar, waitedSoFar);
    }
    // The same for a call whose repeatability is known (isRepeatable).
    std::optional<std::chrono::milliseconds> delayBeforeRetry(bool repeatable, const ApiError& error, int attemptsSoFar,
                                                              std::chrono::milliseconds waitedSoFar) const;
    // The exponential part alone: initialBackoff * 2^(attemptsSoFar - 1), capped at maxBackoff.
    std::chrono::milliseconds backoff(int attemptsSoFar) const;
};
