#pragma once

#include "core/ParseResult.h"

#include <QJsonObject>
#include <QString>

// A company list (docs/api-choices.md section 5).
struct CompanyList
{
    QString id;
    QString name;
    bool isNamedList = false;
    bool isDefault = false;
    QString ownerEmail;
    int addedCompanies = 0;

    // Named lists are static (editable through the API); others are dynamic saved filters.
    bool isStatic() const;

    // id is a required non-empty string; the rest may be missing or null.
    static ParseResult<CompanyList> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
};
