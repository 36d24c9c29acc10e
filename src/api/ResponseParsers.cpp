#include "api/ResponseParsers.h"

#include "core/JsonEnvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

template <typename T>
ParseResult<QList<T>> parseItems(const QJsonArray& items)
{
    QList<T> values;
    values.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = u"results[%1]"_s.arg(i);
        if (!items.at(i).isObject())
            return ParseResult<QList<T>>::failure(where, u"expected an object"_s);
        ParseResult<T> item = T::fromJson(items.at(i).toObject());
        if (!item.ok())
            return ParseResult<QList<T>>::failure(item.field().isEmpty() ? where : where + u'.' + item.field(),
                                                  item.reason());
        values.append(std::move(item.value()));
    }
    return ParseResult<QList<T>>::success(std::move(values));
}

template <typename T>
ParseResult<QList<T>> parseList(const QByteArray& body)
{
    ParseResult<JsonPage> page = parseJsonPage(body);
    if (!page.ok())
        return ParseResult<QList<T>>::failure(page.field(), page.reason());
    return parseItems<T>(page.value().items);
}

template <typename T>
ParseResult<Paged<T>> parsePaged(const QByteArray& body)
{
    ParseResult<JsonPage> page = parseJsonPage(body);
    if (!page.ok())
        return ParseResult<Paged<T>>::failure(page.field(), page.reason());
    ParseResult<QList<T>> items = parseItems<T>(page.value().items);
    if (!items.ok())
        return ParseResult<Paged<T>>::failure(items.field(), items.reason());
    Paged<T> paged;
    paged.items = std::move(items.value());
    paged.count = page.value().count.value_or(-1);
    return ParseResult<Paged<T>>::success(std::move(paged));
}

template <typename T>
ParseResult<T> parseOne(const QByteArray& body)
{
    ParseResult<QJsonObject> object = parseJsonObject(body);
    if (!object.ok())
        return ParseResult<T>::failure(object.field(), object.reason());
    return T::fromJson(object.value());
}

QMap<QString, QStringList> fieldErrorsFrom(const QJsonObject& object)
{
    QMap<QString, QStringList> errors;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QStringList messages;
        if (it.value().isArray()) {
            const QJsonArray array = it.value().toArray();
            for (const QJsonValue& message : array)
                messages.append(
                    message.isString()
                        ? message.toString()
                        : QString::fromUtf8(QJsonDocument(QJsonArray {message}).toJson(QJsonDocument::Compact)));
        } else if (it.value().isString()) {
            messages.append(it.value().toString());
        }
        errors.insert(it.key(), messages);
    }
    return errors;
}

ParseResult<std::optional<CustomerRecord>> storedItem(const QJsonValue& value, qsizetype index)
{
    using Result = ParseResult<std::optional<CustomerRecord>>;
    if (value.isNull())
        return Result::success(std::nullopt);
    const QString where = u"results[%1]"_s.arg(index);
    if (!value.isObject())
        return Result::failure(where, u"expected an object or null"_s);
    ParseResult<CustomerRecord> record = CustomerRecord::fromJson(value.toObject());
    if (!record.ok())
        return Result::failure(where + u'.' + record.field(), record.reason());
    return Result::success(std::optional<CustomerRecord>(std::move(record.value())));
}

} // namespace

namespace ResponseParsers {

ParseResult<QList<Webhook>> webhooks(const QByteArray& body)
{
    return parseList<Webhook>(body);
}
ParseResult<Webhook> webhook(const QByteArray& body)
{
    return parseOne<Webhook>(body);
}
ParseResult<Paged<CustomerRecord>> customerPage(const QByteArray& body)
{
    return parsePaged<CustomerRecord>(body);
}
ParseResult<CustomerRecord> customer(const QByteArray& body)
{
    return parseOne<CustomerRecord>(body);
}
ParseResult<QList<CompanyList>> lists(const QByteArray& body)
{
    return parseList<CompanyList>(body);
}
ParseResult<CompanyList> list(const QByteArray& body)
{
    return parseOne<CompanyList>(body);
}
ParseResult<Paged<Company>> companyPage(const QByteArray& body)
{
    return parsePaged<Company>(body);
}

ParseResult<Paged<Company>> companyCount(const QByteArray& body)
{
    ParseResult<QJsonObject> object = parseJsonObject(body);
    if (!object.ok())
        return ParseResult<Paged<Company>>::failure(object.field(), object.reason());
    const QJsonValue count = object.value().value(u"count"_s);
    if (!count.isDouble())
        return ParseResult<Paged<Company>>::failure(u"count"_s, u"expected a number"_s);
    Paged<Company> paged;
    paged.count = count.toInteger();
    return ParseResult<Paged<Company>>::success(std::move(paged));
}

bool isBatchErrorBody(const QByteArray& body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.value(u"results"_s).isArray() && object.value(u"errors"_s).isArray();
}

ParseResult<BatchCreateResult> batchCreate(const QByteArray& body)
{
    using Result = ParseResult<BatchCreateResult>;
    BatchCreateResult result;
    QJsonArray stored;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isArray()) {
        stored = document.array();
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        // A 201 may also come wrapped in an envelope; a 400 carries results + errors + detail.
        stored = object.contains(u"results"_s) ? object.value(u"results"_s).toArray()
                                               : object.value(u"result"_s).toArray();
        result.detail = object.value(u"detail"_s).toString();
        const QJsonArray errors = object.value(u"errors"_s).toArray();
        for (qsizetype i = 0; i < errors.size(); ++i) {
            const QJsonObject error = errors.at(i).toObject();
            if (!error.value(u"index"_s).isDouble())
                return Result::failure(u"errors[%1].index"_s.arg(i), u"expected an integer"_s);
            BatchItemError item;
            item.index = error.value(u"index"_s).toInt();
            item.uniqueId = error.value(u"unique_id"_s).toString();
            item.fieldErrors = fieldErrorsFrom(error.value(u"errors"_s).toObject());
            result.errors.append(item);
        }
    } else {
        return Result::failure(QString(), u"expected a JSON array or object"_s);
    }
    for (qsizetype i = 0; i < stored.size(); ++i) {
        ParseResult<std::optional<CustomerRecord>> item = storedItem(stored.at(i), i);
        if (!item.ok())
            return Result::failure(item.field(), item.reason());
        result.stored.append(std::move(item.value()));
    }
    return Result::success(std::move(result));
}

} // namespace ResponseParsers
