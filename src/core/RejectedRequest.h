#pragma once

#include <QByteArray>
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
    // The body is kept only for an authenticated request that was refused for its content (not
    // JSON); then keptBodySize is its size and body holds it (a list read holds only its start).
    qint64 keptBodySize = -1;
    QByteArray body;

    bool hasKeptBody() const { return keptBodySize >= 0; }
};

// How much of the rejected log the store keeps: the newest rows, oldest dropped first.
struct RejectedRetention
{
    int rows = 10000;
    qint64 bodyBytes = 100 * 1024 * 1024; // the kept bodies together
};

Q_DECLARE_METATYPE(RejectedRequest)
