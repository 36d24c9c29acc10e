#include "core/Webhook.h"

#include "core/JsonFieldReader.h"

using namespace Qt::StringLiterals;

QString Webhook::companyChangeType()
{
    return u"company_change_webhook"_s;
}

QString Webhook::normaliseQuery(const QString& query)
{
    QString q = query.trimmed();
    if (q.startsWith(u'?'))
        q.remove(0, 1);
    if (q.isEmpty())
        return {};
    return u'?' + q;
}

ParseResult<Webhook> Webhook::fromJson(const QJsonObject& object)
{
    JsonFieldReader reader(object);
    Webhook w;
    w.id = reader.requiredString(u"id"_s);
    w.webhookUrl = reader.requiredString(u"webhook_url"_s);
    w.query = normaliseQuery(reader.optionalString(u"query"_s));
    w.username = reader.optionalString(u"username"_s);
    w.type = reader.optionalString(u"type"_s);
    if (!reader.ok())
        return reader.failure<Webhook>();
    return ParseResult<Webhook>::success(w);
}

QJsonObject Webhook::toCreateJson() const
{
    return QJsonObject {
        {u"webhook_url"_s, webhookUrl},
        {u"query"_s, normaliseQuery(query)},
        {u"type"_s, type.isEmpty() ? companyChangeType() : type},
    };
}

QUrl Webhook::deliveryUrl() const
{
    QUrl url(webhookUrl.trimmed());
    const QString extra = normaliseQuery(query).mid(1); // without the '?'
    if (extra.isEmpty())
        return url;
    const QString existing = url.query(QUrl::FullyEncoded);
    url.setQuery(existing.isEmpty() ? extra : existing + u'&' + extra, QUrl::TolerantMode);
    return url;
}
