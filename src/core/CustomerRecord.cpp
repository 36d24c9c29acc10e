#include "core/CustomerRecord.h"

#include "core/JsonFieldReader.h"

#include <QDateTime>

#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxCount = std::numeric_limits<int>::max();

std::optional<int> toOptionalInt(std::optional<qint64> value)
{
    if (!value)
        return std::nullopt;
    return static_cast<int>(*value);
}
} // namespace

QString matchStatusName(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Matched:
        return u"matched"_s;
    case MatchStatus::NotMatched:
        return u"not_matched"_s;
    case MatchStatus::Pending:
        return u"pending"_s;
    case MatchStatus::Unknown:
        break;
    }
    return u"unknown"_s;
}

MatchStatus matchStatusFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == "matched"_L1)
        return MatchStatus::Matched;
    if (n == "not_matched"_L1)
        return MatchStatus::NotMatched;
    if (n == "pending"_L1)
        return MatchStatus::Pending;
    return MatchStatus::Unknown;
}

ParseResult<CustomerRecord> CustomerRecord::fromJson(const QJsonObject& object)
{
    JsonFieldReader reader(object);
    CustomerRecord r;
    r.uniqueId = reader.requiredString(u"unique_id"_s);
    const std::optional<QJsonObject> match = reader.optionalObject(u"match_data"_s);
    const QString lastUpdate = reader.optionalString(u"last_update"_s);
    r.notes = reader.optionalString(u"notes"_s);
    r.ownerEmail = reader.optionalString(u"owner_email"_s);
    r.openDealsCount = toOptionalInt(reader.optionalInteger(u"open_deals_count"_s, 0, maxCount));
    r.wonDealsCount = toOptionalInt(reader.optionalInteger(u"won_deals_count"_s, 0, maxCount));
    r.lostDealsCount = toOptionalInt(reader.optionalInteger(u"lost_deals_count"_s, 0, maxCount));
    const std::optional<QJsonObject> matching = reader.optionalObject(u"matching"_s);
    if (!reader.ok())
        return reader.failure<CustomerRecord>();

    if (!lastUpdate.isEmpty()) {
        QDate date = QDate::fromString(lastUpdate, Qt::ISODate);
        if (!date.isValid())
            date = QDateTime::fromString(lastUpdate, Qt::ISODateWithMs).date();
        if (!date.isValid())
            return ParseResult<CustomerRecord>::failure(
                u"last_update"_s,
                JsonFieldReader::tr("expected a date like 2024-01-31, got \"%1\"").arg(lastUpdate.left(40)));
        r.lastUpdate = date;
    }

    if (match) {
        JsonFieldReader m(*match, u"match_data"_s);
        r.matchData.companyName = m.optionalString(u"company_name"_s);
        r.matchData.businessId = m.optionalString(u"business_id"_s);
        r.matchData.country = m.optionalString(u"country"_s);
        if (!m.ok())
            return m.failure<CustomerRecord>();
    }

    if (matching) {
        JsonFieldReader m(*matching, u"matching"_s);
        Matching result;
        result.status = matchStatusFromName(m.optionalString(u"status"_s));
        result.businessId = m.optionalString(u"business_id"_s);
        result.companyName = m.optionalString(u"company_name"_s);
        if (!m.ok())
            return m.failure<CustomerRecord>();
        r.matching = result;
    }
    return ParseResult<CustomerRecord>::success(r);
}

QJsonObject CustomerRecord::toJson() const
{
    QJsonObject o;
    o.insert(u"unique_id"_s, uniqueId);
    QJsonObject match;
    if (!matchData.companyName.isEmpty())
        match.insert(u"company_name"_s, matchData.companyName);
    if (!matchData.businessId.isEmpty())
        match.insert(u"business_id"_s, matchData.businessId);
    if (!matchData.country.isEmpty())
        match.insert(u"country"_s, matchData.country);
    o.insert(u"match_data"_s, match);
    if (lastUpdate && lastUpdate->isValid())
        o.insert(u"last_update"_s, lastUpdate->toString(Qt::ISODate));
    if (!notes.isEmpty())
        o.insert(u"notes"_s, notes);
    if (!ownerEmail.isEmpty())
        o.insert(u"owner_email"_s, ownerEmail);
    if (openDealsCount)
        o.insert(u"open_deals_count"_s, *openDealsCount);
    if (wonDealsCount)
        o.insert(u"won_deals_count"_s, *wonDealsCount);
    if (lostDealsCount)
        o.insert(u"lost_deals_count"_s, *lostDealsCount);
    return o;
}
