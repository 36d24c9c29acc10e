#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// One field of a company that differs between two known states.
struct FieldChange
{
    QString field;
    QJsonValue before; // Undefined: the earlier value is not known
    QJsonValue after;
};

// The fields of `after` whose value differs from `before`. Fields missing from `after` are not
// reported (a delivery that omits a field says nothing about it). Basic fields come first in
// documented order, then any other fields sorted by name. Numbers compare by value (12 == 12.0).
QList<FieldChange> diffCompanyData(const QJsonObject& before, const QJsonObject& after);
