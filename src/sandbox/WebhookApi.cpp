#include "sandbox/ApiContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace WebhookApi {
namespace {

const QString companyChangeType = u"company_change_webhook"_s;

SandboxReply create(ApiContext& context, const SandboxRequest& request)
{
    QJsonValue body;
    SandboxReply error;
    if (!parseJsonBody(request.body, &body, &error))
        return error;
    if (!body.isObject())
        return SandboxReply::detail(400, u"Expected a JSON object with webhook_url, query and type."_s);
    const QJsonObject input = body.toObject();
    QJsonObject errors;
    const QJsonValue urlValue = input.value(u"webhook_url"_s);
    const QUrl url(urlValue.toString(), QUrl::StrictMode);
    if (!urlValue.isString() || urlValue.toString().trimmed().isEmpty())
        errors.insert(u"webhook_url"_s, QJsonArray {u"This field is required."_s});
    else if (!url.isValid() || url.isRelative() || url.host().isEmpty()
             || (url.scheme() != u"http" && url.scheme() != u"https"))
        errors.insert(u"webhook_url"_s, QJsonArray {u"Enter a valid absolute http or https URL."_s});
    const QJsonValue queryValue = input.contains(u"query"_s) ? input.value(u"query"_s) : QJsonValue(u""_s);
    if (!queryValue.isString() && !queryValue.isNull())
        errors.insert(u"query"_s, QJsonArray {u"Not a valid string."_s});
    const QString query = queryValue.toString();
    if (!query.isEmpty() && !query.startsWith(u'?'))
        errors.insert(u"query"_s, QJsonArray {u"The query must be empty or start with '?', e.g. ?crm=custom."_s});
    const QJsonValue type = input.value(u"type"_s);
    if (!type.isUndefined() && type.toString() != companyChangeType)
        errors.insert(u"type"_s,
                      QJsonArray {u"\"%1\" is not a valid choice; use company_change_webhook."_s.arg(
                          type.isString() ? type.toString() : u"?"_s)});
    if (!errors.isEmpty())
        return SandboxReply::json(400, errors);
    const QJsonObject webhook {{u"webhook_url"_s, urlValue.toString().trimmed()},
                               {u"query"_s, query},
                               {u"id"_s, context.data.newId()},
                               {u"username"_s, context.username},
                               {u"type"_s, companyChangeType}};
    context.account().webhooks.append(webhook);
    context.changed();
    return SandboxReply::json(201, webhook);
}

} // namespace

SandboxReply handle(ApiContext& context, const SandboxRequest& request, const QStringList& segments)
{
    SandboxAccount& account = context.account();
    if (segments.size() == 1) {
        if (request.method == u"POST")
            return create(context, request);
        QJsonArray results;
        for (const QJsonObject& webhook : account.webhooks)
            results.append(webhook);
        return SandboxReply::json(200, QJsonObject {{u"results"_s, results}});
    }
    for (qsizetype i = 0; i < account.webhooks.size(); ++i) {
        if (account.webhooks.at(i).value(u"id"_s).toString() == segments.at(1)) {
            account.webhooks.removeAt(i);
            context.changed();
            return SandboxReply::noContent();
        }
    }
    return SandboxReply::notFound();
}

} // namespace WebhookApi
