#pragma once

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

// A tiny webhook receiver for delivery tests: records every POST and answers with `status`
// (0 = never answer, to exercise the sandbox's delivery timeout).
class TestReceiver : public QObject
{
public:
    struct Received
    {
        QByteArray target; // path and query as sent
        QByteArray contentType;
        QByteArray body;
        QJsonObject json;
    };

    int status = 200;
    QList<int> script; // statuses for the next requests, in order; then `status`
    QList<Received> received;

    TestReceiver()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url(const QString& path) const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        url.setPath(path);
        return url;
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
            Received request;
            request.target = lines.value(0).split(' ').value(1);
            qsizetype length = 0;
            for (const QByteArray& line : lines) {
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                if (name == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
                else if (name == "content-type")
                    request.contentType = line.mid(colon + 1).trimmed();
            }
            if (buffer.size() < headerEnd + 4 + length)
                return;
            request.body = buffer.mid(headerEnd + 4, length);
            request.json = QJsonDocument::fromJson(request.body).object();
            buffer.remove(0, headerEnd + 4 + length);
            received.append(request);
            const int answer = script.isEmpty() ? status : script.takeFirst();
            if (answer > 0)
                socket->write("HTTP/1.1 " + QByteArray::number(answer) + " X\r\nContent-Length: 0\r\n\r\n");
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};
