#pragma once

#include "core/DeliveryOrigin.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One company-change event as stored: the first arrival's payload plus the attempt counters.
struct StoredEvent
{
    qint64 id = 0;
    QString uniqueId;
    QString businessId;
    QString companyName;
    QString type;
    QByteArray dataHash;
    QJsonObject data;
    QByteArray rawBody; // the first accepted attempt, byte for byte
    QString remoteAddress;
    QDateTime firstArrival; // UTC
    QDateTime lastArrival; // UTC
    int attempts = 1; // requests received for this event (duplicates included)
    int maxNumberOfTries = 1; // highest number_of_tries seen
    bool stale = false;
    bool hasBefore = false; // a previous state of the company was known
    QJsonObject before; // the company's snapshot when this event arrived
    QStringList changedFields;
    DeliveryOrigin origin = DeliveryOrigin::Delivery;
    QString problem; // an unrecognised delivery: why it could not be read

    bool isDuplicate() const { return attempts > 1; }
    bool isRetry() const { return maxNumberOfTries > 1; }
    bool isUnrecognised() const { return origin == DeliveryOrigin::Unrecognised; }
};
