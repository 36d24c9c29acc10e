#pragma once

#include "core/RejectedRequest.h"
#include "receiver/ReceiverSettings.h"
#include "receiver/RequestHead.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;
class RequestValidator;

// Watches one client connection for its whole life, ahead of Qt HTTP Server 6.4 (which has no
// limits). It is the first slot on the socket's readyRead and only peeks, so the bytes stay for Qt
// to parse. It frames requests by their Content-Length and:
//  - checks each request head (size, header count, path, method, secret, Content-Length, content
//    type) before any body byte is read, and answers a refusal itself, then closes: a 100 MB body
//    is never buffered;
//  - drops a request that does not arrive completely within the read timeout (408), and closes a
//    keep-alive connection idle for longer than the idle timeout;
//  - closes the connection when a client pipelines (sends the next request before the answer),
//    since Qt 6.4 would merge such requests;
//  - closes after the answer for HTTP/1.0 and Connection: close, which Qt 6.4 ignores.
// The socket is handed to Qt HTTP Server only once its first request passed the head checks.
// The guard is a child of its socket.
class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<void(ConnectionGuard*)> handOver; // pass the socket to Qt HTTP Server
        std::function<void(const RejectedRequest&)> rejected; // log a refusal
    };

    ConnectionGuard(QTcpSocket* socket, const ReceiverSettings& settings, const RequestValidator* validator,
                    Hooks hooks);

    static ConnectionGuard* of(QTcpSocket* socket);

    QTcpSocket* socket() const { return m_socket; }
    bool isClosing() const { return m_state == State::Closing; }
    bool isHandedOver() const { return m_handedOver; }
    const RequestHead& currentHead() const { return m_head; }
    QDateTime currentArrival() const { return m_arrival; }
    QString peerAddressText() const; // the client's address as text, computed once per connection

    // Qt HTTP Server has taken the socket: watch what it leaves unread from now on.
    void attachAfterServer();
    // Answers the current request and goes back to waiting for the next one (or closes).
    void respond(int status, const QByteArray& jsonBody, const QList<QPair<QByteArray, QByteArray>>& extra = {});
    // Refuses the current request, logs it and closes the connection.
    void reject(int status, const QString& reason, const QList<QPair<QByteArray, QByteArray>>& extra = {});
    // Answers a refusal the caller has logged itself (with the body kept), then closes.
    void refuse(int status, const QString& reason);
    // The current request as the log of refusals records it (never with the query: it holds the secret).
    RejectedRequest describe(int status, const QString& reason) const;

private:
    enum class State
    {
        ReadingHead,
        ReadingBody,
        AwaitingResponse,
        Closing
    };

    void beforeServerReads();
    void afterServerRead();
    void onTimeout();
    void closeConnection();
    void discardInput();

    QTcpSocket* m_socket;
    ReceiverSettings m_settings;
    const RequestValidator* m_validator;
    Hooks m_hooks;
    State m_state = State::ReadingHead;
    bool m_handedOver = false;
    bool m_waitingForFirstByte = true; // in ReadingHead: nothing of the next request seen yet
    QByteArray m_headBuffer;
    RequestHead m_head;
    qint64 m_bodyRemaining = 0;
    qint64 m_seenAvailable = 0; // bytes at the front of the socket buffer already examined
    QDateTime m_arrival;
    mutable QString m_peerAddressText;
    QTimer m_timer;
};
