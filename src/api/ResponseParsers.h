#pragma once

#include "api/BatchCreateResult.h"
#include "api/Paged.h"
#include "core/Company.h"
#include "core/CompanyList.h"
#include "core/CustomerRecord.h"
#include "core/ParseResult.h"
#include "core/Webhook.h"

#include <QByteArray>
#include <QList>

// Turn answer bodies into values. Tolerant of the shapes docs/api-choices.md names: {"results": [...]},
// {"result": [...]}, a bare array; "count" when present; a webhook query with or without '?'.
// A failure names the JSON path of the offending field, e.g. "results[2].id".
namespace ResponseParsers {
ParseResult<QList<Webhook>> webhooks(const QByteArray& body);
ParseResult<Webhook> webhook(const QByteArray& body);
ParseResult<Paged<CustomerRecord>> customerPage(const QByteArray& body);
ParseResult<CustomerRecord> customer(const QByteArray& body);
// 201 with an array of stored objects, or the 400 batch shape of docs/api-choices.md (results + errors).
ParseResult<BatchCreateResult> batchCreate(const QByteArray& body);
bool isBatchErrorBody(const QByteArray& body);
ParseResult<QList<CompanyList>> lists(const QByteArray& body);
ParseResult<CompanyList> list(const QByteArray& body);
ParseResult<Paged<Company>> companyPage(const QByteArray& body);
// count=true: {"count": N}; items stay empty.
ParseResult<Paged<Company>> companyCount(const QByteArray& body);
} // namespace ResponseParsers
