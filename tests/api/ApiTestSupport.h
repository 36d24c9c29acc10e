#pragma once

#include "api/VainuClient.h"

#include <QEventLoop>
#include <QTimer>

#include <chrono>

// What one finished call reported, copied out in the finished() slot: the call deletes itself afterwards.
template <typename T>
struct Outcome
{
    ApiError error;
    T value {};
    int attempts = 0;
    int finishedSignals = 0;
    QList<qint64> retryDelaysMs;
    bool timedOut = false;
};

// Runs the event loop until the call finishes (or a generous guard expires, reported as timedOut).
template <typename T>
Outcome<T> waitFor(ApiReply<T>* call, std::chrono::milliseconds guard = std::chrono::seconds(30))
{
    Outcome<T> out;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::retrying, &loop,
                     [&out](int, qint64 delayMs) { out.retryDelaysMs.append(delayMs); });
    QObject::connect(call, &ApiCall::finished, &loop, [&out, &loop, call] {
        ++out.finishedSignals;
        out.error = call->error();
        out.value = call->value();
        out.attempts = call->attempts();
        loop.quit();
    });
    QTimer::singleShot(guard, &loop, [&out, &loop] {
        out.timedOut = true;
        loop.quit();
    });
    loop.exec();
    return out;
}
