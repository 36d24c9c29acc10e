#include "core/JsonEnvelope.h"

#include "core/JsonFieldReader.h"
#include "core/Utf8.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

using namespace Qt::StringLiterals;

// The messages below use JsonFieldReader's translation context: they are about the same JSON.

ParseResult<QJsonValue> parseJsonValue(const QByteArray& body)
{
    QByteArrayView bytes(body);
    // A UTF-8 byte order mark is not JSON, but some servers send one; it carries no meaning.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.trimmed().isEmpty())
        return ParseResult<QJsonValue>::failure({}, JsonFieldReader::tr("the body is empty; expected JSON"));
    const qsizetype bad = Utf8::firstInvalidByte(bytes);
    if (bad >= 0)
        return ParseResult<QJsonValue>::failure(
            {}, JsonFieldReader::tr("the body is not valid UTF-8 (invalid byte at offset %1)").arg(bad));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return ParseResult<QJsonValue>::failure({},
                                                JsonFieldReader::tr("the body is not valid JSON: %1 at offset %2")
                                                    .arg(error.errorString())
                                                    .arg(error.offset));
    if (doc.isObject())
        return ParseResult<QJsonValue>::success(doc.object());
    if (doc.isArray())
        return ParseResult<QJsonValue>::success(doc.array());
    return ParseResult<QJsonValue>::failure({},
                                            JsonFieldReader::tr("the body is JSON but neither an object nor an array"));
}

ParseResult<QJsonObject> parseJsonObject(const QByteArray& body)
{
    const ParseResult<QJsonValue> parsed = parseJsonValue(body);
    if (!parsed)
        return ParseResult<QJsonObject>::failureFrom(parsed);
    if (!parsed.value().isObject())
        return ParseResult<QJsonObject>::failure(
            {}, JsonFieldReader::tr("expected a JSON object, got %1").arg(JsonFieldReader::describe(parsed.value())));
    return ParseResult<QJsonObject>::success(parsed.value().toObject());
}

ParseResult<JsonPage> parseJsonPage(const QByteArray& body)
{
    const ParseResult<QJsonValue> parsed = parseJsonValue(body);
    if (!parsed)
        return ParseResult<JsonPage>::failureFrom(parsed);
    const QJsonValue& value = parsed.value();
    JsonPage page;
    if (value.isArray()) {
        page.items = value.toArray();
        return ParseResult<JsonPage>::success(page);
    }
    if (!value.isObject())
        return ParseResult<JsonPage>::failure(
            {},
            JsonFieldReader::tr("expected a JSON object with \"results\" or an array, got %1")
                .arg(JsonFieldReader::describe(value)));
    const QJsonObject object = value.toObject();
    QString key;
    if (object.contains(u"results"_s))
        key = u"results"_s;
    else if (object.contains(u"result"_s))
        key = u"result"_s;
    else
        return ParseResult<JsonPage>::failure(u"results"_s, JsonFieldReader::tr("missing; expected an array"));
    const QJsonValue items = object.value(key);
    if (!items.isArray())
        return ParseResult<JsonPage>::failure(
            key, JsonFieldReader::tr("expected an array, got %1").arg(JsonFieldReader::describe(items)));
    page.items = items.toArray();
    JsonFieldReader reader(object);
    page.count = reader.optionalInteger(u"count"_s, 0, std::numeric_limits<qint64>::max());
    if (!reader.ok())
        return reader.failure<JsonPage>();
    return ParseResult<JsonPage>::success(page);
}
