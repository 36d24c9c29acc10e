#include "session/ImportPreparation.h"

#include "core/csv/CsvReader.h"

#include <QFileInfo>

ImportPreparation ImportPreparation::fromFile(const QString& path)
{
    ImportPreparation result;
    if (!CsvReader::readFile(path, &result.table, &result.error)) {
        result.table = {};
        return result;
    }
    result.fileName = QFileInfo(path).fileName();
    result.mapping = CustomerCsvMapping::guess(result.table.header);
    result.check();
    return result;
}

ImportPreparation ImportPreparation::remapped(const ImportPreparation& previous, const CustomerCsvMapping& mapping)
{
    ImportPreparation result;
    result.fileName = previous.fileName;
    result.table = previous.table;
    result.mapping = mapping;
    result.check();
    return result;
}

void ImportPreparation::check()
{
    rows = mapping.mapTable(table);
    invalid = 0;
    previewOrder.clear();
    // Rows with problems first, so they are seen before anything is sent.
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isValid()) {
            ++invalid;
            if (previewOrder.size() < previewRows)
                previewOrder.append(i);
        }
    }
    for (int i = 0; i < rows.size() && previewOrder.size() < previewRows; ++i) {
        if (rows.at(i).isValid())
            previewOrder.append(i);
    }
}
