#pragma once

#include <QDateTime>
#include <QString>

// What the Live events table shows: every field left empty matches everything. Text matches are
// case-insensitive substrings; `field` names one changed field exactly. A plain value: the store
// turns it into SQL (store/EventFilterSql.h).
struct EventFilter
{
    QString company; // part of the company name
    QString businessId; // part of the business id
    QString field; // a changed field, e.g. "staff_number" (a company's first event changes nothing)
    QDateTime from; // first arrival at or after (invalid: no lower bound)
    QDateTime to; // first arrival before (invalid: no upper bound)

    bool isEmpty() const;
    bool operator==(const EventFilter&) const = default;
};
