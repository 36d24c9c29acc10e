#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// The fields of a company in the sandbox's data set, with their JSON types. Get Companies and
// the control route that edits a company both validate against this one table.
namespace CompanySchema {
enum class Type
{
    Unknown,
    String,
    Integer,
    Object
};

QStringList basicFields(); // the ten fields of a delivery's "data", in documented order
QStringList defaultFields(); // what Get Companies returns without "fields"
QStringList allFieldPaths(); // every leaf, sub-fields in dot notation ("financials.profit")
Type typeOf(const QString& path); // Unknown for a path that is not in the table
bool isKnown(const QString& path);

QJsonValue valueAt(const QJsonObject& company, const QString& path); // Undefined when absent
void setValueAt(QJsonObject* target, const QString& path, const QJsonValue& value);
QJsonObject basicData(const QJsonObject& company); // the delivery payload's "data"
} // namespace CompanySchema
