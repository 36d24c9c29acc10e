#pragma once

#include "core/ParseResult.h"

#include <QJsonObject>
#include <QString>

// A company from Get Companies (docs/api-choices.md section 6). Vainu returns a chosen set of fields,
// so the object is kept whole.
struct Company
{
    QJsonObject fields;

    QString businessId() const;
    QString name() const; // company_name, or name when that is absent

    // Accepts any object; business_id and company_name, when present, must be strings or null.
    static ParseResult<Company> fromJson(const QJsonObject& object);
};
