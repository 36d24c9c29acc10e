#include "sandbox/ApiContext.h"
#include "sandbox/CompanyQuery.h"
#include "sandbox/CompanySchema.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString csvCell(const QJsonValue& value)
{
    QString cell;
    if (value.isDouble())
        cell = QString::number(value.toDouble(), 'g', 17);
    else if (value.isBool())
        cell = value.toBool() ? u"true"_s : u"false"_s;
    else if (value.isString())
        cell = value.toString();
    if (cell.contains(u';') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        cell = u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"';
    return cell;
}

SandboxReply csv(const CompanyQuery& query, const QList<QJsonObject>& page)
{
    const QStringList columns = query.columns();
    QString out = columns.join(u';') + u'\n';
    for (const QJsonObject& company : page) {
        QStringList cells;
        for (const QString& column : columns)
            cells.append(csvCell(CompanySchema::valueAt(company, column)));
        out += cells.join(u';') + u'\n';
    }
    SandboxReply reply;
    reply.body = out.toUtf8();
    reply.contentType = "text/csv; charset=utf-8";
    return reply;
}

SandboxReply jsonl(const CompanyQuery& query, const QList<QJsonObject>& page)
{
    SandboxReply reply;
    for (const QJsonObject& company : page)
        reply.body += QJsonDocument(query.project(company)).toJson(QJsonDocument::Compact) + '\n';
    reply.contentType = "application/x-ndjson";
    return reply;
}

} // namespace

bool readPaging(const QUrlQuery& query, int* limit, int* offset, SandboxReply* error)
{
    *limit = 20;
    *offset = 0;
    bool ok = true;
    if (query.hasQueryItem(u"limit"_s)) {
        *limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || *limit < 1) {
            *error = SandboxReply::detail(400, u"Invalid limit: give a whole number from 1 to 1000."_s);
            return false;
        }
        *limit = std::min(*limit, 1000);
    }
    if (query.hasQueryItem(u"offset"_s)) {
        *offset = query.queryItemValue(u"offset"_s).toInt(&ok);
        if (!ok || *offset < 0) {
            *error = SandboxReply::detail(400, u"Invalid offset: give a whole number, 0 or more."_s);
            return false;
        }
    }
    return true;
}

namespace CompaniesApi {

SandboxReply handle(ApiContext& context, const SandboxRequest& request, const QStringList& /*segments*/)
{
    CompanyQuery query;
    QString error;
    if (request.method == u"POST") {
        QJsonValue body;
        SandboxReply parseError;
        if (!parseJsonBody(request.body, &body, &parseError))
            return parseError;
        if (!body.isObject())
            return SandboxReply::detail(400, u"Expected a JSON object of query parameters."_s);
        if (!CompanyQuery::fromJson(body.toObject(), &query, &error))
            return SandboxReply::detail(400, error);
    } else if (!CompanyQuery::fromUrlQuery(request.query, &query, &error)) {
        return SandboxReply::detail(400, error);
    }
    const QList<qsizetype> indexes = query.run(context.data);
    if (query.count == CompanyQuery::Count::Only)
        return SandboxReply::json(200, QJsonObject {{u"count"_s, indexes.size()}});
    QList<QJsonObject> page;
    for (qsizetype i = query.offset; i < indexes.size() && page.size() < query.limit; ++i)
        page.append(context.data.companies.at(indexes.at(i)));
    if (query.format == CompanyQuery::Format::Csv)
        return csv(query, page);
    if (query.format == CompanyQuery::Format::Jsonl)
        return jsonl(query, page);
    QJsonArray results;
    for (const QJsonObject& company : std::as_const(page))
        results.append(query.project(company));
    QJsonObject body {{u"results"_s, results}};
    if (query.count == CompanyQuery::Count::Include)
        body.insert(u"count"_s, indexes.size());
    return SandboxReply::json(200, body);
}

} // namespace CompaniesApi
