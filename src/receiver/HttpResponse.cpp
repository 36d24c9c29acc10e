#include "receiver/HttpResponse.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

using namespace Qt::StringLiterals;

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

QByteArray HttpResponse::build(int status, const QByteArray& jsonBody, bool close,
                               const QList<QPair<QByteArray, QByteArray>>& extraHeaders)
{
    QByteArray out;
    out.reserve(160 + jsonBody.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(jsonBody.size()) + "\r\n";
    // Tells our answers from a proxy's or a tunnel's (the end-to-end check reads it).
    out += receiverHeaderName() + ": 1\r\n";
    if (close)
        out += "Connection: close\r\n";
    for (const auto& [name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += jsonBody;
    return out;
}

QByteArray HttpResponse::receiverHeaderName()
{
    return "X-Vainu-Webhooks-Receiver";
}

QByteArray HttpResponse::detailJson(const QString& message)
{
    return QJsonDocument(QJsonObject {{u"detail"_s, message}}).toJson(QJsonDocument::Compact);
}
