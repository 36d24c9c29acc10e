#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

// Sends company-change deliveries (docs/api-choices.md section 3): POST JSON to webhook_url + query, any
// 2xx is success, anything else or no answer within the timeout is retried after growing delays
// with number_of_tries raised, up to maxTries. Every attempt goes to an in-memory log.
class DeliveryEngine : public QObject
{
    Q_OBJECT

public:
    explicit DeliveryEngine(QObject* parent = nullptr);

    void setRetryDelays(const QList<int>& delaysMs) { m_retryDelaysMs = delaysMs; }
    QList<int> retryDelays() const { return m_retryDelaysMs; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxTries(int maxTries) { m_maxTries = maxTries; }
    int maxTries() const { return m_maxTries; }

    // Queues the first try of one delivery of `data` (the ten basic fields) to one webhook.
    void enqueue(const QJsonObject& webhook, const QString& uniqueId, const QJsonObject& data);

    QJsonArray log(qint64 afterId, int limit) const; // attempts with id > afterId, oldest first
    qint64 lastAttemptId() const { return m_nextAttemptId - 1; }
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    void clearLog() { m_log.clear(); }
    void cancelAll(); // aborts in-flight attempts and forgets scheduled retries

    static QUrl deliveryUrl(const QString& webhookUrl, const QString& query);

signals:
    void attemptLogged(const QJsonObject& entry);

private:
    struct Job
    {
        quint64 id = 0;
        QString webhookId;
        QUrl url;
        QString uniqueId;
        QJsonObject data;
        int tries = 0;
    };

    void send(const std::shared_ptr<Job>& job);
    void finish(const std::shared_ptr<Job>& job, QNetworkReply* reply, const QElapsedTimer& timer,
                const QString& startedAt);
    int delayBeforeTry(int tryNumber) const;

    QNetworkAccessManager* m_network;
    QList<int> m_retryDelaysMs = {1000, 5000, 30000, 120000, 600000};
    int m_timeoutMs = 10000;
    int m_maxTries = 5;
    quint64 m_nextJobId = 1;
    qint64 m_nextAttemptId = 1;
    QList<QJsonObject> m_log;
    QSet<quint64> m_pending; // jobs in flight or waiting for a retry
    QSet<QNetworkReply*> m_inFlight;
};
