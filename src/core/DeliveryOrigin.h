#pragma once

#include <QString>

// How an event came into the history. Stored as text (events.origin) so later kinds, such as
// events fetched to catch up after downtime, fit without a schema change.
enum class DeliveryOrigin
{
    Delivery, // a POST that reads as a company change
    Unrecognised, // a POST whose body is JSON but not a readable company change (kept raw)
};

namespace DeliveryOrigins {
inline QString toText(DeliveryOrigin origin)
{
    return origin == DeliveryOrigin::Unrecognised ? QStringLiteral("unrecognised") : QStringLiteral("delivery");
}
inline DeliveryOrigin fromText(const QString& text)
{
    return text == QLatin1String("unrecognised") ? DeliveryOrigin::Unrecognised : DeliveryOrigin::Delivery;
}
} // namespace DeliveryOrigins
