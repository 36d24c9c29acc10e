#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class EventStore;
class WebhookReceiver;
struct StoredDelivery;
class QNetworkAccessManager;
class QNetworkReply;

// What "Test the public URL" and `vainu-webhooks receiver check` found: that the test delivery arrived,
// or the first hop on the way that failed.
struct ReceiverCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverCheckResult)

public:
    enum class Hop
    {
        None, // arrived: the test delivery is in this receiver's history
        Address, // the public URL is not an absolute http(s) URL
        Dns, // the host name does not resolve
        Tcp, // nothing accepts the connection (refused, unreachable, no answer in time)
        Tls, // the HTTPS handshake failed (certificate not trusted, wrong host, not TLS)
        NotOurReceiver, // an HTTP answer from something else: a tunnel's or a proxy's error page
        Secret, // our receiver refused the secret (401/403)
        Receiver, // our receiver answered with another error (wrong path 404, storage 503, …)
        NotArrived, // a receiver answered, but the delivery is not in this history (another receiver)
    };

    Hop failed = Hop::None;
    int httpStatus = 0; // of the answer, when there was one
    QString detail; // the network error, the TLS errors or the answer's detail
    qint64 eventId = 0; // the stored test delivery, when it arrived
    QString uniqueId; // the test delivery's unique_id

    bool ok() const { return failed == Hop::None; }
    QString hopName() const; // dns, tcp, tls, http, secret, receiver, arrival (empty when ok): for scripts
    QString message() const; // one translated sentence: what happened and what to do
};

// Posts a test delivery (a company_change_webhook-shaped body marked as a test by the header
// X-Vainu-Webhooks-Test: 1 and "vainu_webhooks_test": true) with the secret to the receiver's public URL,
// and checks that it arrived in this receiver's event history. Our receiver is told from a tunnel or a
// proxy by the header X-Vainu-Webhooks-Receiver on every answer it gives.
class ReceiverCheck : public QObject
{
    Q_OBJECT

public:
    explicit ReceiverCheck(QObject* parent = nullptr);
    ~ReceiverCheck() override;

    // The history the local receiver writes to; the arrival is looked up there (its answer came after the
    // commit). Without one, an answer "stored_test" from a Vainu Webhooks receiver counts as arrived.
    void setStore(const EventStore* store) { m_store = store; }
    // Or the receiver of this process: the arrival is its deliveriesStored() naming the test delivery (waited
    // for up to a few seconds after the answer). The window uses this, so it never reads the store itself.
    void setReceiver(const WebhookReceiver* receiver);
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // publicUrl without the secret; it is added as the query parameter `secretParameter`.
    void start(const QUrl& publicUrl, const QString& secretParameter, const QString& secret);
    bool isRunning() const { return !m_reply.isNull() || m_awaitingArrival; }
    // The same, waiting in a local event loop (the command line).
    ReceiverCheckResult run(const QUrl& publicUrl, const QString& secretParameter, const QString& secret);

    static QByteArray testBody(const QString& uniqueId);

signals:
    void finished(const ReceiverCheckResult& result);

private:
    void onFinished();
    void onStored(const QList<StoredDelivery>& deliveries);
    void finish(ReceiverCheckResult result);

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    const EventStore* m_store = nullptr;
    QPointer<const WebhookReceiver> m_receiver;
    QMetaObject::Connection m_receiverConnection;
    qint64 m_arrivedId = 0; // the test delivery as the receiver reported it stored
    bool m_awaitingArrival = false;
    int m_timeoutMs = 20000;
    QTimer m_timer;
    ReceiverCheckResult m_result;
    QStringList m_tlsErrors;
    bool m_timedOut = false;
};

Q_DECLARE_METATYPE(ReceiverCheckResult)
