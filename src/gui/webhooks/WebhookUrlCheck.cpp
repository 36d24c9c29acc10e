#include "gui/webhooks/WebhookUrlCheck.h"

#include <QHostAddress>
#include <QStringList>

using namespace Qt::StringLiterals;

bool WebhookUrlCheck::isUnreachableFromInternet(const QString& host)
{
    const QString name = host.toLower();
    if (name == u"localhost" || name.endsWith(u".localhost") || name.endsWith(u".local") || name.endsWith(u".internal")
        || name.endsWith(u".lan") || (!name.contains(u'.') && !name.contains(u':')))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false; // an ordinary DNS name: it may well be public
    if (address.isLoopback() || address.isLinkLocal() || address.isSiteLocal() || address.isUniqueLocalUnicast()
        || address.isNull() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return true;
    static const char* const privateRanges[]
        = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16", "0.0.0.0/8"};
    for (const char* range : privateRanges) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1StringView(range))))
            return true;
    }
    return false;
}

WebhookUrlCheck WebhookUrlCheck::check(const QString& text)
{
    WebhookUrlCheck result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.message = tr("Enter the address of your receiver, starting with https://.");
        return result;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.isRelative() || (scheme != u"https" && scheme != u"http")) {
        result.message = tr("The address must be a full web address starting with https:// or http://, "
                            "for example https://crm.example.com/vainu-webhook.");
        return result;
    }
    if (url.host().isEmpty()) {
        result.message = tr("The address has no server name after %1://.").arg(scheme);
        return result;
    }
    if (trimmed.contains(u' ')) {
        result.message = tr("The address contains a space. Remove it or write it as %20.");
        return result;
    }
    if (url.hasFragment()) {
        result.message = tr("Remove the part after '#': it is never sent to a server.");
        return result;
    }
    result.url = url;
    QStringList warnings;
    if (scheme == u"http")
        warnings << tr("Company data would travel unencrypted over http. Use https if your server supports it.");
    if (isUnreachableFromInternet(url.host()))
        warnings << tr("Vainu cannot reach %1: it is a local or private address. Use a public address "
                       "(the built-in sandbox can reach local addresses).")
                        .arg(url.host());
    result.level = warnings.isEmpty() ? Level::Ok : Level::Warning;
    result.message = warnings.join(u'\n');
    return result;
}
