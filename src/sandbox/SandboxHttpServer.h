#pragma once

#include "sandbox/ApiExchange.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>

#include <functional>

// Answers one request. Writes the HTTP response itself on the socket, so an answer can be sent
// later (injected latency) or never (a dropped connection), and a closed socket is harmless.
class HttpResponder
{
public:
    explicit HttpResponder(QTcpSocket* socket)
        : m_socket(socket)
    { }

    void send(const SandboxReply& reply) const;
    void drop() const; // closes the connection without an answer

private:
    QPointer<QTcpSocket> m_socket;
};

// The only class that knows Qt HTTP Server: every request, whatever its path and method, goes to
// one callback. QHttpServer's router is not used because in 6.4 it answers a wrong method with 404.
class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<void(const SandboxRequest&, const HttpResponder&)>;

    explicit SandboxHttpServer(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};
