#pragma once

#include <QString>

#include <utility>

// The outcome of decoding untrusted input: either a value, or the JSON path of the offending
// field and a reason a person can read ("data.turn_over: expected an integer or null, got a string").
template <typename T>
class ParseResult
{
public:
    static ParseResult success(T value)
    {
        ParseResult r;
        r.m_ok = true;
        r.m_value = std::move(value);
        return r;
    }

    static ParseResult failure(QString field, QString reason)
    {
        ParseResult r;
        r.m_field = std::move(field);
        r.m_reason = std::move(reason);
        return r;
    }

    // Carries the error of another result over (for nested decoding).
    template <typename U>
    static ParseResult failureFrom(const ParseResult<U>& other)
    {
        return failure(other.field(), other.reason());
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }

    const T& value() const { return m_value; }
    T& value() { return m_value; }

    QString field() const { return m_field; }
    QString reason() const { return m_reason; }

    // "field: reason", or the reason alone when the whole input is at fault.
    QString message() const
    {
        if (m_ok)
            return {};
        if (m_field.isEmpty())
            return m_reason;
        return m_field + QLatin1String(": ") + m_reason;
    }

private:
    T m_value {};
    QString m_field;
    QString m_reason;
    bool m_ok = false;
};
