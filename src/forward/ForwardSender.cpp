#include "forward/ForwardSender.h"

#include "core/AppInfo.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const char* const abortedProperty = "vw_aborted"; // abortAll(): no Done
const char* const truncatedProperty = "vw_truncated"; // the answer was longer than the cap: read no further

// What would break the request's framing if written: a line break or NUL, a name that is not one word, a header
// the request's own framing sets.
bool canWriteHeader(const QByteArray& name, const QByteArray& value)
{
    static const QList<QByteArray> framing = {"host", "content-length", "transfer-encoding", "connection"};
    const auto breaksLine = [](char c) { return c == '\r' || c == '\n' || c == '\0'; };
    if (name.isEmpty() || std::any_of(value.begin(), value.end(), breaksLine))
        return false;
    if (std::any_of(name.begin(), name.end(),
                    [&](char c) { return breaksLine(c) || c == ':' || c == ' ' || c == '\t'; }))
        return false;
    return !framing.contains(name.toLower());
}

} // namespace

ForwardSender::ForwardSender(int maxResponseBytes, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_plain(new PlainHttpClient(maxResponseBytes, this))
    , m_maxResponseBytes(maxResponseBytes)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a redirect is not a 2xx
}

ForwardSender::~ForwardSender()
{
    abortAll();
}

int ForwardSender::inFlight() const
{
    return int(m_network->findChildren<QNetworkReply*>().size()) + m_plain->inFlight();
}

void ForwardSender::abortAll()
{
    m_plain->abortAll();
    for (QNetworkReply* reply : m_network->findChildren<QNetworkReply*>()) {
        reply->setProperty(abortedProperty, true);
        reply->abort();
    }
}

void ForwardSender::send(const ForwardPayload& payload, const ForwardTarget& target, int attempt, Done done)
{
    QUrl url = target.url;
    if (target.sendQuery && !payload.query.isEmpty()) {
        const QString query = url.hasQuery() ? url.query(QUrl::FullyEncoded) + u'&' : QString();
        url.setQuery(query + QString::fromUtf8(payload.query), QUrl::StrictMode);
    }
    PlainHttpClient::Headers headers;
    if (!payload.contentType.isEmpty())
        headers.append({"Content-Type", payload.contentType});
    if (payload.eventId > 0)
        headers.append({eventIdHeader(), QByteArray::number(payload.eventId)});
    headers.append({attemptHeader(), QByteArray::number(attempt)});
    headers.append({originHeader(), DeliveryOrigins::toText(payload.origin).toLatin1()});
    bool hasUserAgent = false;
    for (const auto& [name, value] : target.headers) {
        if (!canWriteHeader(name, value))
            continue; // refused when the target was saved (ForwardTarget::headerProblem); never written
        hasUserAgent = hasUserAgent || name.compare("User-Agent", Qt::CaseInsensitive) == 0;
        headers.append({name, value});
    }
    if (!hasUserAgent)
        headers.append({"User-Agent", userAgent()});
    if (PlainHttpClient::canSend(url))
        sendPlain(url, headers, payload.body, target.timeoutMs, std::move(done));
    else
        sendWithNetworkAccess(url, headers, payload.body, target.timeoutMs, std::move(done));
}

QByteArray ForwardSender::userAgent()
{
    static const QByteArray agent = AppInfo::name().remove(u' ').toUtf8() + '/' + AppInfo::version().toUtf8();
    return agent;
}

void ForwardSender::sendPlain(const QUrl& url, const PlainHttpClient::Headers& headers, const QByteArray& body,
                              int timeoutMs, Done done)
{
    QElapsedTimer timer;
    timer.start();
    m_plain->post(url, headers, body, timeoutMs, [timer, timeoutMs, done = std::move(done)](const auto& answer) {
        ForwardAttempt result;
        result.durationMs = int(timer.elapsed());
        result.status = answer.status;
        result.responseBody = answer.body;
        result.responseTruncated = answer.bodyTruncated;
        if (result.status >= 200 && result.status < 300)
            result.delivered = true;
        else if (result.status > 0)
            result.error = tr("The target answered HTTP %1.").arg(result.status);
        else if (answer.timedOut)
            result.error = noAnswerWithin(timeoutMs);
        else
            result.error = tr("The target could not be reached: %1").arg(answer.error);
        done(result);
    });
}

QString ForwardSender::noAnswerWithin(int timeoutMs)
{
    return tr("No answer within %1 seconds.").arg(timeoutMs / 1000.0, 0, 'g', 3);
}

// https, or a URL with a user name: QNetworkAccessManager brings TLS and authentication.
void ForwardSender::sendWithNetworkAccess(const QUrl& url, const PlainHttpClient::Headers& headers,
                                          const QByteArray& body, int timeoutMs, Done done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto answer = std::make_shared<QByteArray>();
    QNetworkReply* reply = m_network->post(request, body);
    const qint64 cap = m_maxResponseBytes;
    connect(reply, &QNetworkReply::readyRead, this, [reply, body = answer, cap] {
        if (reply->property(truncatedProperty).toBool())
            return;
        body->append(reply->read(qMax<qint64>(0, cap - body->size())));
        if (body->size() >= cap && reply->bytesAvailable() > 0) {
            // A huge answer: what is kept is enough; stop reading it.
            reply->setProperty(truncatedProperty, true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [reply, body = answer, timer, cap, done = std::move(done), timeoutMs] {
                reply->deleteLater();
                if (reply->property(abortedProperty).toBool())
                    return;
                ForwardAttempt result;
                result.durationMs = int(timer->elapsed());
                result.responseTruncated = reply->property(truncatedProperty).toBool();
                if (!result.responseTruncated) {
                    body->append(reply->read(qMax<qint64>(0, cap - body->size())));
                    result.responseTruncated = reply->bytesAvailable() > 0;
                }
                result.responseBody = *body;
                result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (result.status >= 200 && result.status < 300) {
                    result.delivered = true;
                } else if (result.status > 0) {
                    result.error = tr("The target answered HTTP %1.").arg(result.status);
                } else if (reply->error() == QNetworkReply::OperationCanceledError) {
                    result.error = noAnswerWithin(timeoutMs);
                } else {
                    result.error = tr("The target could not be reached: %1").arg(reply->errorString());
                }
                done(result);
            });
}
