#include "sandbox/RecordValidator.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace RecordValidator {
namespace {

class Builder
{
public:
    Builder(const QJsonObject& input, const QJsonObject& base, QJsonObject* errors)
        : m_input(input)
        , m_base(base)
        , m_errors(errors)
    { }

    void fail(const QString& field, const QString& message) { m_errors->insert(field, QJsonArray {message}); }

    // The value for `field`: from the input if given, else from the base record, else null.
    QJsonValue pick(const QJsonObject& input, const QJsonObject& base, const QString& field) const
    {
        if (input.contains(field))
            return input.value(field);
        return base.contains(field) ? base.value(field) : QJsonValue();
    }

    QJsonValue string(const QJsonValue& value, const QString& field, int maxLength)
    {
        if (value.isNull())
            return value;
        if (!value.isString()) {
            fail(field, u"Not a valid string."_s);
            return {};
        }
        if (value.toString().size() > maxLength)
            fail(field, u"Ensure this field has no more than %1 characters."_s.arg(maxLength));
        return value;
    }

    QJsonValue count(const QJsonValue& value, const QString& field)
    {
        if (value.isNull())
            return value;
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) || number < 0
            || number > 2147483647.0) {
            fail(field, u"A valid non-negative integer is required."_s);
            return {};
        }
        return value;
    }

    QJsonValue date(const QJsonValue& value, const QString& field)
    {
        if (value.isNull())
            return value;
        const QString text = value.toString();
        if (!value.isString()
            || (!QDate::fromString(text, Qt::ISODate).isValid()
                && !QDateTime::fromString(text, Qt::ISODate).isValid())) {
            fail(field, u"Date has wrong format. Use one of these formats instead: YYYY-MM-DD."_s);
            return {};
        }
        return value;
    }

    QJsonObject matchData()
    {
        const QJsonValue given = m_input.value(u"match_data"_s);
        if (m_input.contains(u"match_data"_s) && !given.isObject()) {
            fail(u"match_data"_s, u"Expected an object with company_name, business_id and country."_s);
            return {};
        }
        const QJsonObject input = given.toObject();
        const QJsonObject base = m_base.value(u"match_data"_s).toObject();
        QJsonObject out;
        out.insert(u"company_name"_s, string(pick(input, base, u"company_name"_s), u"match_data.company_name"_s, 255));
        out.insert(u"business_id"_s, string(pick(input, base, u"business_id"_s), u"match_data.business_id"_s, 64));
        QJsonValue country = string(pick(input, base, u"country"_s), u"match_data.country"_s, 2);
        if (country.isString()) {
            const QString code = country.toString().toUpper();
            const bool letters = code.size() == 2 && code.at(0).isLetter() && code.at(1).isLetter();
            if (!letters)
                fail(u"match_data.country"_s, u"Use an ISO 3166 alpha-2 country code, e.g. FI."_s);
            country = code;
        }
        out.insert(u"country"_s, country);
        if (out.value(u"company_name"_s).toString().trimmed().isEmpty()
            && out.value(u"business_id"_s).toString().trimmed().isEmpty() && !m_errors->contains(u"match_data"_s))
            fail(u"match_data"_s, u"Give at least company_name or business_id so the record can be matched."_s);
        return out;
    }

    QJsonObject build()
    {
        QJsonObject record;
        const QJsonValue uniqueId = pick(m_input, m_base, u"unique_id"_s);
        if (!uniqueId.isString() || uniqueId.toString().trimmed().isEmpty())
            fail(u"unique_id"_s, u"This field is required and must be a non-empty string."_s);
        else if (uniqueId.toString().size() > 255)
            fail(u"unique_id"_s, u"Ensure this field has no more than 255 characters."_s);
        else if (uniqueId.toString().contains(u'/'))
            fail(u"unique_id"_s, u"A unique_id cannot contain '/'."_s);
        record.insert(u"unique_id"_s, uniqueId);
        record.insert(u"match_data"_s, matchData());
        record.insert(u"last_update"_s, date(pick(m_input, m_base, u"last_update"_s), u"last_update"_s));
        record.insert(u"notes"_s, string(pick(m_input, m_base, u"notes"_s), u"notes"_s, 10000));
        QJsonValue owner = string(pick(m_input, m_base, u"owner_email"_s), u"owner_email"_s, 254);
        if (owner.isString() && !owner.toString().isEmpty() && !owner.toString().contains(u'@'))
            fail(u"owner_email"_s, u"Enter a valid email address."_s);
        record.insert(u"owner_email"_s, owner);
        for (const QString& field : {u"open_deals_count"_s, u"won_deals_count"_s, u"lost_deals_count"_s})
            record.insert(field, count(pick(m_input, m_base, field), field));
        return record;
    }

private:
    const QJsonObject& m_input;
    const QJsonObject& m_base;
    QJsonObject* m_errors;
};

} // namespace

bool build(const QJsonValue& input, const QJsonObject& base, QJsonObject* record, QJsonObject* errors)
{
    if (!input.isObject()) {
        errors->insert(u"non_field_errors"_s, QJsonArray {u"Invalid data. Expected a dictionary."_s});
        return false;
    }
    const QJsonObject object = input.toObject();
    Builder builder(object, base, errors);
    *record = builder.build();
    return errors->isEmpty();
}

} // namespace RecordValidator
