#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One received request of an event (the first one and every duplicate).
struct DeliveryAttempt
{
    qint64 id = 0;
    qint64 eventId = 0;
    QDateTime arrival; // UTC
    int numberOfTries = 1;
    QString remoteAddress;
    QByteArray headersJson; // {"name": "value", ...}
    QByteArray rawBody;
};
