#pragma once

#include "core/ParseResult.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// One company-change delivery (docs/api-choices.md section 3).
struct CompanyChange
{
    QString uniqueId;
    QString type;
    int numberOfTries = 1;
    QJsonObject data; // kept as sent, unknown extra fields included

    // The ten data fields, in documented order.
    static const QStringList& basicFields();
    // turn_over and staff_number are integers; the other basic fields are strings.
    static bool isIntegerField(const QString& field);

    // Strict: says which field is wrong and why. Unknown extra fields are accepted and kept.
    static ParseResult<CompanyChange> fromJson(const QByteArray& body);
    static ParseResult<CompanyChange> fromJson(const QJsonObject& object);

    QJsonObject toJson() const;

    QString businessId() const;
    QString companyName() const;

    // SHA-256 (hex) of data serialised with sorted keys: part of the dedupe key.
    QByteArray dataHash() const;
};
