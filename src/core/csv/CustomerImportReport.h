#pragma once

#include "core/csv/CsvTable.h"
#include "core/csv/CustomerImportRow.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// What happened to one record of an import.
enum class ImportStatus
{
    NotSent, // never sent: the import was cancelled before it, or is still running
    Created,
    Updated, // the unique id existed already, so the record was replaced (a re-import)
    Failed, // sent and refused, or the request failed
    Invalid // not sent: the row did not pass the checks
};

struct ImportOutcome
{
    ImportStatus status = ImportStatus::NotSent;
    QString message; // translated reason for Failed and Invalid
};

// The final word on an import: one outcome per row of the file, in file order.
class CustomerImportReport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerImportReport)

public:
    struct Row
    {
        int line = 0;
        QString uniqueId;
        QStringList source; // the row as it was in the file
        ImportOutcome outcome;
    };

    // rows: every mapped row; sent: the outcomes of the valid rows, in the order they were given to the importer.
    static CustomerImportReport build(const CsvTable& table, const QList<CustomerImportRow>& rows,
                                      const QList<ImportOutcome>& sent, bool cancelled);

    QStringList header;
    QList<Row> rows;
    bool cancelled = false;

    int count(ImportStatus status) const;
    bool anyFailed() const; // Failed, Invalid or NotSent rows exist
    QString summary() const; // "120 created, 3 updated, 2 failed, 1 not sent"
    static QString statusName(ImportStatus status); // translated
    // The rows that did not make it, as they were in the file plus "line" and "error" columns, so they can
    // be fixed and imported again.
    QByteArray failuresCsv(QChar delimiter = u',') const;
};
