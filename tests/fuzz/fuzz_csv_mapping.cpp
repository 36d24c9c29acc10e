// Fuzz target: the column mapping a user types on the command line (CustomerCsvMapping::fromSpec), against
// the header of a CSV file. Input: the spec on the first line, the CSV file after it.
#include "FuzzInput.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CustomerCsvMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const qsizetype lineEnd = bytes.indexOf('\n');
    const QString spec = QString::fromUtf8(lineEnd < 0 ? bytes : bytes.left(lineEnd));
    const CsvTable table = CsvReader::read(lineEnd < 0 ? QByteArray() : bytes.mid(lineEnd + 1));
    QString error;
    const std::optional<CustomerCsvMapping> mapping = CustomerCsvMapping::fromSpec(spec, table.header, &error);
    if (!mapping) {
        if (error.isEmpty()) // a refused spec always says why
            __builtin_trap();
        return 0;
    }
    mapping->toSpec(table.header);
    mapping->missingRequired();
    for (const CustomerImportRow& row : mapping->mapTable(table))
        row.errorText();
    return 0;
}
