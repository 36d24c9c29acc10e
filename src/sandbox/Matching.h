#pragma once

#include <QJsonObject>

class SandboxData;

// The sandbox's matching of a customer data record to a company (docs/api-choices.md): by business id
// in any of its three shapes, else by company name + country; "pending" for a business id in a
// country the data set has no companies of.
namespace Matching {
QJsonObject match(const SandboxData& data, const QJsonObject& matchData);
}
