#include "forward/ForwardSender.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const char* const abortedProperty = "vw_aborted"; // abortAll(): no Done
const char* const truncatedProperty = "vw_truncated"; // the answer was longer than the cap: read no further

} // namespace

ForwardSender::ForwardSender(int maxResponseBytes, QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
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
    return int(m_network->findChildren<QNetworkReply*>().size());
}

void ForwardSender::abortAll()
{
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
    QNetworkRequest request(url);
    request.setTransferTimeout(target.timeoutMs);
    if (!payload.contentType.isEmpty())
        request.setRawHeader("Content-Type", payload.contentType);
    if (payload.eventId > 0)
        request.setRawHeader(eventIdHeader(), QByteArray::number(payload.eventId));
    request.setRawHeader(attemptHeader(), QByteArray::number(attempt));
    request.setRawHeader(originHeader(), DeliveryOrigins::toText(payload.origin).toLatin1());
    for (const auto& [name, value] : target.headers)
        request.setRawHeader(name, value);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto body = std::make_shared<QByteArray>();
    QNetworkReply* reply = m_network->post(request, payload.body);
    const qint64 cap = m_maxResponseBytes;
    connect(reply, &QNetworkReply::readyRead, this, [reply, body, cap] {
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
            [reply, body, timer, cap, done = std::move(done), timeout = target.timeoutMs] {
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
                    result.error = tr("No answer within %1 seconds.").arg(timeout / 1000.0, 0, 'g', 3);
                } else {
                    result.error = tr("The target could not be reached: %1").arg(reply->errorString());
                }
                done(result);
            });
}
