#pragma once

#include "store/ForwardState.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

// One forward attempt's outcome, as the forwarder reports it (after it is recorded in the store).
struct ForwardOutcome
{
    qint64 forwardId = 0;
    qint64 eventId = 0;
    qint64 targetId = 0;
    QUrl targetUrl; // as the target has it; never carries a secret of ours
    ForwardState::State state = ForwardState::State::Delivered; // Delivered, Retrying or Failed
    int attempt = 0; // 1 for the first try
    int status = 0; // 0: no HTTP answer
    QString error; // translated; empty when delivered
    int durationMs = 0;
    QDateTime nextTry; // Retrying

    // One line for the headless log, e.g. "forward event 12 to http://…: delivered (HTTP 200, 4 ms, attempt 1)".
    QString logLine() const;
};
Q_DECLARE_METATYPE(ForwardOutcome)
