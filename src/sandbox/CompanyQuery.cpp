#include "sandbox/CompanyQuery.h"

#include "core/BusinessId.h"
#include "sandbox/CompanySchema.h"
#include "sandbox/SandboxData.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList suffixes
    = {u"gte"_s, u"gt"_s, u"lte"_s, u"lt"_s, u"startswith"_s, u"icontains"_s, u"contains"_s, u"ne"_s, u"in"_s};

QString text(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

// -1, 0, 1; numbers compare as numbers, everything else as case-insensitive text.
int compareValues(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    const int result = QString::compare(text(a), text(b), Qt::CaseInsensitive);
    return result < 0 ? -1 : (result > 0 ? 1 : 0);
}

bool equalBusinessId(const QJsonObject& company, const QJsonValue& value)
{
    const QString wanted = value.toString().trimmed();
    const QString id = company.value(u"business_id"_s).toString();
    if (wanted == id)
        return true;
    const QString country = company.value(u"country"_s).toString();
    const QString key = BusinessId::matchKey(wanted, country);
    return !key.isEmpty() && key == BusinessId::matchKey(id, country);
}

bool equalValue(const QJsonObject& company, const CompanyQuery::Filter& filter, const QJsonValue& actual,
                const QJsonValue& wanted)
{
    if (filter.field == u"business_id")
        return equalBusinessId(company, wanted);
    if (actual.isNull() || actual.isUndefined())
        return wanted.isNull();
    if (actual.isDouble())
        return wanted.isDouble() && actual.toDouble() == wanted.toDouble();
    return text(actual) == text(wanted);
}

bool filterMatches(const QJsonObject& company, const CompanyQuery::Filter& filter)
{
    const QJsonValue actual = CompanySchema::valueAt(company, filter.field);
    const QJsonValue wanted = filter.values.isEmpty() ? QJsonValue() : filter.values.first();
    if (filter.op.isEmpty())
        return equalValue(company, filter, actual, wanted);
    if (filter.op == u"ne")
        return !equalValue(company, filter, actual, wanted);
    if (filter.op == u"in") {
        return std::any_of(filter.values.begin(), filter.values.end(),
                           [&](const QJsonValue& value) { return equalValue(company, filter, actual, value); });
    }
    if (actual.isNull() || actual.isUndefined())
        return false;
    if (filter.op == u"startswith")
        return text(actual).startsWith(text(wanted));
    if (filter.op == u"contains")
        return text(actual).contains(text(wanted));
    if (filter.op == u"icontains")
        return text(actual).contains(text(wanted), Qt::CaseInsensitive);
    const int order = compareValues(actual, wanted);
    if (filter.op == u"gte")
        return order >= 0;
    if (filter.op == u"gt")
        return order > 0;
    if (filter.op == u"lte")
        return order <= 0;
    return order < 0; // lt
}

bool readInt(const QJsonValue& value, int minimum, int* out)
{
    bool ok = value.isDouble();
    double number = value.toDouble();
    if (value.isString())
        number = value.toString().toInt(&ok);
    if (!ok || number < minimum || number > 1e9 || number != static_cast<double>(static_cast<int>(number)))
        return false;
    *out = static_cast<int>(number);
    return true;
}

} // namespace

bool CompanyQuery::fromUrlQuery(const QUrlQuery& query, CompanyQuery* out, QString* error)
{
    QList<QPair<QString, QJsonValue>> parameters;
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        parameters.append({item.first, QJsonValue(item.second)});
    return out->parse(parameters, true, error);
}

bool CompanyQuery::fromJson(const QJsonObject& json, CompanyQuery* out, QString* error)
{
    QList<QPair<QString, QJsonValue>> parameters;
    for (auto it = json.begin(); it != json.end(); ++it)
        parameters.append({it.key(), it.value()});
    return out->parse(parameters, false, error);
}

