#include "sandbox/CompanySchema.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace CompanySchema {
namespace {

const QHash<QString, Type>& table()
{
    static const QHash<QString, Type> types = {
        {u"business_id"_s, Type::String},
        {u"company_name"_s, Type::String},
        {u"status"_s, Type::String},
        {u"domain"_s, Type::String},
        {u"turn_over"_s, Type::Integer},
        {u"visiting_address"_s, Type::String},
        {u"visiting_city"_s, Type::String},
        {u"visiting_postal"_s, Type::String},
        {u"staff_number"_s, Type::Integer},
        {u"region"_s, Type::String},
        {u"country"_s, Type::String},
        {u"industry"_s, Type::String},
        {u"founded"_s, Type::String},
        {u"employees_range"_s, Type::String},
        {u"website"_s, Type::String},
        {u"phone"_s, Type::String},
        {u"financials"_s, Type::Object},
        {u"financials.currency"_s, Type::String},
        {u"financials.profit"_s, Type::Integer},
        {u"financials.fiscal_year"_s, Type::Integer},
    };
    return types;
}

} // namespace

QStringList basicFields()
{
    return {u"status"_s,       u"domain"_s,        u"turn_over"_s,       u"visiting_address"_s, u"business_id"_s,
            u"company_name"_s, u"visiting_city"_s, u"visiting_postal"_s, u"staff_number"_s,     u"region"_s};
}

QStringList defaultFields()
{
    return {u"business_id"_s, u"company_name"_s,  u"country"_s,      u"status"_s,    u"domain"_s,
            u"industry"_s,    u"visiting_city"_s, u"staff_number"_s, u"turn_over"_s, u"region"_s};
}

QStringList allFieldPaths()
{
    QStringList paths;
    for (auto it = table().cbegin(); it != table().cend(); ++it) {
        if (it.value() != Type::Object)
            paths.append(it.key());
    }
    paths.sort();
    return paths;
}

Type typeOf(const QString& path)
{
    return table().value(path, Type::Unknown);
}

bool isKnown(const QString& path)
{
    return table().contains(path);
}

QJsonValue valueAt(const QJsonObject& company, const QString& path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return company.value(path);
    const QJsonValue parent = company.value(path.left(dot));
    if (!parent.isObject())
        return QJsonValue(QJsonValue::Undefined);
    return valueAt(parent.toObject(), path.mid(dot + 1));
}

void setValueAt(QJsonObject* target, const QString& path, const QJsonValue& value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        target->insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject child = target->value(head).toObject();
    setValueAt(&child, path.mid(dot + 1), value);
    target->insert(head, child);
}

QJsonObject basicData(const QJsonObject& company)
{
    QJsonObject data;
    for (const QString& field : basicFields())
        data.insert(field, company.value(field).isUndefined() ? QJsonValue() : company.value(field));
    return data;
}

} // namespace CompanySchema
