#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// A problem found while reading a CSV file. The reader keeps going: a ragged row is still returned, so the
// caller can show it next to its message instead of losing it.
struct CsvIssue
{
    enum class Kind
    {
        RaggedRow, // a row with more or fewer fields than the header
        UnterminatedQuote, // the file ended inside a quoted field
        StrayQuote // a quote in the middle of an unquoted field (kept as text)
    };
    Kind kind = Kind::RaggedRow;
    int line = 0; // 1-based line in the file where the row starts
    int row = -1; // index into CsvTable::rows, -1 when the problem is not tied to a row
    QString message; // translated
};

// What a CSV file held: the header, the data rows (empty lines left out) and how it was read.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> rowLines; // 1-based line of the file where each row starts (rows may span lines)
    QChar delimiter = u',';
    QString encoding; // "UTF-8", "UTF-8 with BOM", "ISO-8859-1"
    QList<CsvIssue> issues;

    int columnCount() const { return int(header.size()); }
    // The field of a row by column index; "" when the row is short.
    QString field(int row, int column) const { return rows.at(row).value(column); }
};
