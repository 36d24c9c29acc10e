#pragma once

#include "forward/ForwardAttempt.h"
#include "store/ForwardState.h"

#include <QCoreApplication>

// How a forward's or a replay's answer reads: one sentence for the attempt, the target's body as text (bounded),
// and a forward's state per target for the event detail pane. One wording for every place that shows them.
class ForwardResponseText
{
    Q_DECLARE_TR_FUNCTIONS(ForwardResponseText)
public:
    // "HTTP 200 in 12 ms at 10:41:03" or the reason it was not delivered.
    static QString attempt(const ForwardAttempt& attempt, const QString& at);
    // The body as text, with a last line saying when only its start was kept.
    static QString body(const QByteArray& body, bool truncated);
    static QString stateName(ForwardState::State state); // "Pending", "Delivered", ...
    static QString stateDetails(const ForwardState& state); // status and time, next try, last error
};
