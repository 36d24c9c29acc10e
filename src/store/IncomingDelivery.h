#pragma once

#include "core/CompanyChange.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// One accepted request as the receiver hands it to the store: the parsed delivery plus everything
// needed to show or replay it later. Never holds the query string (it carries the secret).
struct IncomingDelivery
{
    CompanyChange change;
    QByteArray rawBody;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString remoteAddress;
    QDateTime arrival; // UTC
};
