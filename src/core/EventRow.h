#pragma once

#include "core/DeliveryOrigin.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// The columns of one event that a table row shows: no payloads, so a page of rows is cheap to read.
struct EventRow
{
    qint64 id = 0;
    QDateTime firstArrival; // UTC
    QString uniqueId;
    QString businessId;
    QString companyName;
    QString companyKey; // the business id, or "unique_id:<id>" when the delivery had none
    QStringList changedFields;
    int attempts = 1;
    int maxNumberOfTries = 1;
    bool stale = false;
    bool hasBefore = false;
    DeliveryOrigin origin = DeliveryOrigin::Delivery;
    QString problem; // an unrecognised delivery: why it could not be read

    bool isUnrecognised() const { return origin == DeliveryOrigin::Unrecognised; }
};
