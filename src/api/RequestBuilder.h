#pragma once

#include "api/ApiConnection.h"
#include "api/ClientLimits.h"
#include "api/RequestSpec.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUrl>

// The one place where the API's URLs and requests are made: path segments are percent-encoded and the path
// ends with '/', query values are fully encoded (a '+' stays a plus), and every request carries the API-Key
// header, the transfer timeout and the redirect cap.
class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)

public:
    RequestBuilder(const ApiConnection& connection, const ClientLimits& limits);

    // The base URL with its path ending in '/', or an empty URL when it is unusable (problem says why).
    static QUrl normalisedBaseUrl(const QUrl& baseUrl, QString* problem = nullptr);

    // Empty when the base URL is unusable; problem() then says why, in a sentence for the user.
    QString problem() const { return m_problem; }

    QUrl url(const QStringList& pathSegments, const QList<QPair<QString, QString>>& query = {}) const;
    QNetworkRequest request(const RequestSpec& request) const;

private:
    ApiConnection m_connection;
    ClientLimits m_limits;
    QString m_problem; // before m_base: the constructor fills it while making m_base
    QUrl m_base;
};
