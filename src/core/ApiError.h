#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// What went wrong with one API call, with a translated message a person can act on.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        BadRequest,
        Unauthorized,
        Forbidden,
        NotFound,
        RateLimited,
        ServerError,
        ServiceUnavailable,
        Network,
        Timeout,
        Tls,
        InvalidResponse,
        ResponseTooLarge,
        Cancelled
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage; // Vainu's "detail" (or a short plain-text body)
    QMap<QString, QStringList> fieldErrors; // DRF {"field": ["msg"]}; nested as "match_data.business_id"
    int retryAfterSeconds = -1; // from Retry-After; -1 when not given
    QString technicalDetail; // for logs and a "details" box; never translated

    bool isError() const;

    // Maps a status and body to an error. 2xx gives Kind::None. Reads {"detail": ...}, DRF field
    // errors and Retry-After (seconds or an HTTP date).
    static ApiError fromHttpResponse(int status, const QByteArray& body, const QByteArray& retryAfter = {});
    static ApiError make(Kind kind, QString technicalDetail = {});

    // Where a message is read, so "what to do" names what the reader sees: inside Settings the "Server" and
    // "API key" fields themselves, elsewhere the server and key in File > Settings.
    enum class ShownIn
    {
        Elsewhere,
        Settings
    };

    // What happened and what to do, plus Vainu's own message when there is one.
    QString userMessage(ShownIn where = ShownIn::Elsewhere) const;
    // Only the sentence for the kind, without Vainu's message.
    QString kindMessage(ShownIn where = ShownIn::Elsewhere) const;
    // The field errors of one field, joined with spaces; empty when none.
    QString fieldMessage(const QString& field) const;

    static QString kindName(Kind kind); // "unauthorized", ... for logs
};
