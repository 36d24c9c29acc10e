#pragma once

#include "core/EventFilter.h"

#include <QString>
#include <QVariantList>

class SqliteStatement;

// The SQL side of an EventFilter, kept in the store so the filter itself stays a plain value.
namespace EventFilterSql {

// A SQL condition over the events table ("1" when the filter is empty), with its values appended to binds.
QString condition(const EventFilter& filter, QVariantList* binds);

// Binds a condition's values (text and integers) to the statement's parameters from `first` on; the number of
// the next parameter afterwards.
int bind(SqliteStatement& statement, int first, const QVariantList& binds);

} // namespace EventFilterSql
