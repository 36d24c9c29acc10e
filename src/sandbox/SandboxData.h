#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// A company list of one account. Static (named) lists hold business ids; dynamic lists hold a
// Get Companies filter and are evaluated when read.
struct SandboxList
{
    QString id;
    QString name;
    bool isNamedList = true;
    bool isDefault = false;
    QString ownerEmail;
    QStringList businessIds; // static lists only, canonical business ids in insertion order
    QJsonObject filter; // dynamic lists only, the same parameters as POST /companies/
};

// Everything one user (the owner of one or more API keys) has stored at "Vainu".
//
// The customer records sit behind methods so that the unique_id index stays in step with the list: a batch
// create checks every new record against the stored ones, and a linear search made a 10,000-row import
// quadratic.
struct SandboxAccount
{
    QList<QJsonObject> webhooks;
    QList<SandboxList> lists;

    // Stored records, each with its "matching" object, in the order they were created.
    const QList<QJsonObject>& customerData() const { return m_customerData; }
    void setCustomerData(QList<QJsonObject> records);
    void appendRecord(const QJsonObject& record);
    // The record keeps its place; its unique_id may change (the index follows).
    void replaceRecord(qsizetype index, const QJsonObject& record);
    void removeRecord(qsizetype index);

    // Index of the record with this unique_id, or -1; the first one if a loaded state holds duplicates.
    qsizetype indexOfRecord(const QString& uniqueId) const;
    qsizetype indexOfList(const QString& id) const;

private:
    void rebuildRecordIndex();

    QList<QJsonObject> m_customerData;
    QHash<QString, qsizetype> m_recordIndex; // unique_id -> index in m_customerData
};

// The whole state of the emulated service: the company data set and every account. Plain data,
// owned by SandboxServer and touched only from its thread.
class SandboxData
{
public:
    quint64 seed = 0;
    quint64 idSerial = 0;
    QList<QJsonObject> companies;
    QMap<QString, SandboxAccount> accounts; // by username (email)

    SandboxAccount& account(const QString& username) { return accounts[username]; }

    // A fresh 24-hex-digit id, deterministic from the seed and a serial number.
    QString newId();

    // Call after `companies` changed as a whole (seed, load).
    void rebuildIndex();
    // Index of the company with this business id in any of the three shapes, or -1.
    qsizetype findCompany(const QString& rawBusinessId, const QString& countryHint = {}) const;
    qsizetype findCompanyByName(const QString& name, const QString& country) const;
    bool hasCompaniesIn(const QString& country) const { return m_countries.contains(country); }

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, SandboxData* out, QString* error);

private:
    QHash<QString, qsizetype> m_byKey; // BusinessId::matchKey -> index
    QHash<QString, qsizetype> m_byExactId; // business_id as stored -> index
    QHash<QString, qsizetype> m_byNameCountry; // "FI|lower-case name" -> index
    QSet<QString> m_countries;
};
