#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One call of the API before it becomes a URL: the path as plain (unencoded) segments below the base URL,
// the query as plain key/value pairs. RequestBuilder turns it into a QNetworkRequest.
struct RequestSpec
{
    QByteArray verb; // "GET", "POST", "PUT", "PATCH", "DELETE"
    QStringList pathSegments; // {"webhook_configuration", id}
    QList<QPair<QString, QString>> query; // kept in order
    QByteArray jsonBody; // empty: no body
    // A read sent as POST only because its parameters are too long for a URL (POST /companies/): it changes
    // nothing, so it may be retried like a GET.
    bool readOnly = false;
};
