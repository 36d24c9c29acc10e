#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// Stands between the sandbox and the receiver: answers the first `refuse` requests with 503 (as a
// receiver that cannot store would), then forwards each request to `target` and relays its status.
class FlakyProxy : public QObject
{
public:
    int refuse = 1;
    int requests = 0;

    explicit FlakyProxy(QUrl target)
        : m_target(std::move(target))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url() const
    {
        QUrl url = m_target;
        url.setPort(m_server.serverPort());
        return url;
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray& line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray target = lines.value(0).split(' ').value(1);
        const QByteArray body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        if (requests++ < refuse) {
            socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        QUrl forward = m_target;
        forward.setQuery(QString::fromLatin1(target.mid(target.indexOf('?') + 1)));
        if (!target.contains('?'))
            forward.setQuery(QString());
        QNetworkRequest request(forward);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.post(request, body);
        connect(reply, &QNetworkReply::finished, socket, [reply, socket] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            socket->write("HTTP/1.1 " + QByteArray::number(status ? status : 502) + " X\r\nContent-Length: 0\r\n\r\n");
            reply->deleteLater();
        });
    }

    QUrl m_target;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
