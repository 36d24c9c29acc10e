#include "sandbox/Matching.h"

#include "sandbox/SandboxData.h"

using namespace Qt::StringLiterals;

namespace Matching {

QJsonObject match(const SandboxData& data, const QJsonObject& matchData)
{
    const QString businessId = matchData.value(u"business_id"_s).toString().trimmed();
    const QString name = matchData.value(u"company_name"_s).toString();
    const QString country = matchData.value(u"country"_s).toString().toUpper();

    qsizetype index = data.findCompany(businessId, country);
    if (index < 0)
        index = data.findCompanyByName(name, country);
    if (index >= 0) {
        const QJsonObject& company = data.companies.at(index);
        return QJsonObject {{u"status"_s, u"matched"_s},
                            {u"business_id"_s, company.value(u"business_id"_s)},
                            {u"company_name"_s, company.value(u"company_name"_s)}};
    }
    const bool pending = !businessId.isEmpty() && country.size() == 2 && !data.hasCompaniesIn(country);
    return QJsonObject {{u"status"_s, pending ? u"pending"_s : u"not_matched"_s},
                        {u"business_id"_s, QJsonValue()},
                        {u"company_name"_s, QJsonValue()}};
}

} // namespace Matching
