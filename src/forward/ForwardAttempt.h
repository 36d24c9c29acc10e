#pragma once

#include <QByteArray>
#include <QString>

// The answer to one request a forward or a replay sent.
struct ForwardAttempt
{
    bool delivered = false; // a 2xx
    int status = 0; // 0: no HTTP answer (network error, timeout)
    QString error; // translated; empty when delivered
    QByteArray responseBody; // at most the schedule's maxResponseBytes
    bool responseTruncated = false;
    int durationMs = 0;
};
