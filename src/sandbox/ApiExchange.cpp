#include "sandbox/ApiExchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

QStringList SandboxRequest::segmentsAfter(QStringView prefix) const
{
    QStringView rest = QStringView(path).mid(prefix.size());
    QStringList segments;
    for (const QStringView part : rest.split(u'/', Qt::SkipEmptyParts))
        segments.append(part.toString());
    return segments;
}

SandboxReply SandboxReply::json(int status, const QJsonValue& value)
{
    SandboxReply reply;
    reply.status = status;
    if (value.isArray())
        reply.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else
        reply.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return reply;
}

SandboxReply SandboxReply::detail(int status, const QString& message)
{
    return json(status, QJsonObject {{u"detail"_s, message}});
}

SandboxReply SandboxReply::fieldError(const QString& field, const QString& message)
{
    return json(400, QJsonObject {{field, QJsonArray {message}}});
}

SandboxReply SandboxReply::noContent()
{
    SandboxReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

SandboxReply SandboxReply::notFound()
{
    return detail(404, u"Not found."_s);
}

SandboxReply SandboxReply::methodNotAllowed(const QString& method)
{
    return detail(405, u"Method \"%1\" not allowed."_s.arg(method));
}

bool parseJsonBody(const QByteArray& body, QJsonValue* out, SandboxReply* error)
{
    if (body.trimmed().isEmpty()) {
        *error = SandboxReply::detail(400, u"JSON parse error - the request body is empty; send a JSON object."_s);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = SandboxReply::detail(
            400, u"JSON parse error - %1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
        return false;
    }
    *out = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}
