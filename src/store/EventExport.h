#pragma once

#include "store/StoredEvent.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

// The export formats of stored events, shared by `vainu-webhooks events export` and the Live events
// page's Export: JSON Lines (one object per event) and CSV (RFC 4180, CRLF line ends).
//
// Both carry the same facts: origin says how the event came in ("delivery", "unrecognised"; later
// kinds are further words), changes the before and after value of each changed field, and payload
// the body exactly as received (in JSON Lines as a string, since the body may span lines).
namespace EventExport {
enum class Format
{
    JsonLines,
    Csv
};

QJsonObject toJson(const StoredEvent& event);
// [{"field": ..., "before": ..., "after": ...}]; "before" is left out when the earlier value is unknown.
QJsonArray changes(const StoredEvent& event);
QByteArray header(Format format); // the CSV header line; empty for JSON Lines
QByteArray line(Format format, const StoredEvent& event); // one line, its line end included
QByteArray csvField(const QString& value); // quoted when it holds a comma, quote or line break
} // namespace EventExport
