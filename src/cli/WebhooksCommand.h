#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `vainu-webhooks webhooks list|add|delete`: the webhook configuration from a terminal or a script.
// Exit codes: 0 success, 1 an API or network error (ApiError's sentence on stderr), 2 a usage error.
class WebhooksCommand
{
    Q_DECLARE_TR_FUNCTIONS(WebhooksCommand)

public:
    // arguments as QCoreApplication::arguments(): program, "webhooks", sub-command, ...
    // Needs a QCoreApplication; runs its own event loop while waiting for the API.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static int run(const QStringList& arguments); // stdout and stderr
};
