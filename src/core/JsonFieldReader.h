#pragma once

#include "core/ParseResult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reads typed fields of one JSON object and remembers the first problem, with the field's
// full JSON path, so that decoders stay short and every error names its field.
// Missing and null are treated alike for optional fields.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    // pathPrefix is the path of the object itself ("data"), empty at the top level.
    JsonFieldReader(const QJsonObject& object, QString pathPrefix = {});

    QString path(const QString& key) const;

    QString requiredString(const QString& key, bool allowEmpty = false);
    QString optionalString(const QString& key);
    std::optional<qint64> requiredInteger(const QString& key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString& key, qint64 min, qint64 max);
    bool optionalBool(const QString& key, bool fallback = false);
    std::optional<QJsonObject> optionalObject(const QString& key); // nullopt when missing/null
    QJsonObject requiredObject(const QString& key);

    bool ok() const { return m_field.isNull() && m_reason.isNull(); }
    QString field() const { return m_field; }
    QString reason() const { return m_reason; }

    template <typename T>
    ParseResult<T> failure() const
    {
        return ParseResult<T>::failure(m_field, m_reason);
    }

    void fail(const QString& key, const QString& reason);

    // "a string", "an integer", "a number with a fraction", "null", ... (translated)
    static QString describe(const QJsonValue& value);
    // The integer a JSON number holds, if it is integral and representable.
    static std::optional<qint64> toInteger(const QJsonValue& value);

private:
    std::optional<qint64> integer(const QString& key, qint64 min, qint64 max, bool required);

    QJsonObject m_object;
    QString m_prefix;
    QString m_field;
    QString m_reason;
};
