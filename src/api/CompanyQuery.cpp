#include "api/CompanyQuery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QList<QPair<QString, QString>> VainuApi::CompanyQuery::toQueryItems() const
{
    QList<QPair<QString, QString>> items = filters;
    if (!fields.isEmpty())
        items.append({u"fields"_s, fields.join(u',')});
    if (!countOnly) {
        items.append({u"limit"_s, QString::number(limit)});
        items.append({u"offset"_s, QString::number(offset)});
    }
    if (countOnly)
        items.append({u"count"_s, u"true"_s});
    else if (includeCount)
        items.append({u"count"_s, u"include"_s});
    if (!order.isEmpty())
        items.append({u"order"_s, order});
    return items;
}

QJsonObject VainuApi::CompanyQuery::toJsonBody() const
{
    QJsonObject body;
    for (const auto& [name, value] : filters) {
        if (name.endsWith(u"__in"_s))
            body.insert(name, QJsonArray::fromStringList(value.split(u',', Qt::SkipEmptyParts)));
        else
            body.insert(name, value);
    }
    if (!fields.isEmpty())
        body.insert(u"fields"_s, QJsonArray::fromStringList(fields));
    if (countOnly) {
        body.insert(u"count"_s, u"true"_s);
    } else {
        body.insert(u"limit"_s, limit);
        body.insert(u"offset"_s, offset);
        if (includeCount)
            body.insert(u"count"_s, u"include"_s);
    }
    if (!order.isEmpty())
        body.insert(u"order"_s, order);
    return body;
}
