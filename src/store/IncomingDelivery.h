#pragma once

#include "core/CompanyChange.h"
#include "core/DeliveryOrigin.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// One accepted request as the receiver hands it to the store: what was read of it plus everything
// needed to show, forward or replay it later. The query string is kept without the receiver's secret parameter.
struct IncomingDelivery
{
    CompanyChange change; // Unrecognised: only uniqueId, when the body had one
    DeliveryOrigin origin = DeliveryOrigin::Delivery;
    QString problem; // Unrecognised: why the body is not a company change
    QByteArray rawBody;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString remoteAddress;
    QDateTime arrival; // UTC
    QByteArray query; // as sent, without '?' and without the receiver's secret parameter; empty when none
};
