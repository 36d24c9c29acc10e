#pragma once

#include "core/ParseResult.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

// A customer data object: one of the user's own records that Vainu matches to a company
// (docs/api-choices.md section 4).
enum class MatchStatus
{
    Unknown,
    Matched,
    NotMatched,
    Pending
};

struct MatchData
{
    QString companyName;
    QString businessId;
    QString country;
};

struct Matching
{
    MatchStatus status = MatchStatus::Unknown;
    QString businessId;
    QString companyName;
};

struct CustomerRecord
{
    QString uniqueId;
    MatchData matchData;
    std::optional<QDate> lastUpdate;
    QString notes;
    QString ownerEmail;
    std::optional<int> openDealsCount, wonDealsCount, lostDealsCount;
    std::optional<Matching> matching;

    // unique_id is a required non-empty string; everything else may be missing or null.
    // last_update accepts "YYYY-MM-DD" and ISO 8601 date-times. An unknown matching status
    // becomes MatchStatus::Unknown (the names are this project's choice, not Vainu's).
    static ParseResult<CustomerRecord> fromJson(const QJsonObject& object);

    // The create/update body (no "matching"). Empty strings and unset values are left out.
    QJsonObject toJson() const;
};

QString matchStatusName(MatchStatus status); // "matched", "not_matched", "pending", "unknown"
MatchStatus matchStatusFromName(const QString& name);
