#include "sandbox/SandboxData.h"

#include "core/BusinessId.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString nameKey(const QString& name, const QString& country)
{
    return country.toUpper() + u'|' + name.trimmed().toCaseFolded();
}

QJsonArray toArray(const QList<QJsonObject>& objects)
{
    QJsonArray array;
    for (const QJsonObject& object : objects)
        array.append(object);
    return array;
}

QList<QJsonObject> toObjects(const QJsonArray& array)
{
    QList<QJsonObject> objects;
    objects.reserve(array.size());
    for (const QJsonValue& value : array)
        objects.append(value.toObject());
    return objects;
}

QJsonObject listToJson(const SandboxList& list)
{
    return QJsonObject {{u"id"_s, list.id},
                        {u"name"_s, list.name},
                        {u"is_named_list"_s, list.isNamedList},
                        {u"default"_s, list.isDefault},
                        {u"owner_email"_s, list.ownerEmail},
                        {u"business_ids"_s, QJsonArray::fromStringList(list.businessIds)},
                        {u"filter"_s, list.filter}};
}

SandboxList listFromJson(const QJsonObject& json)
{
    SandboxList list;
    list.id = json.value(u"id"_s).toString();
    list.name = json.value(u"name"_s).toString();
    list.isNamedList = json.value(u"is_named_list"_s).toBool(true);
    list.isDefault = json.value(u"default"_s).toBool();
    list.ownerEmail = json.value(u"owner_email"_s).toString();
    for (const QJsonValue& id : json.value(u"business_ids"_s).toArray())
        list.businessIds.append(id.toString());
    list.filter = json.value(u"filter"_s).toObject();
    return list;
}

QString uniqueIdOf(const QJsonObject& record)
{
    return record.value(u"unique_id"_s).toString();
}

} // namespace

void SandboxAccount::setCustomerData(QList<QJsonObject> records)
{
    m_customerData = std::move(records);
    rebuildRecordIndex();
}

void SandboxAccount::appendRecord(const QJsonObject& record)
{
    m_customerData.append(record);
    const QString id = uniqueIdOf(record);
    if (!m_recordIndex.contains(id)) // a duplicate never hides the first record with its id
        m_recordIndex.insert(id, m_customerData.size() - 1);
}

void SandboxAccount::replaceRecord(qsizetype index, const QJsonObject& record)
{
    const bool sameId = uniqueIdOf(m_customerData.at(index)) == uniqueIdOf(record);
    m_customerData[index] = record;
    if (!sameId)
        rebuildRecordIndex();
}

void SandboxAccount::removeRecord(qsizetype index)
{
    // The records after it move up one place: rebuilding is linear, as the removal itself is.
    m_customerData.removeAt(index);
    rebuildRecordIndex();
}

qsizetype SandboxAccount::indexOfRecord(const QString& uniqueId) const
{
    return m_recordIndex.value(uniqueId, -1);
}

void SandboxAccount::rebuildRecordIndex()
{
    m_recordIndex.clear();
    m_recordIndex.reserve(m_customerData.size());
    for (qsizetype i = 0; i < m_customerData.size(); ++i) {
        const QString id = uniqueIdOf(m_customerData.at(i));
        if (!m_recordIndex.contains(id))
            m_recordIndex.insert(id, i);
    }
}

qsizetype SandboxAccount::indexOfList(const QString& id) const
{
    for (qsizetype i = 0; i < lists.size(); ++i) {
        if (lists.at(i).id == id)
            return i;
    }
    return -1;
}

QString SandboxData::newId()
{
    const QByteArray material = "vainu-sandbox:" + QByteArray::number(seed) + ':' + QByteArray::number(++idSerial);
    return QString::fromLatin1(QCryptographicHash::hash(material, QCryptographicHash::Sha1).toHex().left(24));
}