bool CompanyQuery::parse(const QList<QPair<QString, QJsonValue>>& parameters, bool fromGet, QString* error)
{
    for (const auto& [name, value] : parameters) {
        if (name == u"limit") {
            if (!readInt(value, 1, &limit)) {
                *error = u"Invalid limit: give a whole number from 1 to 1000."_s;
                return false;
            }
            limit = std::min(limit, 1000);
        } else if (name == u"offset") {
            if (!readInt(value, 0, &offset)) {
                *error = u"Invalid offset: give a whole number, 0 or more."_s;
                return false;
            }
        } else if (name == u"count") {
            const QString mode = value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s) : value.toString();
            if (mode != u"true" && mode != u"include" && mode != u"false") {
                *error = u"Invalid count: use count=true (only the total) or count=include."_s;
                return false;
            }
            count = mode == u"true" ? Count::Only : (mode == u"include" ? Count::Include : Count::No);
        } else if (name == u"order") {
            QString field = value.toString().trimmed();
            descending = field.startsWith(u'-');
            if (descending)
                field.remove(0, 1);
            if (!CompanySchema::isKnown(field) || CompanySchema::typeOf(field) == CompanySchema::Type::Object) {
                *error = u"Invalid order: unknown field \"%1\"."_s.arg(field);
                return false;
            }
            orderField = field;
        } else if (name == u"format") {
            const QString mode = value.toString();
            if (mode != u"json" && mode != u"csv" && mode != u"jsonl") {
                *error = u"Invalid format: use json, csv or jsonl."_s;
                return false;
            }
            format = mode == u"csv" ? Format::Csv : (mode == u"jsonl" ? Format::Jsonl : Format::Json);
        } else if (name == u"fields") {
            QStringList names;
            if (value.isArray()) {
                for (const QJsonValue& item : value.toArray())
                    names.append(item.toString());
            } else {
                names = value.toString().split(u',', Qt::SkipEmptyParts);
            }
            for (const QString& raw : std::as_const(names)) {
                const QString field = raw.trimmed();
                if (field == u"all") {
                    allFields = true;
                } else if (!CompanySchema::isKnown(field)) {
                    *error = u"Invalid field in fields: %1"_s.arg(field);
                    return false;
                } else if (!fields.contains(field)) {
                    fields.append(field);
                }
            }
        } else if (!addFilter(name, value, fromGet, error)) {
            return false;
        }
    }
    return true;
}

bool CompanyQuery::addFilter(const QString& parameter, const QJsonValue& value, bool fromGet, QString* error)
{
    Filter filter;
    filter.parameter = parameter;
    filter.field = parameter;
    const qsizetype split = parameter.lastIndexOf(u"__"_s);
    if (split > 0 && suffixes.contains(parameter.mid(split + 2))) {
        filter.field = parameter.left(split);
        filter.op = parameter.mid(split + 2);
    }
    const CompanySchema::Type type = CompanySchema::typeOf(filter.field);
    if (type == CompanySchema::Type::Unknown || type == CompanySchema::Type::Object) {
        *error = u"Invalid query parameter: %1"_s.arg(parameter);
        return false;
    }
    QJsonArray raw;
    if (filter.op == u"in") {
        if (fromGet) {
            for (const QString& item : value.toString().split(u',', Qt::SkipEmptyParts))
                raw.append(item.trimmed());
        } else if (value.isArray()) {
            raw = value.toArray();
        } else {
            *error = u"Invalid value for %1: expected a JSON array."_s.arg(parameter);
            return false;
        }
    } else {
        raw.append(value);
    }
    const bool textOnly = filter.op == u"startswith" || filter.op == u"contains" || filter.op == u"icontains";
    for (const QJsonValue& item : std::as_const(raw)) {
        if (type == CompanySchema::Type::Integer && !textOnly && !item.isDouble() && !item.isNull()) {
            bool ok = false;
            const double number = item.toString().toDouble(&ok);
            if (!ok) {
                *error = u"Invalid value for %1: \"%2\" is not a number."_s.arg(parameter, item.toString());
                return false;
            }
            filter.values.append(number);
        } else if (item.isArray() || item.isObject()) {
            *error = u"Invalid value for %1: expected a single value."_s.arg(parameter);
            return false;
        } else {
            filter.values.append(item);
        }
    }
    filters.append(filter);
    return true;
}

