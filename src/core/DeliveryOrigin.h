#pragma once

#include <QString>

// How an event came into the history. Stored as text (events.origin), so new kinds need no schema change.
enum class DeliveryOrigin
{
    Delivery, // a POST that reads as a company change
    Unrecognised, // a POST whose body is JSON but not a readable company change (kept raw)
    CatchUp, // a change found after downtime by comparing a snapshot with Get Companies (`events catch-up`)
    Test, // a test delivery the app posted to its own public URL ("Test the public URL", `receiver check`)
};

namespace DeliveryOrigins {
inline QString toText(DeliveryOrigin origin)
{
    switch (origin) {
    case DeliveryOrigin::Unrecognised:
        return QStringLiteral("unrecognised");
    case DeliveryOrigin::CatchUp:
        return QStringLiteral("catch-up");
    case DeliveryOrigin::Test:
        return QStringLiteral("test");
    case DeliveryOrigin::Delivery:
        break;
    }
    return QStringLiteral("delivery");
}
inline DeliveryOrigin fromText(const QString& text)
{
    if (text == QLatin1String("unrecognised"))
        return DeliveryOrigin::Unrecognised;
    if (text == QLatin1String("catch-up"))
        return DeliveryOrigin::CatchUp;
    if (text == QLatin1String("test"))
        return DeliveryOrigin::Test;
    return DeliveryOrigin::Delivery;
}
} // namespace DeliveryOrigins
