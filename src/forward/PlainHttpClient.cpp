#include "forward/PlainHttpClient.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>

struct PlainHttpClient::Connection
{
    quint64 serial = 0; // for calls queued to later: the Connection may be gone by then
    QByteArray origin;
    QTcpSocket* socket = nullptr;
    QTimer* timer = nullptr; // the exchange's timeout, or the idle close when there is no request
    std::optional<Request> request; // in flight
    HttpResponseReader reader {0};
    bool used = false; // it carried a complete exchange and was kept
};

PlainHttpClient::PlainHttpClient(qsizetype maxBodyBytes, QObject* parent)
    : QObject(parent)
    , m_maxBodyBytes(maxBodyBytes)
{ }

PlainHttpClient::~PlainHttpClient()
{
    abortAll();
}

bool PlainHttpClient::canSend(const QUrl& url)
{
    return url.isValid() && url.scheme() == u"http" && !url.host().isEmpty() && url.userInfo().isEmpty();
}

int PlainHttpClient::inFlight() const
{
    int count = 0;
    for (const std::deque<Request>& waiting : m_waiting)
        count += int(waiting.size());
    for (const auto& connection : m_connections)
        count += connection->request ? 1 : 0;
    return count;
}

void PlainHttpClient::post(const QUrl& url, const Headers& headers, const QByteArray& body, int timeoutMs, Done done)
{
    Request request;
    request.host = url.host();
    request.port = quint16(url.port(80));
    request.deadline = QDeadlineTimer(timeoutMs);
    request.done = std::move(done);
    QByteArray hostHeader = url.host(QUrl::FullyEncoded).toLatin1();
    if (hostHeader.contains(':'))
        hostHeader = '[' + hostHeader + ']'; // an IPv6 address
    request.origin = hostHeader + ':' + QByteArray::number(request.port);
    if (request.port != 80)
        hostHeader += ':' + QByteArray::number(request.port);
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();

    QByteArray& bytes = request.bytes;
    bytes.reserve(256 + body.size());
    bytes += "POST " + target + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n";
    for (const auto& [name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    bytes += body;
    dispatch(std::move(request));
}

void PlainHttpClient::dispatch(Request request)
{
    const QByteArray origin = request.origin;
    if (Connection* idle = idleConnection(origin)) {
        begin(idle, std::move(request));
    } else if (connectionCount(origin) < maxConnectionsPerOrigin) {
        begin(open(origin), std::move(request));
    } else {
        m_waiting[origin].push_back(std::move(request));
    }
}

void PlainHttpClient::startWaiting(const QByteArray& origin)
{
    auto waiting = m_waiting.find(origin);
    while (waiting != m_waiting.end() && !waiting->empty()) {
        Connection* connection = idleConnection(origin);
        if (!connection && connectionCount(origin) >= maxConnectionsPerOrigin)
            return;
        Request request = std::move(waiting->front());
        waiting->pop_front();
        if (waiting->empty())
            m_waiting.erase(waiting);
        if (request.deadline.hasExpired()) { // its time went by waiting behind a target that does not answer
            Answer answer;
            answer.timedOut = true;
            request.done(answer);
        } else {
            begin(connection ? connection : open(origin), std::move(request));
        }
        waiting = m_waiting.find(origin); // a Done may have sent again
    }
}

PlainHttpClient::Connection* PlainHttpClient::open(const QByteArray& origin)
{
    auto owned = std::make_unique<Connection>();
    Connection* connection = owned.get();
    connection->serial = ++m_lastSerial;
    connection->origin = origin;
    connection->socket = new QTcpSocket(this);
    connection->timer = new QTimer(this);
    connection->timer->setSingleShot(true);
    connection->timer->setTimerType(Qt::PreciseTimer); // never early: a waiting request's time is then up too
    QTcpSocket* socket = connection->socket;
    connect(socket, &QTcpSocket::connected, this,
            [socket] { socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
    connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, connection](QAbstractSocket::SocketError error) { onEnded(connection, error); });
    connect(socket, &QTcpSocket::disconnected, this,
            [this, connection] { onEnded(connection, QAbstractSocket::RemoteHostClosedError); });
    connect(connection->timer, &QTimer::timeout, this, [this, connection] { onTimeout(connection); });
    m_connections.push_back(std::move(owned));
    return connection;
}

void PlainHttpClient::begin(Connection* connection, Request request)
{
    connection->reader = HttpResponseReader(m_maxBodyBytes);
    connection->timer->start(std::chrono::milliseconds(request.deadline.remainingTime()));
    connection->request = std::move(request);
    const Request& sent = *connection->request;
    QTcpSocket* socket = connection->socket;
    m_starting = connection; // connectToHost() may report a failure before it returns (an unreachable address)
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->connectToHost(sent.host, sent.port); // what is written waits for the connection
    if (socket->state() != QAbstractSocket::UnconnectedState)
        socket->write(sent.bytes);
    m_starting = nullptr;
}

void PlainHttpClient::onReadyRead(Connection* connection)
{
    if (!connection->request) { // bytes nobody asked for on a kept connection: it cannot be trusted
        discard(connection);
        return;
    }
    const QByteArray data = connection->socket->readAll();
    switch (connection->reader.feed(data)) {
    case HttpResponseReader::State::Done:
        complete(connection, answerOf(connection->reader), connection->reader.keepAlive());
        break;
    case HttpResponseReader::State::Failed:
        complete(connection, answerOf(connection->reader), false);
        break;
    case HttpResponseReader::State::Head:
    case HttpResponseReader::State::Body:
        break;
    }
}

void PlainHttpClient::onEnded(Connection* connection, QAbstractSocket::SocketError error)
{
    if (connection == m_starting) {
        // Inside post(): handled once it returned, so that a Done never runs inside the post() that asked for it.
        QMetaObject::invokeMethod(
            this,
            [this, serial = connection->serial, error] {
                if (Connection* later = find(serial))
                    onEnded(later, error);
            },
            Qt::QueuedConnection);
        return;
    }
    if (!connection->request) { // a kept connection the target closed
        discard(connection);
        return;
    }
    HttpResponseReader& reader = connection->reader;
    if (connection->socket->bytesAvailable() > 0) { // the answer's last bytes came with the close
        const HttpResponseReader::State state = reader.feed(connection->socket->readAll());
        if (state == HttpResponseReader::State::Done || state == HttpResponseReader::State::Failed) {
            complete(connection, answerOf(reader), false);
            return;
        }
    }
    const bool closedByTarget = error == QAbstractSocket::RemoteHostClosedError;
    if (closedByTarget && reader.closed() == HttpResponseReader::State::Done) {
        complete(connection, answerOf(reader), false);
        return;
    }
    if (connection->used && !reader.started() && !connection->request->resent) {
        // The target closed the kept connection as this request went out: send it once more on a new one.
        Request request = std::move(*connection->request);
        connection->request.reset();
        request.resent = true;
        discard(connection);
        dispatch(std::move(request));
        return;
    }
    Answer answer;
    answer.error = closedByTarget ? reader.error() : connection->socket->errorString();
    complete(connection, answer, false);
}

void PlainHttpClient::onTimeout(Connection* connection)
{
    if (!connection->request) { // kept unused long enough
        discard(connection);
        return;
    }
    Answer answer;
    answer.timedOut = true;
    complete(connection, answer, false);
}

void PlainHttpClient::complete(Connection* connection, Answer answer, bool keep)
{
    Request request = std::move(*connection->request);
    connection->request.reset();
    if (keep && connection->socket->state() == QAbstractSocket::ConnectedState) {
        connection->used = true;
        connection->timer->start(idleCloseMs);
    } else {
        discard(connection);
    }
    startWaiting(request.origin);
    request.done(answer); // last: it may send again
}

PlainHttpClient::Answer PlainHttpClient::answerOf(const HttpResponseReader& reader)
{
    Answer answer;
    if (reader.state() == HttpResponseReader::State::Failed) {
        answer.error = reader.error();
        return answer;
    }
    answer.status = reader.status();
    answer.body = reader.body();
    answer.bodyTruncated = reader.bodyTruncated();
    return answer;
}

void PlainHttpClient::discard(Connection* connection)
{
    QTcpSocket* socket = connection->socket;
    disconnect(socket, nullptr, this, nullptr);
    disconnect(connection->timer, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
    connection->timer->deleteLater();
    const auto found = std::find_if(m_connections.begin(), m_connections.end(),
                                    [connection](const auto& owned) { return owned.get() == connection; });
    if (found != m_connections.end())
        m_connections.erase(found);
}

void PlainHttpClient::abortAll()
{
    m_waiting.clear();
    while (!m_connections.empty())
        discard(m_connections.back().get());
}

PlainHttpClient::Connection* PlainHttpClient::find(quint64 serial) const
{
    for (const Owned& connection : m_connections) {
        if (connection->serial == serial)
            return connection.get();
    }
    return nullptr;
}

PlainHttpClient::Connection* PlainHttpClient::idleConnection(const QByteArray& origin)
{
    for (const auto& connection : m_connections) {
        if (!connection->request && connection->origin == origin
            && connection->socket->state() == QAbstractSocket::ConnectedState)
            return connection.get();
    }
    return nullptr;
}

int PlainHttpClient::connectionCount(const QByteArray& origin) const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
                             [&origin](const auto& connection) { return connection->origin == origin; }));
}
