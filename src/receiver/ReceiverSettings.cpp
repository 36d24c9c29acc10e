#include "receiver/ReceiverSettings.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString ReceiverSettings::defaultPath()
{
    return u"/vainu/webhook"_s;
}

quint16 ReceiverSettings::defaultPort()
{
    return 8787;
}

QString ReceiverSettings::normalisePath(const QString& path)
{
    QString result = path.trimmed();
    if (!result.startsWith(u'/'))
        result.prepend(u'/');
    while (result.size() > 1 && result.endsWith(u'/'))
        result.chop(1);
    return result;
}

QString ReceiverSettings::validate() const
{
    static const QRegularExpression pathPattern(u"^(/[A-Za-z0-9_-]+)+$"_s);
    if (address.isNull())
        return tr("The listening address is not a valid IP address. Use 127.0.0.1 for this machine only.");
    if (!pathPattern.match(path).hasMatch())
        return tr("The receiver path \"%1\" is not valid. Use a path such as %2: segments of letters, digits, "
                  "'-' and '_' separated by '/'.")
            .arg(path, defaultPath());
    if (secretParameter.isEmpty())
        return tr("The name of the secret's query parameter is empty.");
    if (maxBodyBytes < 1024 || maxHeaderBytes < 1024 || maxHeaderCount < 8)
        return tr("The receiver's size limits are too small to accept a delivery.");
    if (readTimeoutMs < 100 || idleTimeoutMs < 100)
        return tr("The receiver's timeouts must be at least 100 ms.");
    if (maxConnections < 1)
        return tr("The receiver must accept at least one connection.");
    if (tlsCertificateFile.isEmpty() != tlsKeyFile.isEmpty())
        return tlsCertificateFile.isEmpty()
            ? tr("A TLS private key file is set but no certificate file: HTTPS needs both.")
            : tr("A TLS certificate file is set but no private key file: HTTPS needs both.");
    return {};
}
