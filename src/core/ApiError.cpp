#include "core/ApiError.h"

#include "core/Utf8.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {
// Longest server message shown to a person; longer ones are cut (the full body is in technicalDetail).
constexpr qsizetype maxShownMessage = 500;
constexpr qsizetype maxTechnicalBody = 300;

QString elide(const QString& text, qsizetype max)
{
    if (text.size() <= max)
        return text;
    return text.left(max) + QChar(0x2026);
}

// Strings of a JSON value that holds messages: a string, or an array of strings (DRF).
QStringList messagesOf(const QJsonValue& value)
{
    if (value.isString())
        return {value.toString()};
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            if (item.isString())
                out.append(item.toString());
        }
    }
    return out;
}

// DRF nests the errors of sub-objects: {"match_data": {"business_id": ["..."]}}.
void collectFieldErrors(const QJsonObject& object, const QString& prefix, QMap<QString, QStringList>& out)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject()) {
            collectFieldErrors(it.value().toObject(), key, out);
            continue;
        }
        const QStringList messages = messagesOf(it.value());
        if (!messages.isEmpty())
            out[key] += messages;
    }
}

int parseRetryAfter(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : static_cast<int>(std::min<qlonglong>(seconds, 24 * 3600));
    // Retry-After may also be an HTTP date (RFC 9110).
    // Qt reads RFC 2822 dates with a numeric zone; HTTP dates always end in "GMT".
    QString date = QString::fromLatin1(value);
    if (date.endsWith(" GMT"_L1))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 delta = QDateTime::currentDateTimeUtc().secsTo(when);
    return static_cast<int>(std::clamp<qint64>(delta, 0, 24 * 3600));
}

ApiError::Kind kindForStatus(int status)
{
    using Kind = ApiError::Kind;
    if (status >= 200 && status < 300)
        return Kind::None;
    switch (status) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 408:
        return Kind::Timeout;
    case 413:
        return Kind::BadRequest;
    case 429:
        return Kind::RateLimited;
    case 503:
        return Kind::ServiceUnavailable;
    default:
        break;
    }
    if (status >= 400 && status < 500)
        return Kind::BadRequest;
    if (status >= 500 && status < 600)
        return Kind::ServerError;
    return Kind::InvalidResponse; // 1xx, 3xx (redirects are followed before this) or nonsense
}
} // namespace

bool ApiError::isError() const
{
    return kind != Kind::None;
}

ApiError ApiError::make(Kind kind, QString technicalDetail)
{
    ApiError e;
    e.kind = kind;
    e.technicalDetail = std::move(technicalDetail);
    return e;
}

ApiError ApiError::fromHttpResponse(int status, const QByteArray& body, const QByteArray& retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    e.kind = kindForStatus(status);
    if (e.kind == Kind::None)
        return e;
    e.retryAfterSeconds = parseRetryAfter(retryAfter);

    const bool validUtf8 = Utf8::firstInvalidByte(body) < 0;
    const QString text = validUtf8 ? QString::fromUtf8(body) : QString::fromLatin1(body);
    e.technicalDetail = u"HTTP %1"_s.arg(status);
    if (!body.isEmpty())
        e.technicalDetail += u": "_s + elide(text.simplified(), maxTechnicalBody);

    if (!validUtf8)
        return e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Proxies and load balancers answer in plain text or HTML; show short plain text only.
        const QString plain = text.trimmed();
        if (!plain.isEmpty() && plain.size() <= 200 && !plain.contains(u'<') && !plain.contains(u'{'))
            e.serverMessage = plain.simplified();
        return e;
    }
    if (doc.isArray()) {
        e.serverMessage = elide(messagesOf(doc.array()).join(u' '), maxShownMessage);
        return e;
    }
    QJsonObject object = doc.object();
    const QJsonValue detail = object.take(u"detail"_s);
    e.serverMessage = elide(messagesOf(detail).join(u' '), maxShownMessage);
    const QStringList general = messagesOf(object.take(u"non_field_errors"_s));
    if (!general.isEmpty()) {
        const QString joined = general.join(u' ');
        e.serverMessage = e.serverMessage.isEmpty() ? joined : e.serverMessage + u' ' + joined;
        e.serverMessage = elide(e.serverMessage, maxShownMessage);
    }
    // The batch answer of customer_data carries "results" and "errors" arrays of objects; they
    // are not field errors and messagesOf() skips arrays without strings.
    collectFieldErrors(object, {}, e.fieldErrors);
    return e;
}

