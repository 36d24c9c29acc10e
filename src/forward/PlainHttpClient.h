#pragma once

#include "forward/HttpResponseReader.h"

#include <QAbstractSocket>
#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

class QTimer;

// POSTs to plain http:// URLs over connections kept open between requests: up to maxConnectionsPerOrigin to each
// host and port, further requests wait for one. It does for a forward what QNetworkAccessManager does, at a
// fraction of its processor time per request (no objects, signals or threads per request: one prepared write, one
// HttpResponseReader), which matters because forwards share the processor with the receiver's answers to Vainu
// (tests/bench/forward-bench.sh). The timeout bounds each exchange from its connection to the answer's last byte.
// A request on a kept connection that the target had closed meanwhile is sent once more on a new one, as browsers
// do, when not one byte of an answer came. Lives in one thread.
class PlainHttpClient : public QObject
{
    Q_OBJECT
public:
    struct Answer
    {
        int status = 0; // 0: no complete HTTP answer
        QByteArray body; // at most maxBodyBytes
        bool bodyTruncated = false;
        bool timedOut = false;
        QString error; // translated, when status is 0
    };
    using Done = std::function<void(const Answer&)>;
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    PlainHttpClient(qsizetype maxBodyBytes, QObject* parent = nullptr);
    ~PlainHttpClient() override; // aborts what is in flight (their Done is not called)

    static bool canSend(const QUrl& url); // http, a host, no user name or password
    // The headers must already be valid (ForwardTarget::headerProblem); Host and Content-Length are added here.
    void post(const QUrl& url, const Headers& headers, const QByteArray& body, int timeoutMs, Done done);
    void abortAll(); // Done is not called for the aborted ones
    int inFlight() const;

    static constexpr int maxConnectionsPerOrigin = 6;
    // A kept connection unused this long is closed: before the servers' own idle timeouts (Node.js 5 s, nginx
    // 75 s), so that a request rarely meets a connection the target is closing.
    static constexpr int idleCloseMs = 4000;

private:
    struct Request
    {
        QByteArray origin; // host:port, the pool it waits in
        QString host;
        quint16 port = 80;
        QByteArray bytes; // head and body, as written
        QDeadlineTimer deadline; // from post(): waiting for a connection and a resend count too
        bool resent = false;
        Done done;
    };
    struct Connection;
    using Owned = std::unique_ptr<Connection>;

    void dispatch(Request request);
    void startWaiting(const QByteArray& origin);
    Connection* open(const QByteArray& origin);
    void begin(Connection* connection, Request request);
    void onReadyRead(Connection* connection);
    void onEnded(Connection* connection, QAbstractSocket::SocketError error);
    void onTimeout(Connection* connection);
    void complete(Connection* connection, Answer answer, bool keep);
    void discard(Connection* connection);
    static Answer answerOf(const HttpResponseReader& reader);
    Connection* idleConnection(const QByteArray& origin);
    Connection* find(quint64 serial) const;
    int connectionCount(const QByteArray& origin) const;

    qsizetype m_maxBodyBytes;
    std::vector<Owned> m_connections;
    quint64 m_lastSerial = 0;
    Connection* m_starting = nullptr; // in begin(): what its socket reports now is handled after post() returns
    QHash<QByteArray, std::deque<Request>> m_waiting; // per origin, in the order sent
};
