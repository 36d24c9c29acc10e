#pragma once

#include <QCoreApplication>
#include <QString>

// Before Save in Settings > Receiver: can the receiver listen where the user asks? Each answer is a translated
// sentence that says what is wrong and what to do, shown at the field it is about; empty when fine.
struct ReceiverAddressCheck
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverAddressCheck)
public:
    // The address must be an IP address of this computer (QNetworkInterface::allAddresses()), or 0.0.0.0 / ::
    // (every interface).
    static QString bindAddressProblem(const QString& address);
    // Listens on address:port for a moment; "in use" names a free port nearby to choose instead. Only for an
    // address that passed bindAddressProblem().
    static QString portProblem(const QString& address, quint16 port);
};
