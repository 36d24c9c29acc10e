// Fuzz target: the receiver's lenient reading of a delivery body (core/DeliveryReading), which strangers on
// the internet can reach once they know the secret.
#include "FuzzInput.h"
#include "core/DeliveryReading.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const DeliveryReading reading = DeliveryReading::read(fuzzBytes(data, size));
    reading.origin();
    if (reading.kind == DeliveryReading::Kind::Change) {
        // What the store keeps and the models show of it.
        reading.change.businessId();
        reading.change.companyName();
        reading.change.dataHash();
        const QByteArray json = QJsonDocument(reading.change.toJson()).toJson(QJsonDocument::Compact);
        // Reading what was read is stable: the normalised change reads back as a change.
        if (DeliveryReading::read(json).kind != DeliveryReading::Kind::Change)
            __builtin_trap();
        DeliveryReading::normalisedData(reading.change.data);
    }
    return 0;
}
