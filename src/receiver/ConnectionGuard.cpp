#include "receiver/ConnectionGuard.h"

#include "receiver/HttpResponse.h"
#include "receiver/RequestValidator.h"

#include <QLoggingCategory>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGuard, "vainu.receiver.guard")

namespace {
constexpr int lingerMs = 2000; // how long a refused client may take to read our answer

RejectedRequest describeHead(const RequestHead& head, const QDateTime& arrival, const QString& peer, int status,
                             const QString& reason)
{
    RejectedRequest rejected;
    rejected.arrival = arrival.isValid() ? arrival : QDateTime::currentDateTimeUtc();
    rejected.remoteAddress = peer;
    rejected.method = QString::fromLatin1(head.method.left(16));
    // The path only: the query may carry the secret.
    rejected.path = QString::fromUtf8(head.path.left(256));
    rejected.status = status;
    rejected.reason = reason;
    rejected.bodySize = head.contentLength;
    return rejected;
}
} // namespace

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
    if (m_closing || (m_framing == Framing::Stopped && m_framed.isEmpty())) {
        discardInput();
        return;
    }
    if (m_framing == Framing::Stopped)
        return; // Qt still parses the requests framed before the stop; the rest is dropped at the cut
    const qint64 available = m_socket->bytesAvailable();
    if (available <= m_seenAvailable)
        return;
    // peek() starts where the server's open read transaction stands, so this is exactly the new data.
    QByteArray chunk = m_socket->peek(available).mid(m_seenAvailable);
    m_seenAvailable = available;
    bool handOver = false;
    frameRequestsIn(std::move(chunk), &handOver);
    // Last, because handing over lets Qt HTTP Server parse and run the handler right away.
    if (handOver && !m_handedOver && !m_closing && m_hooks.handOver)
        m_hooks.handOver(this);
}

void ConnectionGuard::frameRequestsIn(QByteArray chunk, bool* handOver)
{
    while (!chunk.isEmpty() && m_framing != Framing::Stopped) {
        if (m_framing == Framing::ReadingHead) {
            if (m_waitingForFirstByte) {
                m_waitingForFirstByte = false;
                m_head = RequestHead();
                m_arrival = QDateTime::currentDateTimeUtc();
                m_currentSequence = m_nextSequence++;
                m_timer.start(m_settings.readTimeoutMs);
            }
            const qsizetype searchFrom = m_headBuffer.size() - 3;
            m_headBuffer.append(chunk);
            chunk.clear();
            const qsizetype end = RequestHead::headEnd(m_headBuffer, searchFrom);
            // A line ended by LF alone is read differently by different parsers: refused, never guessed.
            if (RequestHead::hasBareLineFeed(end < 0 ? QByteArrayView(m_headBuffer)
                                                     : QByteArrayView(m_headBuffer).first(end),
                                             qMax<qsizetype>(0, searchFrom))) {
                refuseFramed(400, tr("Malformed request: %1.").arg("a line ends with LF alone"_L1));
                return;
            }
            if (end < 0) {
                if (m_headBuffer.size() > m_settings.maxHeaderBytes)
                    refuseFramed(431, tr("The request head is larger than %1 bytes.").arg(m_settings.maxHeaderBytes));
                return;
            }
            if (end > m_settings.maxHeaderBytes) {
                refuseFramed(431, tr("The request head is larger than %1 bytes.").arg(m_settings.maxHeaderBytes));
                return;
            }
            chunk = m_headBuffer.mid(end);
            m_headBuffer.truncate(end);
            int status = 0;
            QByteArray why;
            const RequestHead::Result parsed
                = RequestHead::parse(m_headBuffer, m_settings.maxHeaderCount, &m_head, &status, &why);
            m_headBuffer.clear();
            if (parsed == RequestHead::Result::Error) {
                refuseFramed(status, tr("Malformed request: %1.").arg(QString::fromLatin1(why)));
                return;
            }
            const RequestValidator::Verdict verdict = m_validator->checkHead(m_head);
            if (!verdict.ok()) {
                QList<QPair<QByteArray, QByteArray>> extra;
                if (verdict.status == 405)
                    extra.append(qMakePair(QByteArray("Allow"), QByteArray("POST")));
                refuseFramed(verdict.status, verdict.reason, extra);
                return;
            }
            if (m_currentSequence - m_nextToWrite >= quint64(maxWaitingAnswers)) {
                refuseFramed(503,
                             tr("More than %1 requests on this connection are waiting for their answers.")
                                 .arg(maxWaitingAnswers),
                             {{"Retry-After", "5"}});
                return;
            }
            // An interim answer belongs to this request: it may not overtake earlier requests' answers.
            m_continueOwed = m_head.expectContinue;
            writeOwedContinue();
            m_bodyRemaining = m_head.contentLength;
            m_framing = Framing::ReadingBody;
        }
        const qint64 take = qMin<qint64>(chunk.size(), m_bodyRemaining);
        m_bodyRemaining -= take;
        chunk.remove(0, take);
        if (m_bodyRemaining > 0)
            return;
        // One whole request: Qt HTTP Server may parse it now.
        m_framed.append({Request {m_currentSequence, m_head, m_arrival}, false});
        m_continueOwed = false;
        m_waitingForFirstByte = true;
        m_timer.stop(); // the next request's first byte starts the read timeout again
        *handOver = true;
        // After a request that closes the connection nothing more is read (Qt 6.4 would parse it).
        m_framing = m_head.keepAlive ? Framing::ReadingHead : Framing::Stopped;
    }
}

