#pragma once

#include <QJsonObject>
#include <QJsonValue>

// Validates a customer data object from a request and builds the stored form (every field present,
// null when not given). Errors come back in the DRF shape {"field": ["message"]}, nested match_data
// fields as "match_data.business_id".
namespace RecordValidator {
// `base` is the stored record for PATCH (fields not in `input` are kept), empty for create/PUT.
bool build(const QJsonValue& input, const QJsonObject& base, QJsonObject* record, QJsonObject* errors);
} // namespace RecordValidator
