#pragma once

#include <QList>
#include <QPair>
#include <QString>

// The query of a webhook as the key=value rows the Add dialog edits. The leading '?' and the
// percent-encoding are handled here, so users never type either.
namespace WebhookQuery {
using Parameter = QPair<QString, QString>;

// Rows with an empty key are skipped. {"crm","custom"},{"token","a b"} -> "?crm=custom&token=a%20b"
QString build(const QList<Parameter>& parameters);
// "?crm=custom&token=a%20b" (with or without '?') -> rows; "" -> none.
QList<Parameter> parse(const QString& query);
// A random, URL-safe token of 192 bits from the system's secure generator (32 characters).
QString generateSecret();
// The parameter name "Generate secret" uses.
QString secretParameterName();
} // namespace WebhookQuery
