#include "core/CompanyChange.h"

#include "core/JsonEnvelope.h"
#include "core/JsonFieldReader.h"
#include "core/Webhook.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <limits>

using namespace Qt::StringLiterals;

const QStringList& CompanyChange::basicFields()
{
    static const QStringList fields {u"status"_s,       u"domain"_s,       u"turn_over"_s,     u"visiting_address"_s,
                                     u"business_id"_s,  u"company_name"_s, u"visiting_city"_s, u"visiting_postal"_s,
                                     u"staff_number"_s, u"region"_s};
    return fields;
}

bool CompanyChange::isIntegerField(const QString& field)
{
    return field == "turn_over"_L1 || field == "staff_number"_L1;
}

ParseResult<CompanyChange> CompanyChange::fromJson(const QByteArray& body)
{
    const ParseResult<QJsonObject> parsed = parseJsonObject(body);
    if (!parsed)
        return ParseResult<CompanyChange>::failureFrom(parsed);
    return fromJson(parsed.value());
}

ParseResult<CompanyChange> CompanyChange::fromJson(const QJsonObject& object)
{
    JsonFieldReader reader(object);
    CompanyChange change;
    change.type = reader.requiredString(u"type"_s, true);
    if (reader.ok() && change.type != Webhook::companyChangeType())
        reader.fail(
            u"type"_s,
            JsonFieldReader::tr("expected \"%1\", got \"%2\"").arg(Webhook::companyChangeType(), change.type.left(80)));
    change.uniqueId = reader.requiredString(u"unique_id"_s);
    const std::optional<qint64> tries
        = reader.requiredInteger(u"number_of_tries"_s, 1, std::numeric_limits<int>::max());
    change.numberOfTries = tries ? static_cast<int>(*tries) : 1;
    change.data = reader.requiredObject(u"data"_s);
    if (!reader.ok())
        return reader.failure<CompanyChange>();

    JsonFieldReader dataReader(change.data, u"data"_s);
    for (const QString& field : basicFields()) {
        if (isIntegerField(field))
            dataReader.optionalInteger(field, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        else
            dataReader.optionalString(field);
    }
    if (!dataReader.ok())
        return dataReader.failure<CompanyChange>();
    return ParseResult<CompanyChange>::success(change);
}

QJsonObject CompanyChange::toJson() const
{
    return QJsonObject {
        {u"data"_s, data},
        {u"number_of_tries"_s, numberOfTries},
        {u"type"_s, type},
        {u"unique_id"_s, uniqueId},
    };
}

QString CompanyChange::businessId() const
{
    return data.value(u"business_id"_s).toString();
}

QString CompanyChange::companyName() const
{
    return data.value(u"company_name"_s).toString();
}

QByteArray CompanyChange::dataHash() const
{
    // QJsonObject keeps its keys sorted (also in nested objects), so the compact form is
    // canonical: the same data sent with its keys in another order hashes the same.
    const QByteArray canonical = QJsonDocument(data).toJson(QJsonDocument::Compact);
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
}
