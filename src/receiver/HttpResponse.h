#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// Serialises a complete HTTP/1.1 response. The receiver writes its answers itself (rather than
// through QHttpServerResponder) because the guard decides keep-alive and closing, which Qt HTTP
// Server 6.4 does not do.
namespace HttpResponse {
QByteArray reasonPhrase(int status);
QByteArray build(int status, const QByteArray& jsonBody, bool close,
                 const QList<QPair<QByteArray, QByteArray>>& extraHeaders = {});
// The header every answer of the receiver carries (value 1), so a client can tell it from a proxy's answer.
QByteArray receiverHeaderName();
// {"detail": "<message>"}, the error shape of docs/api-choices.md.
QByteArray detailJson(const QString& message);
} // namespace HttpResponse
