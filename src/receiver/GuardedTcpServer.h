#pragma once

#include "receiver/ConnectionGuard.h"
#include "receiver/ReceiverSettings.h"
#include "receiver/RequestValidator.h"
#include "receiver/TlsCredentials.h"

#include <QTcpServer>

#include <functional>

// The listening socket under Qt HTTP Server (bound with QAbstractHttpServer::bind). Every accepted
// connection gets a ConnectionGuard, and reaches Qt HTTP Server (through nextPendingConnection)
// only when its first request head has passed the checks. Connections beyond the cap are answered
// 503 and closed. With TLS credentials, each accepted socket is a QSslSocket whose server handshake
// starts at once; the guard (and its read timeout) sees only decrypted bytes, and Qt HTTP Server gets the
// encrypted socket as any QTcpSocket. The certificate files are looked at again for every new connection.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const ReceiverSettings& settings, std::function<void(const RejectedRequest&)> rejected,
                     QObject* parent = nullptr);
    // Serve HTTPS with these (already loaded) credentials.
    void setTls(const TlsCredentials& credentials);

    int openConnections() const { return m_openConnections; }
    const RequestValidator& validator() const { return m_validator; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void handOver(ConnectionGuard* guard);

    ReceiverSettings m_settings;
    RequestValidator m_validator;
    std::function<void(const RejectedRequest&)> m_rejected;
    int m_openConnections = 0;
    bool m_useTls = false;
    TlsCredentials m_tls;
};