void SandboxData::rebuildIndex()
{
    m_byKey.clear();
    m_byExactId.clear();
    m_byNameCountry.clear();
    m_countries.clear();
    for (qsizetype i = 0; i < companies.size(); ++i) {
        const QJsonObject& company = companies.at(i);
        const QString id = company.value(u"business_id"_s).toString();
        const QString country = company.value(u"country"_s).toString();
        m_byExactId.insert(id, i);
        const QString key = BusinessId::matchKey(id, country);
        if (!key.isEmpty())
            m_byKey.insert(key, i);
        m_byNameCountry.insert(nameKey(company.value(u"company_name"_s).toString(), country), i);
        m_countries.insert(country);
    }
}

qsizetype SandboxData::findCompany(const QString& rawBusinessId, const QString& countryHint) const
{
    const QString trimmed = rawBusinessId.trimmed();
    if (trimmed.isEmpty())
        return -1;
    if (const auto it = m_byExactId.constFind(trimmed); it != m_byExactId.cend()) {
        const QString country = companies.at(it.value()).value(u"country"_s).toString();
        if (countryHint.isEmpty() || country == countryHint.toUpper())
            return it.value();
    }
    const QString key = BusinessId::matchKey(trimmed, countryHint.toUpper());
    if (!key.isEmpty())
        return m_byKey.value(key, -1);
    if (!countryHint.isEmpty())
        return -1;
    // No hint and an ambiguous bare id (8 digits fit FI and DK): try each country in turn.
    for (const QString& country : BusinessId::supportedCountries()) {
        const qsizetype index = m_byKey.value(BusinessId::matchKey(trimmed, country), -1);
        if (index >= 0)
            return index;
    }
    return -1;
}

qsizetype SandboxData::findCompanyByName(const QString& name, const QString& country) const
{
    if (name.trimmed().isEmpty() || country.isEmpty())
        return -1;
    return m_byNameCountry.value(nameKey(name, country), -1);
}

QJsonObject SandboxData::toJson() const
{
    QJsonObject accountsJson;
    for (auto it = accounts.cbegin(); it != accounts.cend(); ++it) {
        QJsonArray lists;
        for (const SandboxList& list : it.value().lists)
            lists.append(listToJson(list));
        accountsJson.insert(it.key(),
                            QJsonObject {{u"customer_data"_s, toArray(it.value().customerData())},
                                         {u"webhooks"_s, toArray(it.value().webhooks)},
                                         {u"lists"_s, lists}});
    }
    return QJsonObject {{u"format"_s, 1},
                        {u"seed"_s, QString::number(seed)},
                        {u"id_serial"_s, QString::number(idSerial)},
                        {u"companies"_s, toArray(companies)},
                        {u"accounts"_s, accountsJson}};
}

bool SandboxData::fromJson(const QJsonObject& json, SandboxData* out, QString* error)
{
    if (json.value(u"format"_s).toInt() != 1) {
        *error = u"unsupported state format (expected \"format\": 1)"_s;
        return false;
    }
    const QJsonArray companies = json.value(u"companies"_s).toArray();
    if (companies.isEmpty()) {
        *error = u"the state holds no companies"_s;
        return false;
    }
    SandboxData data;
    data.seed = json.value(u"seed"_s).toString().toULongLong();
    data.idSerial = json.value(u"id_serial"_s).toString().toULongLong();
    data.companies = toObjects(companies);
    const QJsonObject accounts = json.value(u"accounts"_s).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonObject accountJson = it.value().toObject();
        SandboxAccount account;
        account.setCustomerData(toObjects(accountJson.value(u"customer_data"_s).toArray()));
        account.webhooks = toObjects(accountJson.value(u"webhooks"_s).toArray());
        for (const QJsonValue& list : accountJson.value(u"lists"_s).toArray())
            account.lists.append(listFromJson(list.toObject()));
        data.accounts.insert(it.key(), account);
    }
    data.rebuildIndex();
    *out = std::move(data);
    return true;
}
