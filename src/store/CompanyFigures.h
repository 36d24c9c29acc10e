#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The figures of one event of a company that its charts show: the staff and the turnover the delivery
// carried and the company's status. Deliveries are lenient JSON: a figure that was missing, null or
// text that is no number is absent (a gap in the chart, not a zero).
struct CompanyFigures
{
    qint64 eventId = 0;
    QDateTime arrival; // the event's first arrival, UTC
    std::optional<double> staff; // data.staff_number
    std::optional<double> turnover; // data.turn_over, in euros
    QString status; // data.status; empty when the delivery had none
};
