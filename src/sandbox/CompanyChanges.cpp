#include "sandbox/CompanyChanges.h"

#include "sandbox/CompanySchema.h"
#include "sandbox/SandboxData.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace CompanyChanges {
namespace {

bool typeFits(CompanySchema::Type type, const QJsonValue& value)
{
    if (value.isNull())
        return true;
    switch (type) {
    case CompanySchema::Type::String:
        return value.isString();
    case CompanySchema::Type::Integer:
        return value.isDouble() && value.toDouble() == static_cast<double>(value.toInteger());
    default:
        return false;
    }
}

} // namespace

bool apply(QJsonObject* company, const QJsonObject& fields, QStringList* changed, QString* error)
{
    QList<std::pair<QString, QJsonValue>> leaves;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value().isObject() && CompanySchema::typeOf(it.key()) == CompanySchema::Type::Object) {
            const QJsonObject sub = it.value().toObject();
            for (auto subIt = sub.begin(); subIt != sub.end(); ++subIt)
                leaves.append({it.key() + u'.' + subIt.key(), subIt.value()});
        } else {
            leaves.append({it.key(), it.value()});
        }
    }
    if (leaves.isEmpty()) {
        *error = u"No fields given: send e.g. {\"staff_number\": 42}."_s;
        return false;
    }
    for (const auto& [path, value] : std::as_const(leaves)) {
        const CompanySchema::Type type = CompanySchema::typeOf(path);
        if (type == CompanySchema::Type::Unknown || type == CompanySchema::Type::Object) {
            *error = u"Unknown company field: %1"_s.arg(path);
            return false;
        }
        if (path == u"business_id" || path == u"country") {
            *error = u"%1 identifies the company and cannot be changed."_s.arg(path);
            return false;
        }
        if (!typeFits(type, value)) {
            *error = u"Wrong type for %1: expected %2 or null."_s.arg(
                path, type == CompanySchema::Type::Integer ? u"an integer"_s : u"a string"_s);
            return false;
        }
    }
    for (const auto& [path, value] : std::as_const(leaves)) {
        if (CompanySchema::valueAt(*company, path) != value) {
            CompanySchema::setValueAt(company, path, value);
            changed->append(path);
        }
    }
    return true;
}

QJsonObject randomChange(const QJsonObject& company, QRandomGenerator& random)
{
    QJsonObject change;
    const int fieldCount = 1 + static_cast<int>(random.bounded(3));
    for (int i = 0; i < fieldCount; ++i) {
        switch (random.bounded(6)) {
        case 0: {
            const qint64 staff = company.value(u"staff_number"_s).toInteger(10);
            change.insert(u"staff_number"_s, std::max<qint64>(1, staff + random.bounded(-5, 9)));
            break;
        }
        case 1: {
            const qint64 turnOver = company.value(u"turn_over"_s).toInteger(100000);
            change.insert(u"turn_over"_s, std::max<qint64>(0, turnOver + turnOver * random.bounded(-15, 21) / 100));
            break;
        }
        case 2: {
            const QString address = company.value(u"visiting_address"_s).toString().section(u' ', 0, -2);
            change.insert(u"visiting_address"_s, u"%1 %2"_s.arg(address).arg(random.bounded(1, 150)));
            break;
        }
        case 3: {
            static const QStringList statuses
                = {u"active"_s, u"active"_s, u"active"_s, u"inactive"_s, u"liquidation"_s};
            change.insert(u"status"_s, statuses.at(random.bounded(static_cast<int>(statuses.size()))));
            break;
        }
        case 4: {
            const QString domain = company.value(u"domain"_s).toString();
            const QString stem = domain.section(u'.', 0, 0);
            change.insert(u"domain"_s, QString(stem + (domain.endsWith(u".com"_s) ? u".io"_s : u".com"_s)));
            break;
        }
        default: {
            const qint64 staff = company.value(u"staff_number"_s).toInteger(10);
            change.insert(u"staff_number"_s, staff + 1 + random.bounded(20));
            break;
        }
        }
    }
    return change;
}

QList<Recipient> recipients(const SandboxData& data, const QString& businessId)
{
    QList<Recipient> out;
    for (auto it = data.accounts.cbegin(); it != data.accounts.cend(); ++it) {
        for (const QJsonObject& record : it.value().customerData()) {
            const QJsonObject matching = record.value(u"matching"_s).toObject();
            if (matching.value(u"status"_s).toString() != u"matched"
                || matching.value(u"business_id"_s).toString() != businessId)
                continue;
            for (const QJsonObject& webhook : it.value().webhooks)
                out.append({webhook, record.value(u"unique_id"_s).toString()});
        }
    }
    return out;
}

QList<qsizetype> trackedCompanies(const SandboxData& data)
{
    QSet<QString> ids;
    for (auto it = data.accounts.cbegin(); it != data.accounts.cend(); ++it) {
        for (const QJsonObject& record : it.value().customerData()) {
            const QJsonObject matching = record.value(u"matching"_s).toObject();
            if (matching.value(u"status"_s).toString() == u"matched")
                ids.insert(matching.value(u"business_id"_s).toString());
        }
    }
    QList<qsizetype> out;
    for (qsizetype i = 0; i < data.companies.size(); ++i) {
        if (ids.contains(data.companies.at(i).value(u"business_id"_s).toString()))
            out.append(i);
    }
    return out;
}

} // namespace CompanyChanges
