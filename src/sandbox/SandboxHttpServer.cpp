#include "sandbox/SandboxHttpServer.h"

#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

} // namespace

void HttpResponder::send(const SandboxReply& reply) const
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away while the answer was delayed
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.contentType.isEmpty())
        out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    for (const auto& [name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + reply.body;
    m_socket->write(out);
}

void HttpResponder::drop() const
{
    if (!m_socket)
        return;
    // Later, not inside QAbstractHttpServer's read handler that is still using the socket.
    QTimer::singleShot(0, m_socket.data(), [socket = m_socket] {
        if (socket)
            socket->abort();
    });
}

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

bool SandboxHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SandboxRequest apiRequest;
    apiRequest.method = methodName(request.method());
    apiRequest.path = request.url().path(QUrl::FullyDecoded);
    apiRequest.query = request.query();
    apiRequest.body = request.body();
    for (const auto& [name, value] : request.headers()) {
        if (name.compare("API-Key", Qt::CaseInsensitive) == 0) {
            apiRequest.apiKey = value.trimmed();
            apiRequest.hasApiKey = true;
        }
    }
    m_handler(apiRequest, HttpResponder(socket));
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest& /*request*/, QTcpSocket* socket)
{
    HttpResponder(socket).send(SandboxReply::notFound());
}
