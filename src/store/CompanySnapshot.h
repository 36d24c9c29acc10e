#pragma once

#include <QJsonObject>
#include <QString>

// A company's last known state as the store keeps it (table `snapshots`), with the customer data
// record of the event it came from.
struct CompanySnapshot
{
    QString companyKey; // the business id (snapshots of companies without one are not read for catch-up)
    QJsonObject data;
    qint64 eventId = 0; // the event that set this state
    QString uniqueId; // that event's customer data record
};
