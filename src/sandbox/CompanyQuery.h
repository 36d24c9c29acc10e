#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

class SandboxData;

// A parsed Get Companies request (docs/api-choices.md section 6): filters with suffixes, fields, paging,
// count, order and format. Built from a GET query string or from a POST JSON object.
class CompanyQuery
{
public:
    enum class Count
    {
        No,
        Only,
        Include
    };
    enum class Format
    {
        Json,
        Csv,
        Jsonl
    };

    struct Filter
    {
        QString parameter; // as given, e.g. "staff_number__gte"
        QString field; // "staff_number"
        QString op; // "" (exact), "gte", "gt", "lte", "lt", "startswith", "contains", "icontains", "ne", "in"
        QJsonArray values; // one value, or several for "in"; numbers for integer fields
    };

    QList<Filter> filters;
    QStringList fields; // projection; empty with allFields false = the default set
    bool allFields = false;
    int limit = 20;
    int offset = 0;
    Count count = Count::No;
    QString orderField;
    bool descending = false;
    Format format = Format::Json;

    static bool fromUrlQuery(const QUrlQuery& query, CompanyQuery* out, QString* error);
    static bool fromJson(const QJsonObject& json, CompanyQuery* out, QString* error);

    bool matches(const QJsonObject& company) const;
    QList<qsizetype> run(const SandboxData& data) const; // all matching indexes, in order (no paging)
    QJsonObject project(const QJsonObject& company) const;
    QStringList columns() const; // leaf paths for CSV output

private:
    bool parse(const QList<QPair<QString, QJsonValue>>& parameters, bool fromGet, QString* error);
    bool addFilter(const QString& parameter, const QJsonValue& value, bool fromGet, QString* error);
    // run() through the business id index, when a business_id filter allows it.
    std::optional<QList<qsizetype>> indexedRun(const SandboxData& data) const;
};
