#pragma once

#include "core/RejectedRequest.h"
#include "receiver/ReceiverSettings.h"
#include "receiver/StoredDelivery.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>

class EventStore;
class ReceiverWorker;

// The embedded webhook receiver, for the GUI and the headless mode. Its HTTP server runs in a
// thread of its own; this object lives in the caller's thread and every signal arrives queued.
//
//   auto* receiver = new WebhookReceiver(&store, this);
//   connect(receiver, &WebhookReceiver::listening, ...);   // or startFailed(message)
//   receiver->start(settings);
class WebhookReceiver : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Starting,
        Listening,
        Failed
    };
    Q_ENUM(State)

    // The store must be open and outlive the receiver.
    explicit WebhookReceiver(EventStore* store, QObject* parent = nullptr);
    ~WebhookReceiver() override; // stops and joins the thread

    void start(const ReceiverSettings& settings); // asynchronous: listening() or startFailed()
    void stop(); // synchronous: no connection is open on return

    State state() const { return m_state; }
    ReceiverSettings settings() const { return m_settings; }
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString lastError() const { return m_lastError; }
    // http://<address>:<port><path> (https with TLS), without the secret. Empty unless listening.
    QUrl localUrl() const;
    // The same with the secret in the query, as Vainu must call it (never log it).
    QUrl deliveryUrl() const;

signals:
    void stateChanged(WebhookReceiver::State state);
    void listening(const QHostAddress& address, quint16 port);
    void startFailed(const QString& message);
    void stopped();
    // Deliveries committed to the store and answered 200, in the order they were answered; one
    // signal per batch of the store under load.
    void deliveriesStored(const QList<StoredDelivery>& deliveries);
    // A delivery could not be stored and was answered 503 (Vainu retries).
    void deliveryFailed(const QString& message);
    void requestRejected(const RejectedRequest& rejected);

private:
    void setState(State state);

    QThread m_thread;
    ReceiverWorker* m_worker;
    ReceiverSettings m_settings;
    State m_state = State::Stopped;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_lastError;
    // The worker answers every start with listening() or startFailed(), in order. Only the answer to the latest
    // start, while it is still wanted, counts: after stop() or a newer start(), an earlier answer is stale (it
    // showed a stopped receiver as listening on its old port).
    quint64 m_startsIssued = 0;
    quint64 m_startsAnswered = 0;
    bool answersLatestStart();
};
