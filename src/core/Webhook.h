#pragma once

#include "core/ParseResult.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

// One webhook configuration (docs/api-choices.md section 2).
struct Webhook
{
    QString id;
    QString webhookUrl;
    QString query; // normalised: empty, or starts with '?'
    QString username;
    QString type;

    static QString companyChangeType(); // "company_change_webhook"

    // id and webhook_url are required strings; query, username, type are strings or null.
    static ParseResult<Webhook> fromJson(const QJsonObject& object);

    QJsonObject toCreateJson() const; // webhook_url, query, type (type defaults to companyChangeType())

    // "a=b" -> "?a=b", "?a=b" -> "?a=b", "" and "?" -> "". Surrounding whitespace is dropped.
    static QString normaliseQuery(const QString& query);

    // Where deliveries go: webhook_url + query, joined with '?' or, when webhook_url already
    // has a query, with '&'.
    QUrl deliveryUrl() const;
};
