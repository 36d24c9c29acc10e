#pragma once

#include "core/ParseResult.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// A page of a list answer. Vainu documents {"results": [...]}; {"result": [...]} and a bare
// array also occur in its material, so all three are accepted. count comes from "count".
struct JsonPage
{
    QJsonArray items;
    std::optional<qint64> count;
};

ParseResult<JsonPage> parseJsonPage(const QByteArray& body);

// Strict: the body must be valid UTF-8 and valid JSON whose top level is an object.
ParseResult<QJsonObject> parseJsonObject(const QByteArray& body);

// Strict: valid UTF-8 JSON of any top-level kind (object, array, scalar).
ParseResult<QJsonValue> parseJsonValue(const QByteArray& body);
