#include "forward/ForwardOutcome.h"

#include <QCoreApplication>

QString ForwardOutcome::logLine() const
{
    const QString target = targetUrl.toString(QUrl::RemoveUserInfo);
    switch (state) {
    case ForwardState::State::Delivered:
        return QCoreApplication::translate("ForwardOutcome",
                                           "forward of event %1 to %2: delivered (HTTP %3, %4 ms, attempt %5)")
            .arg(eventId)
            .arg(target)
            .arg(status)
            .arg(durationMs)
            .arg(attempt);
    case ForwardState::State::Retrying:
        return QCoreApplication::translate(
                   "ForwardOutcome", "forward of event %1 to %2: attempt %3 not delivered, trying again at %4: %5")
            .arg(eventId)
            .arg(target)
            .arg(attempt)
            .arg(nextTry.toLocalTime().toString(Qt::ISODate), error);
    case ForwardState::State::Failed:
    case ForwardState::State::Pending:
        break;
    }
    return QCoreApplication::translate("ForwardOutcome", "forward of event %1 to %2: failed after %3 attempts: %4")
        .arg(eventId)
        .arg(target)
        .arg(attempt)
        .arg(error);
}
