#include "core/JsonFieldReader.h"

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

JsonFieldReader::JsonFieldReader(const QJsonObject& object, QString pathPrefix)
    : m_object(object)
    , m_prefix(std::move(pathPrefix))
{ }

QString JsonFieldReader::path(const QString& key) const
{
    if (m_prefix.isEmpty())
        return key;
    return m_prefix + u'.' + key;
}

void JsonFieldReader::fail(const QString& key, const QString& reason)
{
    if (!ok())
        return; // keep the first problem: later ones are often consequences of it
    m_field = path(key);
    m_reason = reason;
    if (m_field.isNull())
        m_field = u""_s;
}

std::optional<qint64> JsonFieldReader::toInteger(const QJsonValue& value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d)
        return std::nullopt;
    // 2^63 is exactly representable; anything at or beyond it does not fit a qint64.
    constexpr double limit = 9223372036854775808.0;
    if (d >= limit || d < -limit)
        return std::nullopt;
    // toInteger keeps full precision for values the parser stored as integers.
    return value.toInteger(static_cast<qint64>(d));
}

QString JsonFieldReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) != d)
            return tr("a number with a fraction");
        if (!toInteger(value))
            return tr("a number too large for an integer");
        return tr("an integer");
    }
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString JsonFieldReader::requiredString(const QString& key, bool allowEmpty)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        fail(key, tr("missing; expected a string"));
        return {};
    }
    if (!v.isString()) {
        fail(key, tr("expected a string, got %1").arg(describe(v)));
        return {};
    }
    const QString s = v.toString();
    if (!allowEmpty && s.trimmed().isEmpty()) {
        fail(key, tr("must not be empty"));
        return {};
    }
    return s;
}

QString JsonFieldReader::optionalString(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, tr("expected a string or null, got %1").arg(describe(v)));
        return {};
    }
    return v.toString();
}

std::optional<qint64> JsonFieldReader::integer(const QString& key, qint64 min, qint64 max, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            fail(key, v.isNull() ? tr("expected an integer, got null") : tr("missing; expected an integer"));
        return std::nullopt;
    }
    const std::optional<qint64> n = toInteger(v);
    if (!n) {
        fail(key,
             required ? tr("expected an integer, got %1").arg(describe(v))
                      : tr("expected an integer or null, got %1").arg(describe(v)));
        return std::nullopt;
    }
    if (*n < min) {
        fail(key, tr("must be at least %1, got %2").arg(min).arg(*n));
        return std::nullopt;
    }
    if (*n > max) {
        fail(key, tr("must be at most %1, got %2").arg(max).arg(*n));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> JsonFieldReader::requiredInteger(const QString& key, qint64 min, qint64 max)
{
    return integer(key, min, max, true);
}

std::optional<qint64> JsonFieldReader::optionalInteger(const QString& key, qint64 min, qint64 max)
{
    return integer(key, min, max, false);
}

bool JsonFieldReader::optionalBool(const QString& key, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, tr("expected a boolean or null, got %1").arg(describe(v)));
        return fallback;
    }
    return v.toBool();
}

std::optional<QJsonObject> JsonFieldReader::optionalObject(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        fail(key, tr("expected an object or null, got %1").arg(describe(v)));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonObject JsonFieldReader::requiredObject(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        fail(key, tr("missing; expected an object"));
        return {};
    }
    if (!v.isObject()) {
        fail(key, tr("expected an object, got %1").arg(describe(v)));
        return {};
    }
    return v.toObject();
}
