#include "sandbox/DeliveryEngine.h"

#include "sandbox/SandboxLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype maxLogEntries = 20000;
}

DeliveryEngine::DeliveryEngine(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Deliveries go straight to the receiver; a proxy from the environment must not intercept them.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

QUrl DeliveryEngine::deliveryUrl(const QString& webhookUrl, const QString& query)
{
    QString parameters = query;
    if (parameters.startsWith(u'?'))
        parameters.remove(0, 1);
    if (parameters.isEmpty())
        return QUrl(webhookUrl);
    return QUrl(webhookUrl + (webhookUrl.contains(u'?') ? u'&' : u'?') + parameters);
}

void DeliveryEngine::enqueue(const QJsonObject& webhook, const QString& uniqueId, const QJsonObject& data)
{
    auto job = std::make_shared<Job>();
    job->id = m_nextJobId++;
    job->webhookId = webhook.value(u"id"_s).toString();
    job->url = deliveryUrl(webhook.value(u"webhook_url"_s).toString(), webhook.value(u"query"_s).toString());
    job->uniqueId = uniqueId;
    job->data = data;
    m_pending.insert(job->id);
    send(job);
}

int DeliveryEngine::delayBeforeTry(int tryNumber) const
{
    if (m_retryDelaysMs.isEmpty())
        return 0;
    return m_retryDelaysMs.at(std::min<qsizetype>(tryNumber - 2, m_retryDelaysMs.size() - 1));
}

void DeliveryEngine::send(const std::shared_ptr<Job>& job)
{
    if (!m_pending.contains(job->id))
        return; // cancelled while waiting for a retry
    ++job->tries;
    const QJsonObject payload {{u"data"_s, job->data},
                               {u"number_of_tries"_s, job->tries},
                               {u"type"_s, u"company_change_webhook"_s},
                               {u"unique_id"_s, job->uniqueId}};
    QNetworkRequest request(job->url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("User-Agent", "Vainu-Sandbox-Webhook/1");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = m_network->post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, job, reply, timer, startedAt] { finish(job, reply, timer, startedAt); });
}

void DeliveryEngine::finish(const std::shared_ptr<Job>& job, QNetworkReply* reply, const QElapsedTimer& timer,
                            const QString& startedAt)
{
    reply->deleteLater();
    m_inFlight.remove(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool success = status >= 200 && status < 300;
    QString error;
    if (!success) {
        if (reply->error() == QNetworkReply::OperationCanceledError && m_pending.contains(job->id))
            error = u"timeout: no answer within %1 ms"_s.arg(m_timeoutMs);
        else if (reply->error() != QNetworkReply::NoError && status == 0)
            error = reply->errorString();
        else
            error = u"HTTP %1"_s.arg(status);
    }
    const bool retry = !success && job->tries < m_maxTries && m_pending.contains(job->id);
    const int delay = retry ? delayBeforeTry(job->tries + 1) : 0;
    QJsonObject entry {{u"id"_s, m_nextAttemptId++},
                       {u"delivery_id"_s, static_cast<qint64>(job->id)},
                       {u"webhook_id"_s, job->webhookId},
                       {u"url"_s, job->url.toString()},
                       {u"unique_id"_s, job->uniqueId},
                       {u"business_id"_s, job->data.value(u"business_id"_s)},
                       {u"number_of_tries"_s, job->tries},
                       {u"status"_s, status > 0 ? QJsonValue(status) : QJsonValue()},
                       {u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error)},
                       {u"duration_ms"_s, timer.elapsed()},
                       {u"started_at"_s, startedAt},
                       {u"outcome"_s, success ? u"delivered"_s : (retry ? u"retry_scheduled"_s : u"failed"_s)}};
    if (retry)
        entry.insert(u"next_try_in_ms"_s, delay);
    m_log.append(entry);
    if (m_log.size() > maxLogEntries)
        m_log.remove(0, m_log.size() - maxLogEntries);
    qCDebug(lcSandboxDelivery) << "delivery" << job->id << "try" << job->tries << "status" << status << error;
    if (retry)
        QTimer::singleShot(delay, this, [this, job] { send(job); });
    else
        m_pending.remove(job->id);
    emit attemptLogged(entry);
}

QJsonArray DeliveryEngine::log(qint64 afterId, int limit) const
{
    QJsonArray out;
    for (const QJsonObject& entry : m_log) {
        if (entry.value(u"id"_s).toInteger() > afterId && out.size() < limit)
            out.append(entry);
    }
    return out;
}

void DeliveryEngine::cancelAll()
{
    m_pending.clear();
    const QSet<QNetworkReply*> inFlight = std::exchange(m_inFlight, {});
    for (QNetworkReply* reply : inFlight)
        reply->abort();
}