QString ApiError::kindMessage(ShownIn where) const
{
    const bool inSettings = where == ShownIn::Settings;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::BadRequest:
        return tr("Vainu did not accept the request (HTTP %1). Check the values you entered.").arg(httpStatus);
    case Kind::Unauthorized:
        return inSettings ? tr("Vainu refused the API key. Check the API key field.")
                          : tr("Vainu refused the API key. Check the key in File > Settings.");
    case Kind::Forbidden:
        return tr("API access is not enabled for this Vainu user. Ask Vainu support or your Vainu administrator "
                  "to enable it.");
    case Kind::NotFound:
        return inSettings ? tr("Vainu could not find what was asked for. Check the Server field.")
                          : tr("Vainu could not find what was asked for: it may have been deleted already, or the "
                               "server in File > Settings may be wrong. Refresh and try again.");
    case Kind::RateLimited:
        if (retryAfterSeconds >= 0)
            return tr("Vainu is limiting how many requests can be made. Wait %n second(s) and try again.", nullptr,
                      retryAfterSeconds);
        return tr("Vainu is limiting how many requests can be made. Wait a moment and try again.");
    case Kind::ServerError:
        return tr("Vainu had a problem handling the request (HTTP %1). Try again later.").arg(httpStatus);
    case Kind::ServiceUnavailable:
        if (retryAfterSeconds >= 0)
            return tr("Vainu is temporarily unavailable. Try again in %n second(s).", nullptr, retryAfterSeconds);
        return tr("Vainu is temporarily unavailable. Try again later.");
    case Kind::Network:
        return inSettings
            ? tr("Cannot reach the Vainu server. Check the network connection and the Server field.")
            : tr("Cannot reach the Vainu server. Check the network connection and the server in File > Settings.");
    case Kind::Timeout:
        return tr("Vainu did not answer in time. Check the network connection and try again.");
    case Kind::Tls:
        return inSettings ? tr("The secure connection to the Vainu server failed. Check the Server field and the "
                               "system's date and certificates.")
                          : tr("The secure connection to the Vainu server failed. Check the server in File > "
                               "Settings and the system's date and certificates.");
    case Kind::InvalidResponse:
        return inSettings ? tr("Vainu sent an answer this application cannot read. Check the Server field; if it "
                               "is right, try again later.")
                          : tr("Vainu sent an answer this application cannot read. Check the server in File > "
                               "Settings; if it is right, try again later.");
    case Kind::ResponseTooLarge:
        return tr("Vainu's answer was too large to handle. Ask for fewer items at a time.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    }
    return {};
}

QString ApiError::userMessage(ShownIn where) const
{
    QString message = kindMessage(where);
    if (!serverMessage.isEmpty())
        message += u'\n' + tr("Vainu said: %1").arg(serverMessage);
    for (auto it = fieldErrors.constBegin(); it != fieldErrors.constEnd(); ++it)
        message += u'\n' + tr("%1: %2").arg(it.key(), elide(it.value().join(u' '), maxShownMessage));
    return message;
}

QString ApiError::fieldMessage(const QString& field) const
{
    return fieldErrors.value(field).join(u' ');
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return u"none"_s;
    case Kind::BadRequest:
        return u"bad-request"_s;
    case Kind::Unauthorized:
        return u"unauthorized"_s;
    case Kind::Forbidden:
        return u"forbidden"_s;
    case Kind::NotFound:
        return u"not-found"_s;
    case Kind::RateLimited:
        return u"rate-limited"_s;
    case Kind::ServerError:
        return u"server-error"_s;
    case Kind::ServiceUnavailable:
        return u"service-unavailable"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::InvalidResponse:
        return u"invalid-response"_s;
    case Kind::ResponseTooLarge:
        return u"response-too-large"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}
