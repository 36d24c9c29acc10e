#pragma once

#include "core/ApiError.h"

#include <QByteArray>
#include <QNetworkReply>

// The one place where an answer or a failure of the network becomes an ApiError. ApiError (core) words the
// sentence for the user; this class decides which kind a Qt network outcome is.
class ErrorMapper
{
public:
    // Why ApiCall aborted a reply itself; a reply Qt aborted on its own was stopped by the transfer timeout.
    enum class AbortReason
    {
        None,
        Cancelled,
        TooLarge
    };

    // A finished reply (body already read). Kind::None when it is a 2xx answer.
    static ApiError fromReply(const QNetworkReply& reply, const QByteArray& body, AbortReason reason);
    // A failure below HTTP: no answer, or an answer cut off.
    static ApiError fromNetworkError(QNetworkReply::NetworkError code, const QString& errorString,
                                     AbortReason reason = AbortReason::None);
    // An HTTP answer that is not 2xx.
    static ApiError fromHttpStatus(int status, const QByteArray& body, const QByteArray& retryAfter);
};
