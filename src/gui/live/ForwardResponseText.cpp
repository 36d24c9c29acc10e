#include "gui/live/ForwardResponseText.h"

#include <QLocale>

QString ForwardResponseText::attempt(const ForwardAttempt& attempt, const QString& at)
{
    if (attempt.delivered)
        return tr("Delivered: HTTP %1 in %2 ms at %3.").arg(attempt.status).arg(attempt.durationMs).arg(at);
    return tr("Not delivered (%1 ms, at %2): %3").arg(attempt.durationMs).arg(at, attempt.error);
}

QString ForwardResponseText::body(const QByteArray& body, bool truncated)
{
    QString text = body.isEmpty() ? tr("(The answer had no body.)") : QString::fromUtf8(body);
    if (truncated)
        text += u'\n' + tr("… (longer: only the first %1 KiB were read)").arg(body.size() / 1024);
    return text;
}

QString ForwardResponseText::stateName(ForwardState::State state)
{
    switch (state) {
    case ForwardState::State::Pending:
        return tr("Pending");
    case ForwardState::State::Retrying:
        return tr("Retrying");
    case ForwardState::State::Delivered:
        return tr("Delivered");
    case ForwardState::State::Failed:
        return tr("Failed");
    }
    return {};
}

QString ForwardResponseText::stateDetails(const ForwardState& state)
{
    const QLocale locale;
    const auto time
        = [&locale](const QDateTime& when) { return locale.toString(when.toLocalTime(), QLocale::ShortFormat); };
    switch (state.state) {
    case ForwardState::State::Pending:
        return tr("Not sent yet.");
    case ForwardState::State::Delivered:
        return tr("HTTP %1 at %2 in %3 ms (try %4).")
            .arg(state.lastStatus)
            .arg(time(state.deliveredAt))
            .arg(state.durationMs)
            .arg(state.tries);
    case ForwardState::State::Retrying:
        return tr("Next try at %1. Try %2 failed: %3").arg(time(state.nextTry)).arg(state.tries).arg(state.lastError);
    case ForwardState::State::Failed:
        return tr("Gave up after %n tries: %1", nullptr, state.tries).arg(state.lastError);
    }
    return {};
}
