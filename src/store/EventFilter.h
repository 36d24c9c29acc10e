#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantList>

// What the Live events table shows: every field left empty matches everything. Text matches are
// case-insensitive substrings; `field` names one changed field exactly.
struct EventFilter
{
    QString company; // part of the company name
    QString businessId; // part of the business id
    QString field; // a changed field, e.g. "staff_number" (a company's first event changes nothing)
    QDateTime from; // first arrival at or after (invalid: no lower bound)
    QDateTime to; // first arrival before (invalid: no upper bound)

    bool isEmpty() const;
    bool operator==(const EventFilter&) const = default;

    // A SQL condition over the events table ("1" when empty), with its values appended to binds.
    QString sqlCondition(QVariantList* binds) const;
};
