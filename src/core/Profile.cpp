#include "core/Profile.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

bool isAbsoluteHttpUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.isRelative() && (scheme == "http"_L1 || scheme == "https"_L1) && !url.host().isEmpty();
}

} // namespace

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QUrl Profile::vainuBaseUrl()
{
    return QUrl(u"https://api.vainu.io/api/v2/"_s);
}

QString Profile::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Sandbox:
        return u"sandbox"_s;
    case Kind::Vainu:
        return u"vainu"_s;
    }
    return u"vainu"_s;
}

std::optional<Profile::Kind> Profile::kindFromName(const QString& name)
{
    if (name == "sandbox"_L1)
        return Kind::Sandbox;
    if (name == "vainu"_L1)
        return Kind::Vainu;
    return std::nullopt;
}

QString Profile::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The profile needs a name. Enter a name, for example \"Production\".");
    if (baseUrl.isEmpty()) {
        if (kind != Kind::Sandbox)
            return tr("The profile needs a base URL, for example %1.").arg(vainuBaseUrl().toString());
    } else if (!isAbsoluteHttpUrl(baseUrl)) {
        return tr("The base URL \"%1\" is not a full http or https address. Enter one like %2.")
            .arg(baseUrl.toString(), vainuBaseUrl().toString());
    } else if (baseUrl.hasQuery() || baseUrl.hasFragment()) {
        return tr("The base URL \"%1\" must not have a query or fragment. Remove the part from '?' or '#' on.")
            .arg(baseUrl.toString());
    }
    if (receiver.bindAddress.trimmed().isEmpty())
        return tr("The receiver needs an address to listen on. Enter 127.0.0.1 to accept deliveries from this "
                  "computer only.");
    if (receiver.port == 0)
        return tr("The receiver's port must be between 1 and 65535.");
    if (!receiver.path.startsWith(u'/'))
        return tr("The receiver's path \"%1\" must start with '/', for example /vainu/webhook.").arg(receiver.path);
    if (receiver.path.contains(u'?') || receiver.path.contains(u'#') || receiver.path.contains(u' '))
        return tr("The receiver's path \"%1\" must not contain '?', '#' or spaces.").arg(receiver.path);
    if (!receiver.publicUrl.isEmpty() && !isAbsoluteHttpUrl(receiver.publicUrl))
        return tr("The receiver's public URL \"%1\" is not a full http or https address. Enter one like "
                  "https://example.com/vainu/webhook, or leave it empty.")
            .arg(receiver.publicUrl.toString());
    if (receiver.tlsCertificateFile.trimmed().isEmpty() != receiver.tlsKeyFile.trimmed().isEmpty())
        return tr("HTTPS needs both a certificate file and its key file. Choose both, or clear both for plain "
                  "HTTP.");
    return {};
}

Profile Profile::normalised() const
{
    Profile result = *this;
    result.name = name.trimmed();
    result.receiver.bindAddress = receiver.bindAddress.trimmed();
    result.receiver.tlsCertificateFile = receiver.tlsCertificateFile.trimmed();
    result.receiver.tlsKeyFile = receiver.tlsKeyFile.trimmed();
    if (!result.baseUrl.isEmpty() && !result.baseUrl.path().endsWith(u'/'))
        result.baseUrl.setPath(result.baseUrl.path() + u'/');
    return result;
}
