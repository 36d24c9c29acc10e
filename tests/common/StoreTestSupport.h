#pragma once

#include "core/DeliveryReading.h"
#include "store/EventStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// Writes deliveries straight into a real store, as the receiver would.
namespace StoreTestSupport {

// Opens a real store (a SQLite file) in `directory`, without the sync to disk on each commit that a test
// does not need. The error, empty when it opened.
inline QString openStore(EventStore& store, const QString& directory)
{
    StoreOptions options;
    options.directory = directory;
    options.synchronousFull = false;
    QString error;
    if (!store.open(options, &error) && error.isEmpty())
        error = QStringLiteral("the store did not open");
    return error;
}

inline QByteArray body(const QString& uniqueId, const QString& businessId, const QString& name, int staff,
                       int tries = 1)
{
    const QJsonObject data {{QStringLiteral("business_id"), businessId},
                            {QStringLiteral("company_name"), name},
                            {QStringLiteral("staff_number"), staff},
                            {QStringLiteral("visiting_city"), QStringLiteral("HELSINKI")}};
    return QJsonDocument(QJsonObject {{QStringLiteral("data"), data},
                                      {QStringLiteral("number_of_tries"), tries},
                                      {QStringLiteral("type"), QStringLiteral("company_change_webhook")},
                                      {QStringLiteral("unique_id"), uniqueId}})
        .toJson(QJsonDocument::Compact);
}

// The body as the receiver hands it to the store (the body must be JSON; it is read leniently).
inline IncomingDelivery incoming(const QByteArray& raw)
{
    IncomingDelivery delivery;
    const DeliveryReading reading = DeliveryReading::read(raw);
    Q_ASSERT(reading.kind != DeliveryReading::Kind::NotJson);
    delivery.change = reading.change;
    delivery.origin = reading.origin();
    delivery.problem = reading.problem;
    delivery.rawBody = raw;
    delivery.headers = {{"Content-Type", "application/json"}};
    delivery.remoteAddress = QStringLiteral("127.0.0.1");
    delivery.arrival = QDateTime::currentDateTimeUtc();
    return delivery;
}

inline bool submit(EventStore& store, const QByteArray& raw)
{
    if (DeliveryReading::read(raw).kind == DeliveryReading::Kind::NotJson)
        return false;
    store.submit(incoming(raw), &store, [](const StoreOutcome&) {});
    return true;
}

} // namespace StoreTestSupport
