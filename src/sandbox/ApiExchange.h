#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// One HTTP request as the sandbox's handlers see it: decoupled from QHttpServer so that the
// handlers stay plain functions and the HTTP server's version differences stay in one file.
struct SandboxRequest
{
    QString method; // "GET", "POST", ...
    QString path; // decoded path, e.g. "/api/v2/customer_data/abc/"
    QUrlQuery query;
    QByteArray body;
    QByteArray apiKey; // value of the API-Key header, empty when absent
    bool hasApiKey = false;

    // Path segments after a prefix: "/api/v2/lists/x/add/" with prefix "/api/v2/" -> {"lists","x","add"}.
    QStringList segmentsAfter(QStringView prefix) const;
};

struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxReply json(int status, const QJsonValue& value);
    static SandboxReply detail(int status, const QString& message); // {"detail": message}
    static SandboxReply fieldError(const QString& field, const QString& message); // 400 {"field": [message]}
    static SandboxReply noContent();
    static SandboxReply notFound();
    static SandboxReply methodNotAllowed(const QString& method);
};

// Parses a request body as JSON. On failure fills `error` with the DRF-style 400 reply.
bool parseJsonBody(const QByteArray& body, QJsonValue* out, SandboxReply* error);