bool CompanyQuery::matches(const QJsonObject& company) const
{
    return std::all_of(filters.begin(), filters.end(),
                       [&](const Filter& filter) { return filterMatches(company, filter); });
}

QList<qsizetype> CompanyQuery::run(const SandboxData& data) const
{
    QList<qsizetype> indexes;
    if (std::optional<QList<qsizetype>> indexed = indexedRun(data)) {
        indexes = std::move(*indexed);
    } else {
        for (qsizetype i = 0; i < data.companies.size(); ++i) {
            if (matches(data.companies.at(i)))
                indexes.append(i);
        }
    }
    if (!orderField.isEmpty()) {
        std::stable_sort(indexes.begin(), indexes.end(), [&](qsizetype left, qsizetype right) {
            const QJsonValue a = CompanySchema::valueAt(data.companies.at(left), orderField);
            const QJsonValue b = CompanySchema::valueAt(data.companies.at(right), orderField);
            const bool aMissing = a.isNull() || a.isUndefined();
            const bool bMissing = b.isNull() || b.isUndefined();
            if (aMissing || bMissing)
                return !aMissing && bMissing; // missing values last in both directions
            const int order = compareValues(a, b);
            return descending ? order > 0 : order < 0;
        });
    }
    return indexes;
}

std::optional<QList<qsizetype>> CompanyQuery::indexedRun(const SandboxData& data) const
{
    // A business_id filter (exact or __in) names its companies: they are found through the data's index
    // rather than by testing every company against every id (a catch-up asks for a thousand ids at a time,
    // of a hundred thousand companies). Only ids the index does not know are tested company by company.
    const auto filter = std::find_if(filters.begin(), filters.end(), [](const Filter& candidate) {
        return candidate.field == u"business_id" && (candidate.op.isEmpty() || candidate.op == u"in");
    });
    if (filter == filters.end())
        return std::nullopt;
    // A company the index found has the id asked for: only the other filters remain to be tested (testing
    // the id filter again would compare it with every id of the list, a million comparisons per call).
    const auto matchesTheOthers = [&](const QJsonObject& company) {
        return std::all_of(filters.begin(), filters.end(),
                           [&](const Filter& other) { return &other == &*filter || filterMatches(company, other); });
    };
    QSet<qsizetype> found;
    QJsonArray unknown;
    for (const QJsonValue& value : filter->values) {
        const qsizetype index = data.findCompany(value.toString().trimmed());
        if (index >= 0 && equalBusinessId(data.companies.at(index), value)) {
            if (matchesTheOthers(data.companies.at(index)))
                found.insert(index);
        } else {
            unknown.append(value); // not in the index, or the index's key is another country's reading
        }
    }
    if (!unknown.isEmpty()) {
        CompanyQuery rest = *this;
        Filter& restFilter = rest.filters[std::distance(filters.begin(), filter)];
        restFilter.op = u"in"_s;
        restFilter.values = unknown;
        for (qsizetype i = 0; i < data.companies.size(); ++i) {
            if (!found.contains(i) && rest.matches(data.companies.at(i)))
                found.insert(i);
        }
    }
    QList<qsizetype> indexes(found.begin(), found.end());
    std::sort(indexes.begin(), indexes.end());
    return indexes;
}

QJsonObject CompanyQuery::project(const QJsonObject& company) const
{
    if (allFields)
        return company;
    QJsonObject out;
    for (const QString& field : fields.isEmpty() ? CompanySchema::defaultFields() : fields) {
        const QJsonValue value = CompanySchema::valueAt(company, field);
        CompanySchema::setValueAt(&out, field, value.isUndefined() ? QJsonValue() : value);
    }
    return out;
}

QStringList CompanyQuery::columns() const
{
    if (allFields)
        return CompanySchema::allFieldPaths();
    QStringList leaves;
    for (const QString& field : fields.isEmpty() ? CompanySchema::defaultFields() : fields) {
        if (CompanySchema::typeOf(field) != CompanySchema::Type::Object) {
            leaves.append(field);
            continue;
        }
        for (const QString& path : CompanySchema::allFieldPaths()) {
            if (path.startsWith(field + u'.'))
                leaves.append(path);
        }
    }
    return leaves;
}
