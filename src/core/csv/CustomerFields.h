#pragma once

#include "core/CustomerRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// The fields of a customer data object that a CSV column can fill, and the checks each value must pass before
// it is sent. Shared by the import (GUI and command line) and the record dialog, so both say the same thing.
enum class CustomerField
{
    Ignore,
    UniqueId,
    CompanyName,
    BusinessId,
    Country,
    OwnerEmail,
    OpenDeals,
    WonDeals,
    LostDeals,
    LastUpdate,
    Notes,
    Count
};

class CustomerFields
{
    Q_DECLARE_TR_FUNCTIONS(CustomerFields)

public:
    static QList<CustomerField> all(); // every field except Ignore and Count
    static QString key(CustomerField field); // "unique_id", "company_name", ... as in the API and --mapping
    static CustomerField fromKey(const QString& key); // Ignore when unknown
    static QString label(CustomerField field); // translated, for the mapping step and error messages
    // The field a CSV header most likely holds (English, Finnish and Swedish CRM exports), Ignore if none.
    static CustomerField guess(const QString& header);

    // Each check returns "" when the value is acceptable, else a translated message that says what to fix.
    static QString checkUniqueId(const QString& value);
    static QString checkEmail(const QString& value);
    // value: an ISO 3166 alpha-2 code or a Nordic country name; *code gets the upper-case code.
    static QString checkCountry(const QString& value, QString* code = nullptr);
    // The three shapes; country is a hint (a prefix in the id wins). *normalised gets the canonical form,
    // *country the country the id belongs to. Countries without known check rules are accepted as typed.
    static QString checkBusinessId(const QString& value, const QString& country, QString* normalised = nullptr,
                                   QString* idCountry = nullptr);
    static QString checkCount(const QString& value, std::optional<int>* count = nullptr);
    static QString checkDate(const QString& value, std::optional<QDate>* date = nullptr);
    // Vainu matches on a business id or a company name: one of them is required.
    static QString checkMatchable(const MatchData& data);

    static constexpr int maxUniqueIdLength = 255;
};
