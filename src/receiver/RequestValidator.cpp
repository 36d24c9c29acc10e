#include "receiver/RequestValidator.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

RequestValidator::RequestValidator(ReceiverSettings settings)
    : m_settings(std::move(settings))
    , m_path(m_settings.path.toUtf8())
    , m_secret(m_settings.secret.toUtf8())
    , m_previousSecret(m_settings.previousSecret.toUtf8())
{ }

bool RequestValidator::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const qsizetype length = qMax(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < length; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a[i] : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b[i] : 0);
        difference |= unsigned(x ^ y);
    }
    return difference == 0;
}

RequestValidator::Verdict RequestValidator::checkHead(const RequestHead& head) const
{
    const QByteArray path = QByteArray::fromPercentEncoding(head.path);
    if (path != m_path && path != m_path + '/')
        return {404,
                tr("No webhook receiver at %1. Deliveries go to %2.")
                    .arg(QString::fromUtf8(path.left(200)), m_settings.path)};
    if (head.method != "POST")
        return {405,
                tr("Method %1 is not allowed here; Vainu delivers with POST.")
                    .arg(QString::fromLatin1(head.method.left(20)))};
    if (!m_secret.isEmpty()) {
        const QUrlQuery query(QString::fromUtf8(head.query));
        const QByteArray sent = query.queryItemValue(m_settings.secretParameter, QUrl::FullyDecoded).toUtf8();
        if (sent.isEmpty())
            return {401,
                    tr("The secret is missing from the query (parameter \"%1\"). Subscribe the webhook again "
                       "with the receiver's current URL.")
                        .arg(m_settings.secretParameter)};
        // Both comparisons always run, each in constant time, so the answer's timing tells nothing either.
        const bool current = constantTimeEquals(sent, m_secret);
        const bool previousValid = !m_previousSecret.isEmpty() && m_settings.previousSecretValidUntil.isValid()
            && QDateTime::currentDateTimeUtc() < m_settings.previousSecretValidUntil;
        const bool previous = constantTimeEquals(sent, m_previousSecret) && previousValid;
        if (!(current || previous))
            return {401,
                    tr("The secret in the query is wrong. Subscribe the webhook again with the receiver's "
                       "current URL.")};
    }
    if (head.chunked)
        return {411, tr("Chunked request bodies are not accepted; send the body with a Content-Length header.")};
    if (head.contentLength < 0)
        return {411, tr("The request has no Content-Length header.")};
    if (head.contentLength > m_settings.maxBodyBytes)
        return {
            413,
            tr("The body has %1 bytes; the limit is %2 bytes.").arg(head.contentLength).arg(m_settings.maxBodyBytes)};
    // No Content-Type check: an authenticated body is kept and read by its bytes whatever it says it is
    // (a JSON body sent as text/plain is still a delivery; a body that is not JSON is kept in the rejected log).
    return {};
}
