#include "api/RequestBuilder.h"

#include "core/AppInfo.h"

using namespace Qt::StringLiterals;

RequestBuilder::RequestBuilder(const ApiConnection& connection, const ClientLimits& limits)
    : m_connection(connection)
    , m_limits(limits)
    , m_base(normalisedBaseUrl(connection.baseUrl, &m_problem))
{ }

QUrl RequestBuilder::normalisedBaseUrl(const QUrl& baseUrl, QString* problem)
{
    QString why;
    if (baseUrl.isEmpty())
        why = tr("No API address is set. Enter the Vainu API address in Settings.");
    else if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        why = tr("The API address \"%1\" is not a valid URL. Check it in Settings.").arg(baseUrl.toDisplayString());
    else if (baseUrl.scheme() != u"https" && baseUrl.scheme() != u"http")
        why = tr("The API address \"%1\" must start with https:// or http://. Check it in Settings.")
                  .arg(baseUrl.toDisplayString());
    if (problem)
        *problem = why;
    if (!why.isEmpty())
        return {};

    QUrl base = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    QString path = base.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    base.setPath(path, QUrl::TolerantMode);
    return base;
}

QUrl RequestBuilder::url(const QStringList& pathSegments, const QList<QPair<QString, QString>>& query) const
{
    if (m_base.isEmpty())
        return {};
    QString path = m_base.path(QUrl::FullyEncoded);
    for (const QString& segment : pathSegments)
        path += QString::fromLatin1(QUrl::toPercentEncoding(segment)) + u'/';
    QUrl result = m_base;
    result.setPath(path, QUrl::TolerantMode);

    // Built by hand rather than with QUrlQuery, which leaves '+' as is: servers read a bare '+' as a space.
    // Commas stay readable; they separate the items of fields= and __in= values.
    QStringList pairs;
    for (const auto& [key, value] : query)
        pairs.append(QString::fromLatin1(QUrl::toPercentEncoding(key, ",")) + u'='
                     + QString::fromLatin1(QUrl::toPercentEncoding(value, ",")));
    if (!pairs.isEmpty())
        result.setQuery(pairs.join(u'&'), QUrl::TolerantMode);
    return result;
}

QNetworkRequest RequestBuilder::request(const RequestSpec& spec) const
{
    QNetworkRequest request(url(spec.pathSegments, spec.query));
    if (!m_connection.apiKey.isEmpty())
        request.setRawHeader("API-Key", m_connection.apiKey.trimmed().toUtf8());
    request.setRawHeader("Accept", "application/json");
    if (!spec.jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(AppInfo::id() + u'/' + AppInfo::version()));
    request.setTransferTimeout(static_cast<int>(m_limits.transferTimeout.count()));
    // Same origin only: a redirect to another host would carry the API key there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_limits.maxRedirects);
    return request;
}
