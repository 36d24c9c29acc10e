#include "core/CompanyList.h"

#include "core/JsonFieldReader.h"

#include <limits>

using namespace Qt::StringLiterals;

bool CompanyList::isStatic() const
{
    return isNamedList;
}

ParseResult<CompanyList> CompanyList::fromJson(const QJsonObject& object)
{
    JsonFieldReader reader(object);
    CompanyList list;
    list.id = reader.requiredString(u"id"_s);
    list.name = reader.optionalString(u"name"_s);
    list.isNamedList = reader.optionalBool(u"is_named_list"_s);
    list.isDefault = reader.optionalBool(u"default"_s);
    list.ownerEmail = reader.optionalString(u"owner_email"_s);
    list.addedCompanies = static_cast<int>(
        reader.optionalInteger(u"added_companies"_s, 0, std::numeric_limits<int>::max()).value_or(0));
    if (!reader.ok())
        return reader.failure<CompanyList>();
    return ParseResult<CompanyList>::success(list);
}

QJsonObject CompanyList::toJson() const
{
    return QJsonObject {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"is_named_list"_s, isNamedList},
        {u"default"_s, isDefault},
        {u"owner_email"_s, ownerEmail},
        {u"added_companies"_s, addedCompanies},
    };
}
