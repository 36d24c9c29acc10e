#include "core/CatchUpComparison.h"

#include "core/CompanyChange.h"
#include "core/DeliveryReading.h"
#include "core/FieldChange.h"

using namespace Qt::StringLiterals;

namespace {

bool isScalar(const QJsonValue& value)
{
    return !value.isObject() && !value.isArray() && !value.isUndefined();
}

} // namespace

namespace CatchUpComparison {

QStringList requestedFields()
{
    return CompanyChange::basicFields();
}

std::optional<QJsonObject> currentData(const QJsonObject& snapshot, const QJsonObject& companyFields)
{
    const QJsonObject fetched = DeliveryReading::normalisedData(companyFields);
    QJsonObject current = snapshot;
    for (const QString& field : CompanyChange::basicFields()) {
        if (field == "business_id"_L1) // the key the company was looked up by; a change in its form is no change
            continue;
        const QJsonValue now = fetched.value(field);
        if (!isScalar(now))
            continue;
        const QJsonValue before = snapshot.value(field);
        if (before.isUndefined() ? now.isNull() : !isScalar(before))
            continue;
        current.insert(field, now);
    }
    if (diffCompanyData(snapshot, current).isEmpty())
        return std::nullopt;
    return current;
}

} // namespace CatchUpComparison
