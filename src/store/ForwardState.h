#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What became of one event's forward to one target (a row of the `forwards` table).
struct ForwardState
{
    enum class State
    {
        Pending, // queued, not tried yet (or waiting for an earlier event of the same company)
        Retrying, // tried, not answered with a 2xx; tried again at nextTry
        Delivered, // answered with a 2xx
        Failed, // gave up (out of tries, or an earlier event of the company failed); "Retry failed" queues it again
    };

    qint64 id = 0;
    qint64 eventId = 0;
    qint64 targetId = 0;
    QString companyKey;
    State state = State::Pending;
    int tries = 0; // attempts made
    QDateTime nextTry; // UTC; Pending and Retrying
    int lastStatus = 0; // HTTP status of the last answer, 0 when none (network error, timeout)
    QString lastError; // why the last attempt did not deliver; empty when delivered
    QByteArray responseBody; // the last answer's body, at most maxResponseBody bytes
    QDateTime deliveredAt; // UTC; Delivered
    int durationMs = 0; // of the last attempt

    bool isOpen() const { return state == State::Pending || state == State::Retrying; }
    static constexpr qsizetype maxResponseBody = 64 * 1024;
    static QByteArray toText(State state); // "pending", "retrying", "delivered", "failed" (as stored)
    static State fromText(const QByteArray& text);
};

// A target's forwards by state.
struct ForwardCounts
{
    qint64 pending = 0;
    qint64 retrying = 0;
    qint64 delivered = 0;
    qint64 failed = 0;

    bool operator==(const ForwardCounts& other) const = default;
};

// One attempt's outcome as the forwarder records it (EventStore::recordForwardResults).
struct ForwardResult
{
    qint64 forwardId = 0;
    ForwardState::State state = ForwardState::State::Delivered; // Delivered, Retrying or Failed
    int tries = 0; // attempts made, this one included
    qint64 nextTryMs = 0; // Retrying: when to try again (ms since epoch)
    int status = 0;
    QString error;
    QByteArray responseBody; // bounded by ForwardState::maxResponseBody
    qint64 finishedMs = 0;
    int durationMs = 0;
};
