#include "api/RetryPolicy.h"

#include "core/ApiError.h"

#include <algorithm>

using namespace std::chrono_literals;

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

bool RetryPolicy::isIdempotent(const QByteArray& verb)
{
    // PUT is idempotent in HTTP too, but the issue limits retries to reads and deletes; a PUT carries the
    // user's edit and is better shown as failed than silently repeated later.
    return verb == "GET" || verb == "DELETE" || verb == "HEAD";
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

std::chrono::milliseconds RetryPolicy::backoff(int attemptsSoFar) const
{
    std::chrono::milliseconds delay = initialBackoff;
    for (int i = 1; i < attemptsSoFar && delay < maxBackoff; ++i)
        delay *= 2;
    return std::min(delay, maxBackoff);
}

std::optional<std::chrono::milliseconds> RetryPolicy::delayBeforeRetry(bool repeatable, const ApiError& error,
                                                                       int attemptsSoFar,
                                                                       std::chrono::milliseconds waitedSoFar) const
{
    if (attemptsSoFar >= maxAttempts || !repeatable || !isRetryableStatus(error.httpStatus))
        return std::nullopt;
    std::chrono::milliseconds delay = backoff(attemptsSoFar);
    if (error.retryAfterSeconds >= 0)
        delay = std::max<std::chrono::milliseconds>(delay, std::chrono::seconds(error.retryAfterSeconds));
    // A Retry-After beyond the budget is not waited out: the caller gets the error (with retryAfterSeconds) now.
    if (waitedSoFar + delay > maxTotalWait)
        return std::nullopt;
    return delay;
}
