#include "receiver/GuardedTcpServer.h"

#include "receiver/HttpResponse.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>

Q_LOGGING_CATEGORY(lcTls, "vainu.receiver.tls")

GuardedTcpServer::GuardedTcpServer(const ReceiverSettings& settings,
                                   std::function<void(const RejectedRequest&)> rejected, QObject* parent)
    : QTcpServer(parent)
    , m_settings(settings)
    , m_validator(settings)
    , m_rejected(std::move(rejected))
{
    // The guard limits connections itself; keep Qt's accept backlog from growing without bound.
    setMaxPendingConnections(qMax(30, settings.maxConnections));
}

void GuardedTcpServer::setTls(const TlsCredentials& credentials)
{
    m_tls = credentials;
    m_useTls = true;
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    QTcpSocket* socket = nullptr;
    if (m_useTls) {
        QString problem;
        if (m_tls.refreshIfChanged(&problem))
            qCInfo(lcTls) << "the certificate files changed; new connections use the new certificate";
        else if (!problem.isEmpty())
            qCWarning(lcTls) << "the certificate files changed but cannot be used; keeping the previous ones:"
                             << problem;
        auto* sslSocket = new QSslSocket(this);
        sslSocket->setSslConfiguration(m_tls.configuration());
        // A client that does not speak TLS, or gives up on the handshake: nothing to answer, close.
        connect(sslSocket, &QSslSocket::errorOccurred, sslSocket, [sslSocket](QAbstractSocket::SocketError error) {
            if (error == QAbstractSocket::SslHandshakeFailedError || error == QAbstractSocket::SslInternalError) {
                qCInfo(lcTls) << "TLS handshake with" << sslSocket->peerAddress().toString()
                              << "failed:" << sslSocket->errorString();
                sslSocket->abort();
            }
        });
        socket = sslSocket;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_useTls)
        static_cast<QSslSocket*>(socket)->startServerEncryption(); // answers written meanwhile wait for it
    if (m_openConnections >= m_settings.maxConnections) {
        RejectedRequest rejected;
        rejected.arrival = QDateTime::currentDateTimeUtc();
        rejected.remoteAddress = socket->peerAddress().toString();
        rejected.status = 503;
        rejected.reason = tr("Too many open connections (limit %1).").arg(m_settings.maxConnections);
        if (m_rejected)
            m_rejected(rejected);
        socket->write(
            HttpResponse::build(503, HttpResponse::detailJson(rejected.reason), true, {{"Retry-After", "1"}}));
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        return;
    }
    ++m_openConnections;
    auto* guard = new ConnectionGuard(socket, m_settings, &m_validator,
                                      {[this](ConnectionGuard* g) { handOver(g); }, m_rejected});
    connect(guard, &QObject::destroyed, this, [this] { --m_openConnections; });
}

void GuardedTcpServer::handOver(ConnectionGuard* guard)
{
    QTcpSocket* socket = guard->socket();
    // Qt HTTP Server 6.4 takes sockets in a slot on newConnection with nextPendingConnection().
    addPendingConnection(socket);
    emit newConnection();
    guard->attachAfterServer();
    // Its readyRead slot was connected just now: let it parse what is already buffered.
    emit socket->readyRead();
}
