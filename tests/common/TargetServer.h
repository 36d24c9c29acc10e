#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <functional>

// A user's endpoint as a forward target: a real HTTP/1.1 server on a loopback port that reads whole requests
// (head and Content-Length body, keep-alive), records them, and answers each with what `answer` says: a status
// and body, or no answer at all (a target that hangs). It can stop listening and listen again on its port.
class TargetServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int connection = 0; // which accepted connection it came on, from 1
        int onConnection = 0; // its place among that connection's requests, from 1

        QByteArray header(const QByteArray& name) const
        {
            for (const auto& [key, value] : headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return {};
        }
        qint64 eventId() const { return header("X-Vainu-Webhooks-Event-Id").toLongLong(); }
    };
    struct Answer
    {
        int status = 200;
        QByteArray body = "ok";
        bool hang = false; // never answer
        bool drop = false; // close the connection without answering
    };
    using Answering = std::function<Answer(const Request& request, int index)>;

    explicit TargetServer(Answering answering = {})
        : m_answering(std::move(answering))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                socket->setProperty("vw_connection", ++m_connections);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket); // a later socket may have its address
                    m_requestsOn.remove(socket);
                    socket->deleteLater();
                });
            }
        });
    }

    ~TargetServer() override
    {
        // The sockets outlive the hashes below (they are the server's children): they must not call back.
        for (QTcpSocket* socket : m_server.findChildren<QTcpSocket*>())
            socket->disconnect(this);
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    // Down: refuses new connections and drops the open ones.
    void close()
    {
        m_server.close();
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString& path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port ? m_port : port()).arg(path));
    }
    void rememberPort() { m_port = port(); }
    void setAnswering(Answering answering) { m_answering = std::move(answering); }
    const QList<Request>& requests() const { return m_requests; }
    int connections() const { return m_connections; } // accepted so far
    QList<qint64> eventIds() const
    {
        QList<qint64> ids;
        for (const Request& request : m_requests)
            ids.append(request.eventId());
        return ids;
    }

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            qint64 length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon <= 0)
                    continue;
                const QByteArray name = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({name, value});
                if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            request.body = buffer.mid(end + 4, length);
            request.connection = socket->property("vw_connection").toInt();
            request.onConnection = ++m_requestsOn[socket];
            buffer.remove(0, end + 4 + length);
            const int index = int(m_requests.size());
            m_requests.append(request);
            const Answer answer = m_answering ? m_answering(request, index) : Answer {};
            if (answer.hang)
                continue;
            if (answer.drop) {
                socket->abort();
                return;
            }
            socket->write("HTTP/1.1 " + QByteArray::number(answer.status)
                          + " X\r\nContent-Length: " + QByteArray::number(answer.body.size())
                          + "\r\nContent-Type: text/plain\r\n\r\n" + answer.body);
        }
    }

    Answering m_answering;
    QTcpServer m_server;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QHash<QTcpSocket*, int> m_requestsOn;
    int m_connections = 0;
    QList<Request> m_requests;
    quint16 m_port = 0;
};
