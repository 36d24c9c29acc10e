#pragma once

#include "core/CompanyChange.h"
#include "core/DeliveryOrigin.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// What the receiver makes of a body it has already decided to keep. Real deliveries may differ
// from the one documented example (docs/api-choices.md), so the reading is lenient: whatever is
// JSON is kept and read as far as it goes, and only a body that is not JSON at all is refused.
struct DeliveryReading
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryReading)

public:
    enum class Kind
    {
        Change, // read as a company change (possibly leniently: see notes)
        Unrecognised, // JSON, but not a company change: kept raw and shown as such
        NotJson, // invalid JSON or UTF-8, too deeply nested, empty: refused with 400
    };

    Kind kind = Kind::NotJson;
    CompanyChange change; // Kind::Change; data normalised where it was read leniently
    QString problem; // Kind::Unrecognised and Kind::NotJson: why, for a person
    QStringList notes; // Kind::Change: what was read leniently, one line each

    DeliveryOrigin origin() const
    {
        return kind == Kind::Unrecognised ? DeliveryOrigin::Unrecognised : DeliveryOrigin::Delivery;
    }

    static DeliveryReading read(const QByteArray& body);
    // The same lenient reading of a company's `data` alone (numbers sent as text become numbers, a
    // numeric business_id becomes text), for company fields that come from elsewhere, such as Get Companies.
    static QJsonObject normalisedData(QJsonObject data);
    // A number given as a number or as text holding one ("895766", " 12 ", "1.5e6"); nothing for missing, null,
    // other text or a value that is not finite.
    static std::optional<double> numberIn(const QJsonValue& value);
};
