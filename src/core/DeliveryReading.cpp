#include "core/DeliveryReading.h"

#include "core/JsonEnvelope.h"
#include "core/JsonFieldReader.h"
#include "core/Utf8.h"
#include "core/Webhook.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Any JSON value, a bare scalar included (parseJsonValue takes objects and arrays only).
std::optional<QJsonValue> parseAnyJson(const QByteArray& body, QString* problem)
{
    const ParseResult<QJsonValue> parsed = parseJsonValue(body);
    if (parsed)
        return parsed.value();
    QByteArrayView bytes(body);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (!bytes.trimmed().isEmpty() && Utf8::firstInvalidByte(bytes) < 0) {
        QJsonParseError error;
        const QJsonDocument wrapped = QJsonDocument::fromJson("[" + bytes.toByteArray() + "]", &error);
        if (error.error == QJsonParseError::NoError && wrapped.array().size() == 1)
            return wrapped.array().first();
    }
    *problem = parsed.message();
    return std::nullopt;
}

QString jsonText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.sliced(1, array.size() - 2));
}

// Integral values become JSON integers (exact up to 2^63), the rest stay decimals.
QJsonValue numberValue(double number, const QJsonValue& original)
{
    if (const std::optional<qint64> exact = JsonFieldReader::toInteger(original))
        return QJsonValue(*exact);
    constexpr double limit = 9223372036854775808.0;
    if (std::trunc(number) == number && number < limit && number >= -limit) {
        bool ok = false;
        const qint64 fromText = original.toString().trimmed().toLongLong(&ok);
        return QJsonValue(ok ? fromText : static_cast<qint64>(number));
    }
    return QJsonValue(number);
}

class LenientReader
{
public:
    explicit LenientReader(DeliveryReading* reading)
        : m_reading(reading)
    { }

    void note(const QString& path, const QJsonValue& sent, const QJsonValue& read)
    {
        m_reading->notes.append(DeliveryReading::tr("%1: %2 read as %3").arg(path, jsonText(sent), jsonText(read)));
    }

    QString uniqueId(const QJsonValue& value)
    {
        if (value.isString())
            return value.toString().trimmed().isEmpty() ? QString() : value.toString();
        if (const std::optional<qint64> number = JsonFieldReader::toInteger(value)) {
            const QString text = QString::number(*number);
            note(u"unique_id"_s, value, text);
            return text;
        }
        return {};
    }

    QString type(const QJsonValue& value)
    {
        const QString canonical = Webhook::companyChangeType();
        if (value.isString() && value.toString().trimmed().compare(canonical, Qt::CaseInsensitive) == 0) {
            if (value.toString() != canonical)
                note(u"type"_s, value, canonical);
            return canonical;
        }
        return value.isString() ? value.toString() : QString(); // kept as sent; missing stays empty
    }

    int tries(const QJsonValue& value)
    {
        const std::optional<double> number = DeliveryReading::numberIn(value);
        int tries = 1;
        if (number && *number >= 1)
            tries = int(qMin<double>(std::floor(*number), std::numeric_limits<int>::max()));
        if (!value.isUndefined() && (!value.isDouble() || double(tries) != value.toDouble()))
            note(u"number_of_tries"_s, value, tries);
        return tries;
    }

    void normaliseData(QJsonObject* data)
    {
        for (const QString& field : {u"turn_over"_s, u"staff_number"_s}) {
            const QJsonValue value = data->value(field);
            if (!value.isString())
                continue;
            if (const std::optional<double> number = DeliveryReading::numberIn(value)) {
                const QJsonValue read = numberValue(*number, value);
                note(u"data."_s + field, value, read);
                data->insert(field, read);
            }
        }
        const QJsonValue businessId = data->value(u"business_id"_s);
        if (businessId.isDouble()) {
            const std::optional<qint64> exact = JsonFieldReader::toInteger(businessId);
            const QString text = exact ? QString::number(*exact) : QString::number(businessId.toDouble(), 'g', 17);
            note(u"data.business_id"_s, businessId, text);
            data->insert(u"business_id"_s, text);
        }
    }

private:
    DeliveryReading* m_reading;
};

} // namespace

DeliveryReading DeliveryReading::read(const QByteArray& body)
{
    DeliveryReading reading;
    const std::optional<QJsonValue> parsed = parseAnyJson(body, &reading.problem);
    if (!parsed)
        return reading; // NotJson, with the parser's reason
    reading.kind = Kind::Unrecognised;
    if (!parsed->isObject()) {
        reading.problem = tr("the body is %1, not an object").arg(JsonFieldReader::describe(*parsed));
        return reading;
    }
    const QJsonObject object = parsed->toObject();
    LenientReader reader(&reading);
    const QJsonValue uniqueId = object.value(u"unique_id"_s);
    // Read before data, so that an unrecognised body still names its customer record when it can.
    reading.change.uniqueId = reader.uniqueId(uniqueId);
    const QJsonValue data = object.value(u"data"_s);
    if (!data.isObject()) {
        reading.notes.clear();
        reading.problem = data.isUndefined() ? tr("there is no \"data\" object")
                                             : tr("\"data\" is %1, not an object").arg(JsonFieldReader::describe(data));
        return reading;
    }
    if (reading.change.uniqueId.isEmpty()) {
        reading.notes.clear();
        if (uniqueId.isUndefined())
            reading.problem = tr("there is no \"unique_id\"");
        else if (uniqueId.isString())
            reading.problem = tr("\"unique_id\" is empty");
        else
            reading.problem
                = tr("\"unique_id\" is %1, not a text or a number").arg(JsonFieldReader::describe(uniqueId));
        return reading;
    }
    reading.kind = Kind::Change;
    reading.change.type = reader.type(object.value(u"type"_s));
    reading.change.numberOfTries = reader.tries(object.value(u"number_of_tries"_s));
    reading.change.data = data.toObject();
    reader.normaliseData(&reading.change.data);
    return reading;
}

QJsonObject DeliveryReading::normalisedData(QJsonObject data)
{
    DeliveryReading ignored;
    LenientReader(&ignored).normaliseData(&data);
    return data;
}

std::optional<double> DeliveryReading::numberIn(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const double number = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}
