#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class QRandomGenerator;
class SandboxData;

// Changing companies of the data set: validated edits (the control route) and plausible random
// edits (the change generator), and who tracks a company (its deliveries' recipients).
namespace CompanyChanges {
struct Recipient
{
    QJsonObject webhook;
    QString uniqueId;
};

// Applies `fields` (top-level names, "financials" as an object or dot paths) to the company.
// Refuses unknown fields, wrong types and business_id. Returns the names that really changed.
bool apply(QJsonObject* company, const QJsonObject& fields, QStringList* changed, QString* error);

// A random but plausible change of one to three fields of a delivery's ten basic fields.
QJsonObject randomChange(const QJsonObject& company, QRandomGenerator& random);

// Every (webhook, unique_id) pair that gets a delivery when the company changes.
QList<Recipient> recipients(const SandboxData& data, const QString& businessId);

// Indexes of companies tracked by any account (the generator prefers them).
QList<qsizetype> trackedCompanies(const SandboxData& data);
} // namespace CompanyChanges
