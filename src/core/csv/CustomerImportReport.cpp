#include "core/csv/CustomerImportReport.h"

#include "core/csv/CsvWriter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

CustomerImportReport CustomerImportReport::build(const CsvTable& table, const QList<CustomerImportRow>& rows,
                                                 const QList<ImportOutcome>& sent, bool cancelled)
{
    CustomerImportReport report;
    report.header = table.header;
    report.cancelled = cancelled;
    report.rows.reserve(rows.size());
    qsizetype next = 0;
    for (const CustomerImportRow& mapped : rows) {
        Row row;
        row.line = mapped.line;
        row.uniqueId = mapped.record.uniqueId;
        row.source = table.rows.value(mapped.row);
        if (!mapped.isValid())
            row.outcome = {ImportStatus::Invalid, mapped.errorText()};
        else
            row.outcome = sent.value(next++);
        if (row.outcome.status == ImportStatus::NotSent && row.outcome.message.isEmpty())
            row.outcome.message = cancelled ? tr("Not sent: the import was cancelled.") : tr("Not sent.");
        report.rows.append(std::move(row));
    }
    return report;
}

int CustomerImportReport::count(ImportStatus status) const
{
    int n = 0;
    for (const Row& row : rows)
        n += row.outcome.status == status ? 1 : 0;
    return n;
}

bool CustomerImportReport::anyFailed() const
{
    return count(ImportStatus::Failed) + count(ImportStatus::Invalid) + count(ImportStatus::NotSent) > 0;
}

QString CustomerImportReport::summary() const
{
    // The user's thousands separators ("30 000" in Finnish); the source text stays as translated.
    const QLocale locale;
    return tr("%1 created, %2 updated, %3 failed, %4 not valid, %5 not sent")
        .arg(locale.toString(count(ImportStatus::Created)), locale.toString(count(ImportStatus::Updated)),
             locale.toString(count(ImportStatus::Failed)), locale.toString(count(ImportStatus::Invalid)),
             locale.toString(count(ImportStatus::NotSent)));
}

QString CustomerImportReport::statusName(ImportStatus status)
{
    switch (status) {
    case ImportStatus::NotSent:
        return tr("Not sent");
    case ImportStatus::Created:
        return tr("Created");
    case ImportStatus::Updated:
        return tr("Updated");
    case ImportStatus::Failed:
        return tr("Failed");
    case ImportStatus::Invalid:
        return tr("Not valid");
    }
    return {};
}

QByteArray CustomerImportReport::failuresCsv(QChar delimiter) const
{
    CsvWriter writer(delimiter);
    writer.addRow(QStringList(header) << u"line"_s << u"status"_s << u"error"_s);
    for (const Row& row : rows) {
        const ImportStatus status = row.outcome.status;
        if (status == ImportStatus::Created || status == ImportStatus::Updated)
            continue;
        QStringList fields = row.source;
        while (fields.size() < header.size())
            fields.append(QString());
        fields.resize(header.size());
        writer.addRow(fields << QString::number(row.line) << statusName(status) << row.outcome.message);
    }
    return writer.data();
}
