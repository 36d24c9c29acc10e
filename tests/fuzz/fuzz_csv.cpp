// Fuzz target: the CSV reader (core/csv/CsvReader) on any file a user may pick, and the guessed column
// mapping reading its rows into customer records (core/csv/CustomerCsvMapping).
#include "FuzzInput.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/csv/CustomerCsvMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    for (const bool hasHeader : {true, false}) {
        CsvReadOptions options;
        options.hasHeader = hasHeader;
        const CsvTable table = CsvReader::read(bytes, options);
        if (table.rows.size() != table.rowLines.size())
            __builtin_trap();
        for (const CsvIssue& issue : table.issues) {
            if (issue.row >= table.rows.size())
                __builtin_trap();
        }
        const CustomerCsvMapping mapping = CustomerCsvMapping::guess(table.header);
        mapping.missingRequired();
        mapping.toSpec(table.header);
        for (const CustomerImportRow& row : mapping.mapTable(table))
            row.errorText();
    }
    return 0;
}
