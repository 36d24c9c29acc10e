#include "core/Company.h"

#include "core/JsonFieldReader.h"

using namespace Qt::StringLiterals;

QString Company::businessId() const
{
    return fields.value(u"business_id"_s).toString();
}

QString Company::name() const
{
    const QString companyName = fields.value(u"company_name"_s).toString();
    if (!companyName.isEmpty())
        return companyName;
    return fields.value(u"name"_s).toString();
}

ParseResult<Company> Company::fromJson(const QJsonObject& object)
{
    JsonFieldReader reader(object);
    reader.optionalString(u"business_id"_s);
    reader.optionalString(u"company_name"_s);
    if (!reader.ok())
        return reader.failure<Company>();
    return ParseResult<Company>::success(Company {object});
}
