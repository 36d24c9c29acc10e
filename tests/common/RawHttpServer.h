#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A real HTTP/1.1 server on a loopback port for what the sandbox never does (redirects, answers without a
// Content-Length): it reads each request head and writes whatever `answer` returns for it, then closes.
class RawHttpServer : public QObject
{
public:
    using Answer = std::function<QByteArray(const QByteArray& requestHead)>;

    explicit RawHttpServer(Answer answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    const QByteArray& data = m_buffer[socket];
                    const qsizetype end = data.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = data.left(end);
                    m_heads.append(head);
                    socket->write(m_answer(head));
                    socket->disconnectFromHost();
                    m_buffer.remove(socket);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray>& requestHeads() const { return m_heads; }

private:
    Answer m_answer;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffer;
    QList<QByteArray> m_heads;
};
