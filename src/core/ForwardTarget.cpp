#include "core/ForwardTarget.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list.append(item.toString());
    return list;
}

// True for a host that names this computer: a loopback address, "localhost", or the receiver's bind address
// (any address when it listens on all of them).
bool isOwnHost(const QString& host, const QString& bindAddress)
{
    const QString name = host.toLower();
    if (name == u"localhost"_s || name.endsWith(u".localhost"_s) || name.startsWith(u"127."_s) || name == u"::1"_s
        || name == u"0.0.0.0"_s || name == u"::"_s || name == u"0:0:0:0:0:0:0:1"_s)
        return true;
    const QString bind = bindAddress.toLower();
    if (bind == u"0.0.0.0"_s || bind == u"::"_s || bind == u"any"_s)
        return true; // listening everywhere: any address of this computer reaches it (a LAN address included)
    return !bind.isEmpty() && name == bind;
}

QString normalisedPath(QString path)
{
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path;
}

bool isToken(const QByteArray& name)
{
    if (name.isEmpty())
        return false;
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    for (char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !extra.contains(c))
            return false;
    }
    return true;
}

} // namespace

bool ForwardFilter::matches(const QString& businessId, const QStringList& eventChangedFields,
                            DeliveryOrigin origin) const
{
    if (!origins.isEmpty() && !origins.contains(origin))
        return false;
    if (!businessIds.isEmpty() && !businessIds.contains(businessId))
        return false;
    if (!changedFields.isEmpty()
        && std::none_of(changedFields.cbegin(), changedFields.cend(),
                        [&](const QString& field) { return eventChangedFields.contains(field); }))
        return false;
    return true;
}

QJsonObject ForwardFilter::toJson() const
{
    QJsonObject json;
    if (!businessIds.isEmpty())
        json.insert(u"business_ids"_s, toArray(businessIds));
    if (!changedFields.isEmpty())
        json.insert(u"changed_fields"_s, toArray(changedFields));
    if (!origins.isEmpty()) {
        QStringList names;
        for (DeliveryOrigin origin : origins)
            names.append(DeliveryOrigins::toText(origin));
        json.insert(u"origins"_s, toArray(names));
    }
    return json;
}

ForwardFilter ForwardFilter::fromJson(const QJsonObject& json)
{
    ForwardFilter filter;
    filter.businessIds = fromArray(json.value(u"business_ids"_s));
    filter.changedFields = fromArray(json.value(u"changed_fields"_s));
    for (const QString& name : fromArray(json.value(u"origins"_s)))
        filter.origins.append(DeliveryOrigins::fromText(name));
    return filter;
}

QString ForwardTarget::urlProblem(const QUrl& url, const OwnReceiver& own)
{
    if (url.isEmpty())
        return tr("Enter the URL to forward to, e.g. http://localhost:3000/webhook.");
    if (!url.isValid() || url.host().isEmpty())
        return tr("This is not a valid URL. Enter a full address, e.g. http://localhost:3000/webhook.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return tr("Only http and https URLs can be forwarded to.");
    if (!url.userInfo().isEmpty())
        return tr("Put credentials in a header (Authorization), not in the URL.");
    const int defaultPort = scheme == u"https"_s ? 443 : 80;
    const auto samePath = [](const QString& a, const QString& b) { return normalisedPath(a) == normalisedPath(b); };
    if (own.port != 0 && url.port(defaultPort) == own.port && isOwnHost(url.host(), own.bindAddress)
        && samePath(url.path(), own.path))
        return tr("This is the app's own receiver: every event would be forwarded to itself.");
    const QUrl publicUrl = own.publicUrl;
    if (publicUrl.isValid() && !publicUrl.host().isEmpty()
        && publicUrl.host().compare(url.host(), Qt::CaseInsensitive) == 0
        && publicUrl.port(publicUrl.scheme() == u"https"_s ? 443 : 80) == url.port(defaultPort)
        && samePath(publicUrl.path(), url.path()))
        return tr("This is the receiver's public URL: every event would be forwarded to itself.");
    return {};
}

QString ForwardTarget::headerProblem(const QByteArray& name, const QByteArray& value)
{
    if (!isToken(name))
        return tr("\"%1\" is not a valid header name.").arg(QString::fromUtf8(name));
    if (value.contains('\r') || value.contains('\n') || value.contains('\0'))
        return tr("The value of %1 cannot contain line breaks.").arg(QString::fromUtf8(name));
    static const QList<QByteArray> forbidden = {
        "host", "content-length", "transfer-encoding", "connection", "keep-alive",   "upgrade",
        "te",   "trailer",        "proxy-connection",  "expect",     "content-type",
    };
    const QByteArray lower = name.toLower();
    if (forbidden.contains(lower))
        return tr("%1 cannot be set: the app sends it as the request needs.").arg(QString::fromUtf8(name));
    if (lower.startsWith("x-vainu-webhooks-"))
        return tr("%1 is set by the app on every forward.").arg(QString::fromUtf8(name));
    return {};
}

QList<QPair<QByteArray, QByteArray>> ForwardTarget::parseHeaderLines(const QString& text, QString* problem)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            if (problem)
                *problem = tr("Line %1: write a header as \"Name: value\".").arg(i + 1);
            return {};
        }
        headers.append({line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    return headers;
}

QString ForwardTarget::headerLines(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QStringList lines;
    for (const auto& [name, value] : headers)
        lines.append(QString::fromUtf8(name) + u": "_s + QString::fromUtf8(value));
    return lines.join(u'\n');
}

QList<ForwardTarget::Problem> ForwardTarget::validate(const OwnReceiver& own) const
{
    QList<Problem> problems;
    if (const QString why = urlProblem(url, own); !why.isEmpty())
        problems.append({Field::Url, why});
    for (const auto& [name, value] : headers) {
        if (const QString why = headerProblem(name, value); !why.isEmpty()) {
            problems.append({Field::Headers, why});
            break;
        }
    }
    if (timeoutMs < 1000 || timeoutMs > maxTimeoutMs())
        problems.append(
            {Field::Timeout, tr("The timeout must be between 1 and %1 seconds.").arg(maxTimeoutMs() / 1000)});
    return problems;
}
