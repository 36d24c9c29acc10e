#include "core/csv/CustomerCsvMapping.h"

#include <QHash>

using namespace Qt::StringLiterals;

CustomerCsvMapping::CustomerCsvMapping(int columnCount)
    : m_columns(columnCount, CustomerField::Ignore)
{ }

CustomerCsvMapping CustomerCsvMapping::guess(const QStringList& header)
{
    CustomerCsvMapping mapping(int(header.size()));
    for (int column = 0; column < header.size(); ++column) {
        const CustomerField field = CustomerFields::guess(header.at(column));
        if (field != CustomerField::Ignore && mapping.columnOf(field) < 0)
            mapping.m_columns[column] = field;
    }
    return mapping;
}

std::optional<CustomerCsvMapping> CustomerCsvMapping::fromSpec(const QString& spec, const QStringList& header,
                                                               QString* errorMessage)
{
    CustomerCsvMapping mapping = guess(header);
    const QStringList entries = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& entry : entries) {
        const qsizetype eq = entry.indexOf(u'=');
        const QString key = entry.left(eq).trimmed();
        const QString columnText = eq < 0 ? QString() : entry.mid(eq + 1).trimmed();
        const CustomerField field = CustomerFields::fromKey(key);
        if (eq < 0 || columnText.isEmpty() || (field == CustomerField::Ignore && key != u"ignore")) {
            if (errorMessage) {
                QStringList keys;
                for (CustomerField f : CustomerFields::all())
                    keys.append(CustomerFields::key(f));
                *errorMessage = tr("Cannot read the mapping \"%1\": write field=column, where field is one of %2 "
                                   "and column is a header name or a column number.")
                                    .arg(entry.trimmed(), keys.join(u", "_s));
            }
            return std::nullopt;
        }
        int column = int(header.indexOf(columnText));
        if (column < 0) {
            for (int i = 0; i < header.size() && column < 0; ++i) {
                if (header.at(i).compare(columnText, Qt::CaseInsensitive) == 0)
                    column = i;
            }
        }
        if (column < 0) {
            bool isNumber = false;
            const int number = columnText.toInt(&isNumber);
            if (isNumber && number >= 1 && number <= header.size())
                column = number - 1;
        }
        if (column < 0) {
            if (errorMessage)
                *errorMessage = tr("The mapping names the column \"%1\", but the file has no such column. Its "
                                   "columns are: %2.")
                                    .arg(columnText, header.join(u", "_s));
            return std::nullopt;
        }
        mapping.setField(column, field);
    }
    return mapping;
}

QString CustomerCsvMapping::toSpec(const QStringList& header) const
{
    QStringList parts;
    for (int column = 0; column < m_columns.size(); ++column) {
        if (m_columns.at(column) != CustomerField::Ignore)
            parts.append(CustomerFields::key(m_columns.at(column)) + u'=' + header.value(column));
    }
    return parts.join(u',');
}

void CustomerCsvMapping::setField(int column, CustomerField field)
{
    if (column < 0)
        return;
    if (column >= m_columns.size())
        m_columns.resize(column + 1, CustomerField::Ignore);
    if (field != CustomerField::Ignore) {
        for (CustomerField& other : m_columns) {
            if (other == field)
                other = CustomerField::Ignore;
        }
    }
    m_columns[column] = field;
}

int CustomerCsvMapping::columnOf(CustomerField field) const
{
    return int(m_columns.indexOf(field));
}

QString CustomerCsvMapping::missingRequired() const
{
    if (columnOf(CustomerField::UniqueId) < 0)
        return tr("Choose the column that holds the unique id (your CRM's own id for each company).");
    if (columnOf(CustomerField::CompanyName) < 0 && columnOf(CustomerField::BusinessId) < 0)
        return tr("Choose the column with the company name or the business id: Vainu matches on them.");
    return {};
}

CustomerImportRow CustomerCsvMapping::mapRow(const QStringList& fields) const
{
    CustomerImportRow out;
    const auto value = [&](CustomerField field) {
        const int column = columnOf(field);
        return column < 0 ? QString() : fields.value(column).trimmed();
    };
    const auto note = [&out](CustomerField field, const QString& message) {
        if (!message.isEmpty())
            out.errors.insert(field, message);
    };
    CustomerRecord& r = out.record;
    r.uniqueId = value(CustomerField::UniqueId);
    note(CustomerField::UniqueId, CustomerFields::checkUniqueId(r.uniqueId));
    r.matchData.companyName = value(CustomerField::CompanyName);

    QString country;
    note(CustomerField::Country, CustomerFields::checkCountry(value(CustomerField::Country), &country));
    QString businessId;
    QString idCountry;
    note(CustomerField::BusinessId,
         CustomerFields::checkBusinessId(value(CustomerField::BusinessId), country, &businessId, &idCountry));
    r.matchData.businessId = businessId;
    r.matchData.country = country.isEmpty() ? idCountry : country;
    note(CustomerField::Ignore, CustomerFields::checkMatchable(r.matchData));

    r.ownerEmail = value(CustomerField::OwnerEmail);
    note(CustomerField::OwnerEmail, CustomerFields::checkEmail(r.ownerEmail));
    note(CustomerField::OpenDeals, CustomerFields::checkCount(value(CustomerField::OpenDeals), &r.openDealsCount));
    note(CustomerField::WonDeals, CustomerFields::checkCount(value(CustomerField::WonDeals), &r.wonDealsCount));
    note(CustomerField::LostDeals, CustomerFields::checkCount(value(CustomerField::LostDeals), &r.lostDealsCount));
    note(CustomerField::LastUpdate, CustomerFields::checkDate(value(CustomerField::LastUpdate), &r.lastUpdate));
    const int notesColumn = columnOf(CustomerField::Notes);
    r.notes = notesColumn < 0 ? QString() : fields.value(notesColumn); // kept as written, line breaks too
    return out;
}

QList<CustomerImportRow> CustomerCsvMapping::mapTable(const CsvTable& table) const
{
    QList<CustomerImportRow> rows;
    rows.reserve(table.rows.size());
    QHash<QString, int> firstLine;
    for (int i = 0; i < table.rows.size(); ++i) {
        CustomerImportRow row = mapRow(table.rows.at(i));
        row.row = i;
        row.line = table.rowLines.value(i);
        const QStringList& fields = table.rows.at(i);
        if (!table.header.isEmpty() && fields.size() != table.header.size()) {
            const QString ragged = tr("The line has %n field(s); the header has %1.", nullptr, int(fields.size()))
                                       .arg(table.header.size());
            const QString previous = row.errors.value(CustomerField::Ignore);
            row.errors.insert(CustomerField::Ignore, previous.isEmpty() ? ragged : previous + u' ' + ragged);
        }
        if (!row.record.uniqueId.isEmpty() && !row.errors.contains(CustomerField::UniqueId)) {
            const auto seen = firstLine.constFind(row.record.uniqueId);
            if (seen != firstLine.cend())
                row.errors.insert(CustomerField::UniqueId,
                                  tr("The unique id \"%1\" is already on line %2; each id may appear once.")
                                      .arg(row.record.uniqueId)
                                      .arg(seen.value()));
            else
                firstLine.insert(row.record.uniqueId, row.line);
        }
        rows.append(std::move(row));
    }
    return rows;
}
