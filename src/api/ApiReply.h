#pragma once

#include "api/ApiCall.h"
#include "api/ErrorMapper.h"
#include "core/ParseResult.h"

#include <functional>

// An ApiCall with a typed value. value() is meaningful once finished() fired with no error.
template <typename T>
class ApiReply : public ApiCall
{
public:
    using Parser = std::function<ParseResult<T>(int httpStatus, const QByteArray& body)>;
    using ErrorBodyFilter = std::function<bool(int httpStatus, const QByteArray& body)>;

    explicit ApiReply(Parser parser, QObject* parent = nullptr, ErrorBodyFilter acceptErrorBody = {})
        : ApiCall(parent)
        , m_parser(std::move(parser))
        , m_acceptErrorBody(std::move(acceptErrorBody))
    { }

    const T& value() const { return m_value; }

protected:
    ApiError parseSuccess(int httpStatus, const QByteArray& body) override
    {
        ParseResult<T> parsed = m_parser(httpStatus, body);
        if (!parsed.ok()) {
            ApiError error = ApiError::make(ApiError::Kind::InvalidResponse, parsed.message());
            error.httpStatus = httpStatus;
            return error;
        }
        m_value = std::move(parsed.value());
        return {};
    }

    bool acceptsErrorBody(int httpStatus, const QByteArray& body) const override
    {
        return m_acceptErrorBody && m_acceptErrorBody(httpStatus, body);
    }

private:
    Parser m_parser;
    ErrorBodyFilter m_acceptErrorBody;
    T m_value {};
};
