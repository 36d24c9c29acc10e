#include "api/CompanyQuery.h"

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
