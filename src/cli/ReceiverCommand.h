#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `vainu-webhooks receiver check|status|subscribe`: reaching the receiver from Vainu, from a terminal.
//  - check: posts a test delivery to the public URL and waits for it in this receiver's history (exit 0),
//    or names the hop that failed (exit 1): DNS, TCP, TLS, an HTTP answer that is not the receiver's, the secret;
//  - status: the local URL, the public URL, whether the receiver answers, whether a webhook delivers to it
//    with the current secret;
//  - subscribe: creates a webhook to the public URL with a fresh secret, kept in the profile's keychain entry.
// The receiver's secret comes from VAINU_WEBHOOK_SECRET when set (as for --headless), else from the keychain.
class ReceiverCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverCommand)

public:
    static constexpr const char* secretVariable = "VAINU_WEBHOOK_SECRET";
    // arguments as QCoreApplication::arguments(): program, "receiver", sub-command, ...
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};
