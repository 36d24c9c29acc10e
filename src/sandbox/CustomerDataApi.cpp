#include "sandbox/ApiContext.h"
#include "sandbox/Matching.h"
#include "sandbox/RecordValidator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace CustomerDataApi {
namespace {

constexpr int maxBatch = 1000;

QJsonObject withMatching(const SandboxData& data, QJsonObject record)
{
    record.insert(u"matching"_s, Matching::match(data, record.value(u"match_data"_s).toObject()));
    return record;
}

SandboxReply list(ApiContext& context, const SandboxRequest& request)
{
    int limit = 0;
    int offset = 0;
    SandboxReply error;
    if (!readPaging(request.query, &limit, &offset, &error))
        return error;
    const QList<QJsonObject>& records = context.account().customerData();
    QJsonArray results;
    for (qsizetype i = offset; i < records.size() && results.size() < limit; ++i)
        results.append(records.at(i));
    return SandboxReply::json(200, QJsonObject {{u"count"_s, records.size()}, {u"results"_s, results}});
}

SandboxReply create(ApiContext& context, const SandboxRequest& request)
{
    QJsonValue body;
    SandboxReply error;
    if (!parseJsonBody(request.body, &body, &error))
        return error;
    SandboxAccount& account = context.account();
    if (body.isObject()) {
        QJsonObject record;
        QJsonObject errors;
        if (!RecordValidator::build(body, {}, &record, &errors))
            return SandboxReply::json(400, errors);
        if (account.indexOfRecord(record.value(u"unique_id"_s).toString()) >= 0)
            return SandboxReply::fieldError(u"unique_id"_s, u"A record with this unique_id already exists."_s);
        record = withMatching(context.data, record);
        account.appendRecord(record);
        context.changed();
        return SandboxReply::json(201, record);
    }
    if (!body.isArray())
        return SandboxReply::detail(400, u"Expected a JSON object or an array of objects."_s);
    const QJsonArray items = body.toArray();
    if (items.size() > maxBatch)
        return SandboxReply::detail(
            400, u"Too many objects: %1 given, at most %2 per request."_s.arg(items.size()).arg(maxBatch));
    QJsonArray results;
    QJsonArray failures;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject record;
        QJsonObject errors;
        if (RecordValidator::build(items.at(i), {}, &record, &errors)
            && account.indexOfRecord(record.value(u"unique_id"_s).toString()) >= 0)
            errors.insert(u"unique_id"_s, QJsonArray {u"A record with this unique_id already exists."_s});
        if (!errors.isEmpty()) {
            results.append(QJsonValue());
            failures.append(QJsonObject {{u"index"_s, i},
                                         {u"unique_id"_s, items.at(i).toObject().value(u"unique_id"_s)},
                                         {u"errors"_s, errors}});
            continue;
        }
        record = withMatching(context.data, record);
        account.appendRecord(record);
        results.append(record);
    }
    if (failures.size() < items.size())
        context.changed();
    if (failures.isEmpty())
        return SandboxReply::json(201, results);
    return SandboxReply::json(
        400,
        QJsonObject {{u"detail"_s, u"%1 of %2 objects were not stored."_s.arg(failures.size()).arg(items.size())},
                     {u"results"_s, results},
                     {u"errors"_s, failures}});
}

SandboxReply one(ApiContext& context, const SandboxRequest& request, const QString& uniqueId)
{
    SandboxAccount& account = context.account();
    const qsizetype index = account.indexOfRecord(uniqueId);
    if (index < 0)
        return SandboxReply::notFound();
    if (request.method == u"GET")
        return SandboxReply::json(200, account.customerData().at(index));
    if (request.method == u"DELETE") {
        account.removeRecord(index);
        context.changed();
        return SandboxReply::noContent();
    }
    QJsonValue body;
    SandboxReply error;
    if (!parseJsonBody(request.body, &body, &error))
        return error;
    const bool patch = request.method == u"PATCH";
    QJsonObject base = patch ? account.customerData().at(index) : QJsonObject {{u"unique_id"_s, uniqueId}};
    QJsonObject record;
    QJsonObject errors;
    if (!RecordValidator::build(body, base, &record, &errors))
        return SandboxReply::json(400, errors);
    if (record.value(u"unique_id"_s).toString() != uniqueId)
        return SandboxReply::fieldError(u"unique_id"_s, u"The unique_id cannot be changed; it must match the URL."_s);
    record = withMatching(context.data, record);
    account.replaceRecord(index, record);
    context.changed();
    return SandboxReply::json(200, record);
}

} // namespace

SandboxReply handle(ApiContext& context, const SandboxRequest& request, const QStringList& segments)
{
    if (segments.size() == 1)
        return request.method == u"GET" ? list(context, request) : create(context, request);
    return one(context, request, segments.at(1));
}

} // namespace CustomerDataApi
