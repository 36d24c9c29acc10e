#pragma once

// One POST to a receiver on a loopback connection of its own, with Connection: close, read until the
// receiver closes it: the simplest client for tests that look at one answer at a time.
#include <QByteArray>
#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpSocket>

namespace ClosingPost {

struct Answer
{
    int status = -1; // -1: no answer
    QByteArray head; // the status line and headers
    QByteArray body;
};

inline Answer post(quint16 port, const QByteArray& target, const QByteArray& body, int timeoutMs = 15000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("POST " + target
                 + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                   "Content-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray raw;
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        raw += socket.readAll();
    }
    raw += socket.readAll();
    Answer answer;
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (!raw.startsWith("HTTP/1.1 ") || headEnd < 0)
        return answer;
    answer.status = raw.mid(9, 3).toInt();
    answer.head = raw.left(headEnd);
    answer.body = raw.mid(headEnd + 4);
    return answer;
}

} // namespace ClosingPost
