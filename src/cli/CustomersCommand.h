#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `vainu-webhooks customers list|import|export`: customer data from a terminal or a script, with the same CSV
// reader, checks, batching and report as the import dialog. Same profile and key rules as `webhooks`.
// Exit codes: 0 success, 1 an API or network error or any row of an import not stored, 2 a usage error.
class CustomersCommand
{
    Q_DECLARE_TR_FUNCTIONS(CustomersCommand)

public:
    // arguments as QCoreApplication::arguments(): program, "customers", sub-command, ...
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static int run(const QStringList& arguments);
};
