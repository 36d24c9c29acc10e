#pragma once

#include "core/RejectedRequest.h"
#include "receiver/ReceiverSettings.h"
#include "receiver/StoredDelivery.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

class ConnectionGuard;
struct RequestHead;
class EventStore;
class GuardedTcpServer;
class QHttpServer;
class QHttpServerRequest;
class QTcpSocket;

// Lives in the receiver thread: owns Qt HTTP Server and the guarded TCP server under it, checks
// each payload, persists it through the EventStore and answers only after the store committed.
// Everything that depends on the version of Qt HTTP Server stays in this file and ConnectionGuard.
class ReceiverWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReceiverWorker(EventStore* store, QObject* parent = nullptr);
    ~ReceiverWorker() override;

    void start(const ReceiverSettings& settings);
    void stop();
    int openConnections() const;

    // A test delivery ("Test the public URL", `receiver check`) carries this header with the value 1, or
    // this text in its JSON body. It is stored with origin "test", answered {"status": "stored_test"},
    // and kept out of company timelines and exports.
    static QByteArray testHeaderName() { return QByteArrayLiteral("X-Vainu-Webhooks-Test"); }
    static QByteArray testBodyMarker() { return QByteArrayLiteral("\"vainu_webhooks_test\":true"); }
    static bool isTestDelivery(const RequestHead& head, const QByteArray& body);
    // The query a delivery came with, without the secret parameter (kept with the event; a forward target may ask
    // for it, and the secret must never leave the receiver).
    static QByteArray queryWithoutSecret(const QByteArray& query, const QString& secretParameter);

signals:
    void listening(const QHostAddress& address, quint16 port);
    void startFailed(const QString& message);
    void stopped();
    // Once per store batch rather than once per delivery: a queued signal per delivery to another
    // thread costs as much as a good part of the delivery itself under load.
    void deliveriesStored(const QList<StoredDelivery>& deliveries);
    void deliveryFailed(const QString& message);
    void requestRejected(const RejectedRequest& rejected);

private:
    void handle(const QHttpServerRequest& request, QTcpSocket* socket);
    void logRejected(const RejectedRequest& rejected);
    void refuseKeepingBody(ConnectionGuard* guard, const QByteArray& body, const QString& problem);
    void noteStored(StoredDelivery stored);
    void emitStored();

    EventStore* m_store;
    ReceiverSettings m_settings;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer* m_tcp = nullptr; // owned by m_http once bound
    QList<StoredDelivery> m_stored; // answered since the last deliveriesStored()
};
