#pragma once

#include "core/CustomerRecord.h"
#include "core/csv/CustomerFields.h"

#include <QMap>
#include <QString>

// One CSV row read into a customer record, with the problems that keep it from being sent.
struct CustomerImportRow
{
    int row = -1; // index into CsvTable::rows
    int line = 0; // 1-based line of the file, for messages
    CustomerRecord record;
    QMap<CustomerField, QString> errors; // translated message per field; Ignore = about the row as a whole

    bool isValid() const { return errors.isEmpty(); }
    QString errorText() const; // all messages, "Field: message" joined with "; "
};
