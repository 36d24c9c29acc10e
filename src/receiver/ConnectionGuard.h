#pragma once

#include "core/RejectedRequest.h"
#include "receiver/ReceiverSettings.h"
#include "receiver/RequestHead.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;
class RequestValidator;

// Watches one client connection for its whole life, ahead of Qt HTTP Server 6.4 (which has no
// limits). It is the first slot on the socket's readyRead and only peeks, so the bytes stay for Qt
// to parse. It frames requests by their Content-Length and:
//  - checks each request head (size, header count, path, method, secret, Content-Length, line
//    endings) before any body byte is read, and answers a refusal itself, then closes: a 100 MB body
//    is never buffered;
//  - drops a request that does not arrive completely within the read timeout (408), and closes a
//    keep-alive connection idle for longer than the idle timeout;
//  - answers pipelined requests (sent before the previous answer) in the order they came
//    (RFC 9112 section 9.3.2), however the store's completions are ordered; see takeRequest();
//  - closes after the answer for HTTP/1.0 and Connection: close, which Qt 6.4 ignores, and never
//    lets Qt parse what a client sent after such a request or after a refused one.
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

    // One request that passed the head checks, as Qt HTTP Server hands it to a handler.
    struct Request
    {
        quint64 sequence = 0; // its place on the connection; answers are written in this order
        RequestHead head;
        QDateTime arrival;
    };

    ConnectionGuard(QTcpSocket* socket, const ReceiverSettings& settings, const RequestValidator* validator,
                    Hooks hooks);

    static ConnectionGuard* of(QTcpSocket* socket);

    QTcpSocket* socket() const { return m_socket; }
    bool isClosing() const { return m_closing; }
    bool isHandedOver() const { return m_handedOver; }
    QString peerAddressText() const; // the client's address as text, computed once per connection

    // Qt HTTP Server has taken the socket: watch what it leaves unread from now on.
    void attachAfterServer();
    // The request Qt HTTP Server is handing to a handler now: Qt parses requests one at a time, in
    // the order the guard framed them. Every handler takes exactly one and answers it once.
    std::optional<Request> takeRequest();
    // Answers a request; answers wait until every earlier request of the connection is answered.
    void respond(const Request& request, int status, const QByteArray& jsonBody,
                 const QList<QPair<QByteArray, QByteArray>>& extra = {});
    // A request as the log of refusals records it (never with the query: it holds the secret).
    RejectedRequest describe(const Request& request, int status, const QString& reason) const;

    // How many requests may wait for their answers on one connection; beyond it the guard refuses.
    static constexpr int maxWaitingAnswers = 64;

private:
    enum class Framing
    {
        ReadingHead,
        ReadingBody,
        Stopped // after a refusal or a request that closes: nothing more is read
    };

    struct Pending
    {
        Request request;
        bool refused = false; // answered by the guard itself (the answer is in m_ready)
    };

    void beforeServerReads();
    void afterServerRead();
    void onTimeout();
    void frameRequestsIn(QByteArray chunk, bool* handOver);
    void refuseFramed(int status, const QString& reason, const QList<QPair<QByteArray, QByteArray>>& extra = {});
    void cutWhenReachable();
    void queueAnswer(quint64 sequence, QByteArray answer, bool closes);
    void writeOwedContinue();
    void closeConnection();
    void discardInput();

    QTcpSocket* m_socket;
    ReceiverSettings m_settings;
    const RequestValidator* m_validator;
    Hooks m_hooks;
    Framing m_framing = Framing::ReadingHead;
    bool m_closing = false;
    bool m_handedOver = false;
    bool m_waitingForFirstByte = true; // in ReadingHead: nothing of the next request seen yet
    QByteArray m_headBuffer;
    RequestHead m_head; // of the request being framed
    QDateTime m_arrival; // of the request being framed
    quint64 m_currentSequence = 0; // of the request being framed
    bool m_continueOwed = false; // its 100 Continue waits for earlier answers
    qint64 m_bodyRemaining = 0;
    qint64 m_seenAvailable = 0; // bytes at the front of the socket buffer already examined
    quint64 m_nextSequence = 0; // given to the next framed request
    quint64 m_nextToWrite = 0; // the oldest request not answered yet
    QList<Pending> m_framed; // framed and not yet taken by a handler, oldest first
    QMap<quint64, QPair<QByteArray, bool>> m_ready; // answers waiting for earlier ones: bytes, closes
    mutable QString m_peerAddressText;
    QTimer m_timer;
};