std::optional<ConnectionGuard::Request> ConnectionGuard::takeRequest()
{
    if (m_framed.isEmpty() || m_framed.constFirst().refused)
        return std::nullopt; // Qt parsed something the guard did not frame; it is never answered
    Request request = m_framed.takeFirst().request;
    cutWhenReachable();
    return request;
}

void ConnectionGuard::cutWhenReachable()
{
    // Everything after a stop is dropped as soon as Qt has taken every request framed before it,
    // and no sooner: the socket's buffer still holds those requests for Qt to parse.
    if (m_framing != Framing::Stopped || (!m_framed.isEmpty() && !m_framed.constFirst().refused))
        return;
    m_framed.clear();
    discardInput();
}

void ConnectionGuard::refuseFramed(int status, const QString& reason, const QList<QPair<QByteArray, QByteArray>>& extra)
{
    qCInfo(lcGuard) << "refused a request from" << peerAddressText() << "status" << status << reason;
    if (m_hooks.rejected)
        m_hooks.rejected(describeHead(m_head, m_arrival, peerAddressText(), status, reason));
    m_framing = Framing::Stopped;
    m_timer.stop();
    m_headBuffer.clear();
    m_framed.append({Request {m_currentSequence, m_head, m_arrival}, true});
    queueAnswer(m_currentSequence, HttpResponse::build(status, HttpResponse::detailJson(reason), true, extra), true);
    cutWhenReachable();
}

void ConnectionGuard::respond(const Request& request, int status, const QByteArray& jsonBody,
                              const QList<QPair<QByteArray, QByteArray>>& extra)
{
    if (m_closing)
        return;
    const bool close = !request.head.keepAlive;
    queueAnswer(request.sequence, HttpResponse::build(status, jsonBody, close, extra), close);
}

RejectedRequest ConnectionGuard::describe(const Request& request, int status, const QString& reason) const
{
    return describeHead(request.head, request.arrival, peerAddressText(), status, reason);
}

void ConnectionGuard::queueAnswer(quint64 sequence, QByteArray answer, bool closes)
{
    m_ready.insert(sequence, {std::move(answer), closes});
    while (!m_closing) {
        const auto next = m_ready.find(m_nextToWrite);
        if (next == m_ready.end())
            break;
        const auto [bytes, closesAfter] = next.value();
        m_ready.erase(next);
        ++m_nextToWrite;
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(bytes);
        if (closesAfter) {
            closeConnection();
            return;
        }
    }
    writeOwedContinue();
    // Everything answered and nothing of a next request yet: the idle timeout runs.
    if (m_framing == Framing::ReadingHead && m_waitingForFirstByte && m_nextToWrite == m_nextSequence)
        m_timer.start(m_settings.idleTimeoutMs);
}

void ConnectionGuard::writeOwedContinue()
{
    if (m_continueOwed && m_nextToWrite == m_currentSequence && m_socket->state() == QAbstractSocket::ConnectedState) {
        m_continueOwed = false;
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
}

void ConnectionGuard::onTimeout()
{
    if (m_closing) {
        m_socket->abort(); // the client did not take its answer and close
        return;
    }
    if (m_framing == Framing::ReadingHead && m_waitingForFirstByte) {
        closeConnection(); // idle keep-alive connection (or one that never sent anything)
        return;
    }
    if (m_framing != Framing::Stopped)
        refuseFramed(408, tr("The request did not arrive completely within %1 ms.").arg(m_settings.readTimeoutMs));
}

void ConnectionGuard::closeConnection()
{
    m_closing = true;
    m_ready.clear();
    m_framed.clear();
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
