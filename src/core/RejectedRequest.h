#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A request the receiver refused, for the "Rejected" view. Holds the path without its query,
// so a secret sent in the query never reaches the store.
struct RejectedRequest
{
    qint64 id = 0;
    QDateTime arrival; // UTC
    QString remoteAddress;
    QString method;
    QString path;
    int status = 0;
    QString reason;
    qint64 bodySize = -1; // Content-Length as announced, -1 when unknown
};

Q_DECLARE_METATYPE(RejectedRequest)
