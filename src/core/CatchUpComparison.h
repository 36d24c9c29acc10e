#pragma once

#include <QJsonObject>
#include <QStringList>

#include <optional>

// Catching up after downtime compares a company's last known state (its snapshot: the `data` of the
// last delivery) with its fields from Get Companies, and records the difference the way a delivery
// would have shown it (docs/ARCHITECTURE.md, "Catching up").
namespace CatchUpComparison {

// The fields asked of Get Companies: the basic fields a delivery carries, and only those, so that a
// field only deliveries know (an unknown extra) never makes Get Companies refuse the whole query.
QStringList requestedFields();

// The company's data as a delivery would carry it now: the snapshot with each basic field that Get
// Companies returned replaced by its current value, read as leniently as a delivery. A field Get
// Companies left out, a null where the snapshot has no such field, and a value of another kind (an
// object where a delivery has text) say nothing about a change and keep the snapshot's value.
// nullopt when nothing differs.
std::optional<QJsonObject> currentData(const QJsonObject& snapshot, const QJsonObject& companyFields);

} // namespace CatchUpComparison
