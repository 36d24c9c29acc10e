#include "session/ReceiverAddressCheck.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QStringList>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace {

bool canListen(const QHostAddress& address, quint16 port, QAbstractSocket::SocketError* error = nullptr)
{
    QTcpServer server;
    const bool ok = server.listen(address, port);
    if (error)
        *error = server.serverError();
    server.close();
    return ok;
}

} // namespace

QString ReceiverAddressCheck::bindAddressProblem(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QHostAddress address(trimmed);
    if (trimmed.isEmpty() || address.isNull())
        return tr("\"%1\" is not an IP address. Enter one of this computer's addresses, 127.0.0.1 for this "
                  "computer only, or 0.0.0.0 for all network interfaces.")
            .arg(trimmed);
    if (address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6)
        || address.isLoopback())
        return {};
    QStringList own;
    for (const QHostAddress& local : QNetworkInterface::allAddresses()) {
        if (local.isEqual(address, QHostAddress::TolerantConversion))
            return {};
        if (local.protocol() == QAbstractSocket::IPv4Protocol && !local.isLoopback())
            own.append(local.toString());
    }
    if (own.isEmpty())
        return tr("%1 is not an address of this computer, so the receiver cannot listen on it. Choose \"This "
                  "computer only\" or \"All network interfaces\".")
            .arg(trimmed);
    return tr("%1 is not an address of this computer, so the receiver cannot listen on it. Choose one of its "
              "addresses (%2), or \"All network interfaces\".")
        .arg(trimmed, own.join(u", "_s));
}

QString ReceiverAddressCheck::portProblem(const QString& text, quint16 port)
{
    const QHostAddress address(text.trimmed());
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    if (address.isNull() || port == 0 || canListen(address, port, &error))
        return {};
    if (error == QAbstractSocket::SocketAccessError)
        return tr("Port %1 needs administrator rights on this system. Choose a port above 1023, for example 8787.")
            .arg(port);
    if (error != QAbstractSocket::AddressInUseError)
        return tr("The receiver cannot listen on port %1 of %2. Choose another port.")
            .arg(port)
            .arg(address.toString());
    quint16 free = 0;
    for (quint32 candidate = quint32(port) + 1; candidate <= 65535 && candidate <= quint32(port) + 50; ++candidate) {
        if (canListen(address, quint16(candidate))) {
            free = quint16(candidate);
            break;
        }
    }
    if (free == 0)
        return tr("Port %1 on %2 is already in use by another program. Choose another port, or stop that program.")
            .arg(port)
            .arg(address.toString());
    return tr("Port %1 on %2 is already in use by another program. Choose another port (%3 is free), or stop that "
              "program.")
        .arg(port)
        .arg(address.toString())
        .arg(free);
}
