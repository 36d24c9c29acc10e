#pragma once

#include "core/csv/CsvTable.h"
#include "core/csv/CustomerCsvMapping.h"
#include "core/csv/CustomerImportRow.h"

#include <QList>
#include <QString>

// The slow part of an import, done away from the GUI thread: read and decode the file, guess the mapping (or
// apply the one chosen), check every row and pick the rows the preview shows. Plain values in and out, no
// widgets, so the import dialog runs it with QtConcurrent and only fills its tables with the result. A
// 10,000-row file took 80-190 ms here on a busy machine, long enough to freeze the dialog.
struct ImportPreparation
{
    static constexpr int previewRows = 500; // enough to scroll through; every row is still checked and counted

    QString error; // reading failed: says why; nothing else is set
    QString fileName; // without the folder
    CsvTable table;
    CustomerCsvMapping mapping;
    QList<CustomerImportRow> rows; // one per table row
    QList<int> previewOrder; // indexes into rows: those with problems first, at most previewRows
    int invalid = 0; // rows with problems

    int valid() const { return int(rows.size()) - invalid; }

    // Reads the file and guesses the mapping from its header.
    static ImportPreparation fromFile(const QString& path);
    // Checks the rows again under another mapping; the table is shared, not copied.
    static ImportPreparation remapped(const ImportPreparation& previous, const CustomerCsvMapping& mapping);

private:
    void check();
};
