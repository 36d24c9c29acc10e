#pragma once

#include "core/csv/CsvTable.h"
#include "core/csv/CustomerFields.h"
#include "core/csv/CustomerImportRow.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

// Which CSV column fills which field of a customer record, and the reading of rows through it. Each field
// comes from at most one column; a column may be ignored.
class CustomerCsvMapping
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCsvMapping)

public:
    CustomerCsvMapping() = default;
    explicit CustomerCsvMapping(int columnCount);

    // A first guess from the header names (see CustomerFields::guess); the first column wins a field.
    static CustomerCsvMapping guess(const QStringList& header);
    // "unique_id=Id,company_name=Name,country=3": field keys, then a header name or a 1-based column number.
    // The named fields override the guess from the header; "ignore=Column" drops a guessed column.
    static std::optional<CustomerCsvMapping> fromSpec(const QString& spec, const QStringList& header,
                                                      QString* errorMessage);
    QString toSpec(const QStringList& header) const;

    int columnCount() const { return int(m_columns.size()); }
    CustomerField fieldAt(int column) const { return m_columns.value(column, CustomerField::Ignore); }
    void setField(int column, CustomerField field); // and takes the field away from any other column
    int columnOf(CustomerField field) const; // -1 when not mapped

    // What must still be mapped before rows can be read ("" when nothing).
    QString missingRequired() const;

    CustomerImportRow mapRow(const QStringList& fields) const;
    // Every row of the table, with its line; a ragged row and a unique id seen on an earlier row are errors.
    QList<CustomerImportRow> mapTable(const CsvTable& table) const;

private:
    QList<CustomerField> m_columns;
};
