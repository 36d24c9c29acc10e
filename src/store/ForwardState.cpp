#include "store/ForwardState.h"

QByteArray ForwardState::toText(State state)
{
    switch (state) {
    case State::Retrying:
        return QByteArrayLiteral("retrying");
    case State::Delivered:
        return QByteArrayLiteral("delivered");
    case State::Failed:
        return QByteArrayLiteral("failed");
    case State::Pending:
        break;
    }
    return QByteArrayLiteral("pending");
}

ForwardState::State ForwardState::fromText(const QByteArray& text)
{
    if (text == "retrying")
        return State::Retrying;
    if (text == "delivered")
        return State::Delivered;
    if (text == "failed")
        return State::Failed;
    return State::Pending;
}
