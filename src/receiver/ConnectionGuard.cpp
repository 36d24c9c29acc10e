#include "receiver/ConnectionGuard.h"

#include "receiver/HttpResponse.h"
#include "receiver/RequestValidator.h"

#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGuard, "vainu.receiver.guard")

namespace {
constexpr int lingerMs = 2000; // how long a refused client may take to read our answer
}

ConnectionGuard::ConnectionGuard(QTcpSocket* socket, const ReceiverSettings& settings,
                                 const RequestValidator* validator, Hooks hooks)
    : QObject(socket)
    , m_socket(socket)
    , m_settings(settings)
    , m_validator(validator)
    , m_hooks(std::move(hooks))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    // Connected before Qt HTTP Server's own slot, so the guard always looks first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServerReads);
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        m_timer.stop();
        if (!m_handedOver) // afterwards Qt HTTP Server deletes the socket itself
            m_socket->deleteLater();
    });
    // A connection that sends nothing is closed after the read timeout.
    m_timer.start(m_settings.readTimeoutMs);
}

ConnectionGuard* ConnectionGuard::of(QTcpSocket* socket)
{
    return socket ? socket->findChild<ConnectionGuard*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
}

QString ConnectionGuard::peerAddressText() const
{
    if (m_peerAddressText.isNull())
        m_peerAddressText = m_socket->peerAddress().toString();
    return m_peerAddressText;
}

void ConnectionGuard::attachAfterServer()
{
    m_handedOver = true;
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServerRead);
}

void ConnectionGuard::afterServerRead()
{
    // Qt HTTP Server reads everything available; whatever it left is what the guard has seen.
    m_seenAvailable = m_socket->bytesAvailable();
}

void ConnectionGuard::beforeServerReads()
{
    if (m_state == State::Closing) {
        discardInput();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_seenAvailable)
        return;
    // peek() starts where the server's open read transaction stands, so this is exactly the new data.
    QByteArray chunk = m_socket->peek(available).mid(m_seenAvailable);
    m_seenAvailable = available;
    bool requestCompleted = false;

    while (!chunk.isEmpty()) {
        if (m_state == State::AwaitingResponse) {
            reject(0,
                   tr("The client sent another request before the answer to the previous one "
                      "(pipelining is not supported); the connection was closed."));
            return;
        }
        if (m_state == State::ReadingHead) {
            if (m_waitingForFirstByte) {
                m_waitingForFirstByte = false;
                m_arrival = QDateTime::currentDateTimeUtc();
                m_timer.start(m_settings.readTimeoutMs);
            }
            const qsizetype searchFrom = m_headBuffer.size() - 3;
            m_headBuffer.append(chunk);
            chunk.clear();
            const qsizetype end = RequestHead::headEnd(m_headBuffer, searchFrom);
            if (end < 0) {
                if (m_headBuffer.size() > m_settings.maxHeaderBytes)
                    reject(431, tr("The request head is larger than %1 bytes.").arg(m_settings.maxHeaderBytes));
                return;
            }
            if (end > m_settings.maxHeaderBytes) {
                reject(431, tr("The request head is larger than %1 bytes.").arg(m_settings.maxHeaderBytes));
                return;
            }
            chunk = m_headBuffer.mid(end);
            m_headBuffer.truncate(end);
            m_head = RequestHead();
            int status = 0;
            QByteArray why;
            if (RequestHead::parse(m_headBuffer, m_settings.maxHeaderCount, &m_head, &status, &why)
                == RequestHead::Result::Error) {
                m_headBuffer.clear();
                reject(status, tr("Malformed request: %1.").arg(QString::fromLatin1(why)));
                return;
            }
            m_headBuffer.clear();
            const RequestValidator::Verdict verdict = m_validator->checkHead(m_head);
            if (!verdict.ok()) {
                QList<QPair<QByteArray, QByteArray>> extra;
                if (verdict.status == 405)
                    extra.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
                reject(verdict.status, verdict.reason, extra);
                return;
            }
            if (m_head.expectContinue)
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_bodyRemaining = m_head.contentLength;
            m_state = State::ReadingBody;
        }
        if (m_state == State::ReadingBody) {
            const qint64 take = qMin<qint64>(chunk.size(), m_bodyRemaining);
            m_bodyRemaining -= take;
            chunk.remove(0, take);
        }
        if (m_state == State::ReadingBody && m_bodyRemaining == 0) {
            m_state = State::AwaitingResponse;
            m_timer.stop();
            requestCompleted = true;
        }
    }
    // Last, because handing over lets Qt HTTP Server parse and run the handler right away.
    if (requestCompleted && !m_handedOver && m_hooks.handOver)
        m_hooks.handOver(this);
}

void ConnectionGuard::respond(int status, const QByteArray& jsonBody, const QList<QPair<QByteArray, QByteArray>>& extra)
{
    if (m_state == State::Closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool close = !m_head.keepAlive;
    m_socket->write(HttpResponse::build(status, jsonBody, close, extra));
    if (close) {
        closeConnection();
        return;
    }
    m_state = State::ReadingHead;
    m_waitingForFirstByte = true;
    m_timer.start(m_settings.idleTimeoutMs);
}

void ConnectionGuard::reject(int status, const QString& reason, const QList<QPair<QByteArray, QByteArray>>& extra)
{
    if (m_state == State::Closing)
        return;
    qCInfo(lcGuard) << "refused a request from" << peerAddressText() << "status" << status << reason;
    if (m_hooks.rejected)
        m_hooks.rejected(describe(status, reason));
    if (status > 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(HttpResponse::build(status, HttpResponse::detailJson(reason), true, extra));
    closeConnection();
}

void ConnectionGuard::refuse(int status, const QString& reason)
{
    if (m_state == State::Closing)
        return;
    qCInfo(lcGuard) << "refused a request from" << peerAddressText() << "status" << status << reason;
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(HttpResponse::build(status, HttpResponse::detailJson(reason), true));
    closeConnection();
}

RejectedRequest ConnectionGuard::describe(int status, const QString& reason) const
{
    RejectedRequest rejected;
    rejected.arrival = m_arrival.isValid() ? m_arrival : QDateTime::currentDateTimeUtc();
    rejected.remoteAddress = peerAddressText();
    rejected.method = QString::fromLatin1(m_head.method.left(16));
    // The path only: the query may carry the secret.
    rejected.path = QString::fromUtf8(m_head.path.left(256));
    rejected.status = status;
    rejected.reason = reason;
    rejected.bodySize = m_head.contentLength;
    return rejected;
}

void ConnectionGuard::onTimeout()
{
    if (m_state == State::Closing) {
        m_socket->abort(); // the client did not take its answer and close
        return;
    }
    if (m_state == State::ReadingHead && m_waitingForFirstByte) {
        closeConnection(); // idle keep-alive connection (or one that never sent anything)
        return;
    }
    if (m_state == State::ReadingHead || m_state == State::ReadingBody) {
        reject(408, tr("The request did not arrive completely within %1 ms.").arg(m_settings.readTimeoutMs));
        return;
    }
}

void ConnectionGuard::closeConnection()
{
    m_state = State::Closing;
    discardInput();
    m_socket->disconnectFromHost();
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_timer.start(lingerMs);
}

void ConnectionGuard::discardInput()
{
    // Unread input is dropped so Qt HTTP Server never parses what follows a refusal.
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_seenAvailable = 0;
}
