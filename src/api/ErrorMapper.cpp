#include "api/ErrorMapper.h"

using namespace Qt::StringLiterals;

ApiError ErrorMapper::fromReply(const QNetworkReply& reply, const QByteArray& body, AbortReason reason)
{
    if (reason == AbortReason::Cancelled)
        return ApiError::make(ApiError::Kind::Cancelled);
    if (reason == AbortReason::TooLarge)
        return ApiError::make(ApiError::Kind::ResponseTooLarge, reply.url().path());

    const QNetworkReply::NetworkError code = reply.error();
    const QVariant status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Errors below 200 are failures of the connection (refused, dropped, timed out, TLS, proxy); they win
    // over a status line that may have arrived before the body was cut off.
    const bool transportFailure = code != QNetworkReply::NoError && int(code) < 200;
    if (transportFailure || !status.isValid())
        return fromNetworkError(code == QNetworkReply::NoError ? QNetworkReply::ProtocolFailure : code,
                                reply.errorString());

    const int httpStatus = status.toInt();
    if (httpStatus >= 200 && httpStatus < 300)
        return {};
    return fromHttpStatus(httpStatus, body, reply.rawHeader("Retry-After"));
}

ApiError ErrorMapper::fromNetworkError(QNetworkReply::NetworkError code, const QString& errorString, AbortReason reason)
{
    using Kind = ApiError::Kind;
    switch (code) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::OperationCanceledError:
        // ApiCall aborts only to cancel or to stop an oversized answer; any other abort is the transfer timeout.
        if (reason == AbortReason::Cancelled)
            return ApiError::make(Kind::Cancelled);
        if (reason == AbortReason::TooLarge)
            return ApiError::make(Kind::ResponseTooLarge, errorString);
        return ApiError::make(Kind::Timeout, errorString);
    case QNetworkReply::TimeoutError:
        return ApiError::make(Kind::Timeout, errorString);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::make(Kind::Tls, errorString);
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProtocolFailure:
        return ApiError::make(Kind::InvalidResponse, errorString);
    default:
        return ApiError::make(Kind::Network, errorString);
    }
}

ApiError ErrorMapper::fromHttpStatus(int status, const QByteArray& body, const QByteArray& retryAfter)
{
    if (status >= 300 && status < 400) {
        // Only same-origin redirects are followed; anything else lands here instead of leaking the key.
        ApiError error
            = ApiError::make(ApiError::Kind::InvalidResponse, u"HTTP %1: redirect not followed"_s.arg(status));
        error.httpStatus = status;
        return error;
    }
    // Vainu's message, field errors and Retry-After (seconds or HTTP date) are read by core's ApiError.
    return ApiError::fromHttpResponse(status, body, retryAfter);
}
