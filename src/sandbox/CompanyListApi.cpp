#include "sandbox/ApiContext.h"
#include "sandbox/CompanyQuery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace CompanyListApi {
namespace {

QList<qsizetype> companiesOf(const SandboxData& data, const SandboxList& list)
{
    if (!list.isNamedList) {
        CompanyQuery query;
        QString error;
        if (!CompanyQuery::fromJson(list.filter, &query, &error))
            return {};
        return query.run(data);
    }
    QList<qsizetype> indexes;
    for (const QString& id : list.businessIds) {
        const qsizetype index = data.findCompany(id);
        if (index >= 0)
            indexes.append(index);
    }
    return indexes;
}

QJsonObject toJson(const SandboxData& data, const SandboxList& list)
{
    return QJsonObject {{u"id"_s, list.id},
                        {u"name"_s, list.name},
                        {u"is_named_list"_s, list.isNamedList},
                        {u"default"_s, list.isDefault},
                        {u"owner_email"_s, list.ownerEmail},
                        {u"added_companies"_s, companiesOf(data, list).size()}};
}

SandboxReply create(ApiContext& context, const SandboxRequest& request)
{
    QJsonValue body;
    SandboxReply error;
    if (!parseJsonBody(request.body, &body, &error))
        return error;
    const QJsonValue name = body.toObject().value(u"name"_s);
    if (!body.isObject() || !name.isString() || name.toString().trimmed().isEmpty())
        return SandboxReply::fieldError(u"name"_s, u"This field is required and must be a non-empty string."_s);
    if (name.toString().size() > 200)
        return SandboxReply::fieldError(u"name"_s, u"Ensure this field has no more than 200 characters."_s);
    SandboxList list;
    list.id = context.data.newId();
    list.name = name.toString().trimmed();
    list.ownerEmail = context.username;
    context.account().lists.append(list);
    context.changed();
    return SandboxReply::json(201, toJson(context.data, list));
}

SandboxReply companies(ApiContext& context, const SandboxRequest& request, const SandboxList& list)
{
    int limit = 0;
    int offset = 0;
    SandboxReply error;
    if (!readPaging(request.query, &limit, &offset, &error))
        return error;
    const QList<qsizetype> indexes = companiesOf(context.data, list);
    CompanyQuery projection;
    QJsonArray results;
    for (qsizetype i = offset; i < indexes.size() && results.size() < limit; ++i)
        results.append(projection.project(context.data.companies.at(indexes.at(i))));
    return SandboxReply::json(200, QJsonObject {{u"count"_s, indexes.size()}, {u"results"_s, results}});
}

SandboxReply addOrRemove(ApiContext& context, const SandboxRequest& request, SandboxList& list, bool add)
{
    QJsonValue body;
    SandboxReply error;
    if (!parseJsonBody(request.body, &body, &error))
        return error;
    const QJsonValue ids = body.toObject().value(u"business_ids"_s);
    if (!ids.isArray() || ids.toArray().isEmpty())
        return SandboxReply::fieldError(u"business_ids"_s, u"Expected a non-empty list of business ids."_s);
    QStringList canonical;
    QJsonArray unknown;
    for (const QJsonValue& id : ids.toArray()) {
        const qsizetype index = context.data.findCompany(id.toString());
        if (!id.isString() || index < 0)
            unknown.append(u"Unknown business id: %1"_s.arg(id.isString() ? id.toString() : u"(not a string)"_s));
        else
            canonical.append(context.data.companies.at(index).value(u"business_id"_s).toString());
    }
    if (!unknown.isEmpty())
        return SandboxReply::json(400, QJsonObject {{u"business_ids"_s, unknown}});
    for (const QString& id : std::as_const(canonical)) {
        if (add && !list.businessIds.contains(id))
            list.businessIds.append(id);
        else if (!add)
            list.businessIds.removeAll(id);
    }
    context.changed();
    return SandboxReply::json(200, toJson(context.data, list));
}

} // namespace

SandboxReply handle(ApiContext& context, const SandboxRequest& request, const QStringList& segments)
{
    SandboxAccount& account = context.account();
    if (segments.size() == 1) {
        if (request.method == u"POST")
            return create(context, request);
        QJsonArray results;
        for (const SandboxList& list : std::as_const(account.lists))
            results.append(toJson(context.data, list));
        return SandboxReply::json(200, QJsonObject {{u"results"_s, results}});
    }
    const qsizetype index = account.indexOfList(segments.at(1));
    if (index < 0)
        return SandboxReply::notFound();
    SandboxList& list = account.lists[index];
    if (segments.size() == 3 && segments.at(2) == u"companies")
        return companies(context, request, list);
    if (request.method == u"GET")
        return SandboxReply::json(200, toJson(context.data, list));
    if (!list.isNamedList)
        return SandboxReply::detail(
            400, u"\"%1\" is a dynamic list (a saved filter); it cannot be changed through the API."_s.arg(list.name));
    if (request.method == u"DELETE") {
        account.lists.removeAt(index);
        context.changed();
        return SandboxReply::noContent();
    }
    return addOrRemove(context, request, list, segments.at(2) == u"add");
}

} // namespace CompanyListApi
