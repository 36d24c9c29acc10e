#pragma once

#include "store/StoredEvent.h"

#include <QByteArray>
#include <QJsonObject>

// The export formats of stored events, shared by `vainu-webhooks events export` and the Live events
// page's Export: JSON Lines (one object per event) and CSV (RFC 4180, CRLF line ends).
namespace EventExport {
enum class Format
{
    JsonLines,
    Csv
};

QJsonObject toJson(const StoredEvent& event); // payload parsed when it is JSON, else the raw text
QByteArray header(Format format); // the CSV header line; empty for JSON Lines
QByteArray line(Format format, const StoredEvent& event); // one line, its line end included
QByteArray csvField(const QString& value); // quoted when it holds a comma, quote or line break
} // namespace EventExport
