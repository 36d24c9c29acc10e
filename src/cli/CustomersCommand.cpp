#include "cli/CustomersCommand.h"

#include "api/VainuClient.h"
#include "api/import/CustomerImporter.h"
#include "cli/CliCall.h"
#include "cli/CliConnection.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"
#include "core/csv/CustomerCsvMapping.h"
#include "core/csv/CustomerImportReport.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace CliCall;

namespace {

// Every record, page by page (1000 is the API's largest page).
bool fetchAll(VainuClient& client, QList<CustomerRecord>* records, ApiError* error)
{
    for (int offset = 0;; offset += 1000) {
        const auto [e, page] = await(client.listCustomers(1000, offset));
        if (e.isError()) {
            *error = e;
            return false;
        }
        records->append(page.items);
        if (page.items.size() < 1000 || (page.count >= 0 && records->size() >= page.count))
            return true;
    }
}

QString statusName(const CustomerRecord& r)
{
    return r.matching ? matchStatusName(r.matching->status) : matchStatusName(MatchStatus::Unknown);
}

} // namespace

int CustomersCommand::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int CustomersCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList keys;
    for (CustomerField field : CustomerFields::all())
        keys.append(CustomerFields::key(field));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists, imports and exports the customer data (tracked companies) of a Vainu account.\n\n"
           "Commands:\n"
           "  customers list [--json]                    every record with its match status\n"
           "  customers import FILE.csv [--mapping M]    create or update records from a CSV file\n"
           "  customers export [--output FILE.csv]       every record as CSV (stdout by default)\n\n"
           "import reads comma, semicolon or tab separated files in UTF-8 or ISO-8859-1. Columns are found by\n"
           "their header; --mapping names them: field=column,... where field is one of %1 and column a header\n"
           "or a column number. Rows with problems are not sent; a record that exists is updated. The report\n"
           "lists every row that was not stored; --failures FILE.csv saves them to fix and import again.\n\n"
           "The account is the active profile, or --profile NAME, or --base-url URL with the API key in the\n"
           "environment variable %2.\n\n"
           "Exit codes: 0 success, 1 API or network error or a row not stored, 2 usage error.")
            .arg(keys.join(u", "_s), QString::fromLatin1(CliConnection::apiKeyVariable)));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(u"json"_s, tr("list, import: print JSON."));
    const QCommandLineOption mappingOption(u"mapping"_s, tr("import: which column is which field."), tr("M"));
    const QCommandLineOption failuresOption(u"failures"_s, tr("import: save the rows not stored here."), tr("FILE"));
    const QCommandLineOption outputOption({u"o"_s, u"output"_s}, tr("export: write to this file."), tr("FILE"));
    const QCommandLineOption batchOption(u"batch-size"_s, tr("import: records per request (1-1000, default 250)."),
                                         tr("N"), u"250"_s);
    const QCommandLineOption profileOption(u"profile"_s, tr("Use the profile with this name."), tr("NAME"));
    const QCommandLineOption baseUrlOption(u"base-url"_s, tr("Use this API address."), tr("URL"));
    parser.addOptions({helpOption, jsonOption, mappingOption, failuresOption, outputOption, batchOption, profileOption,
                       baseUrlOption});
    parser.addPositionalArgument(u"customers"_s, tr("The command group."));
    parser.addPositionalArgument(u"command"_s, tr("list, import or export."), u"list|import|export"_s);

    const auto usage = [&](const QString& message) {
        err << message << '\n' << tr("Run \"%1 customers --help\" for help.").arg(arguments.value(0)) << '\n';
        return UsageError;
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(1);
    const QStringList rest = positional.mid(2);
    if (command != u"list" && command != u"import" && command != u"export")
        return usage(command.isEmpty() ? tr("Name a command: list, import or export.")
                                       : tr("Unknown command \"%1\": use list, import or export.").arg(command));
    if (command == u"import" && rest.size() != 1)
        return usage(tr("import takes exactly one CSV file."));
    if (command != u"import" && !rest.isEmpty())
        return usage(tr("%1 takes no arguments.").arg(command));
    if (parser.isSet(profileOption) && parser.isSet(baseUrlOption))
        return usage(tr("Use either --profile or --base-url, not both."));
    bool batchOk = false;
    const int batchSize = parser.value(batchOption).toInt(&batchOk);
    if (!batchOk || batchSize < 1 || batchSize > VainuClient::maxBatchSize)
        return usage(tr("--batch-size must be a number from 1 to %1.").arg(VainuClient::maxBatchSize));

    // Read and check the file before asking the keychain, so a bad file fails fast and offline.
    CsvTable table;
    QList<CustomerImportRow> rows;
    if (command == u"import") {
        QString error;
        if (!CsvReader::readFile(rest.first(), &table, &error)) {
            err << error << '\n';
            return UsageError;
        }
        const auto mapping = CustomerCsvMapping::fromSpec(parser.value(mappingOption), table.header, &error);
        if (!mapping)
            return usage(error);
        if (const QString missing = mapping->missingRequired(); !missing.isEmpty())
            return usage(tr("%1 Columns found: %2. Name them with --mapping, e.g. --mapping unique_id=Id.")
                             .arg(missing, table.header.join(u", "_s)));
        rows = mapping->mapTable(table);
        err << tr("Read %n row(s) (%1, separated by \"%2\"); mapping: %3", nullptr, int(table.rows.size()))
                   .arg(table.encoding, table.delimiter == u'\t' ? u"\\t"_s : QString(table.delimiter),
                        mapping->toSpec(table.header))
            << '\n';
    }

    const CliConnection::Result target
        = CliConnection::resolve(parser.value(profileOption), parser.value(baseUrlOption));
    if (!target.ok())
        return usage(target.error);
    QNetworkAccessManager network;
    VainuClient client(&network);
    client.setConnection(target.connection);

    if (command == u"list" || command == u"export") {
        QList<CustomerRecord> records;
        ApiError error;
        if (!fetchAll(client, &records, &error)) {
            err << error.userMessage() << '\n';
            return Failure;
        }
        if (command == u"list" && parser.isSet(jsonOption)) {
            QJsonArray array;
            for (const CustomerRecord& r : std::as_const(records)) {
                QJsonObject object = r.toJson();
                object.insert(u"match_status"_s, statusName(r));
                array.append(object);
            }
            out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        } else if (command == u"list") {
            for (const CustomerRecord& r : std::as_const(records)) {
                out << r.uniqueId << '\t' << r.matchData.companyName << '\t' << r.matchData.businessId << '\t'
                    << r.matchData.country << '\t' << statusName(r) << '\n';
            }
            err << tr("%n record(s).", nullptr, int(records.size())) << '\n';
        } else {
            CsvWriter writer(u',', parser.isSet(outputOption));
            writer.addRow({u"unique_id"_s, u"company_name"_s, u"business_id"_s, u"country"_s, u"owner_email"_s,
                           u"open_deals_count"_s, u"won_deals_count"_s, u"lost_deals_count"_s, u"last_update"_s,
                           u"notes"_s, u"match_status"_s});
            const auto n = [](const std::optional<int>& v) { return v ? QString::number(*v) : QString(); };
            for (const CustomerRecord& r : std::as_const(records)) {
                writer.addRow({r.uniqueId, r.matchData.companyName, r.matchData.businessId, r.matchData.country,
                               r.ownerEmail, n(r.openDealsCount), n(r.wonDealsCount), n(r.lostDealsCount),
                               r.lastUpdate ? r.lastUpdate->toString(Qt::ISODate) : QString(), r.notes, statusName(r)});
            }
            if (parser.isSet(outputOption)) {
                QFile file(parser.value(outputOption));
                if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(writer.data()) < 0) {
                    err << tr("Cannot write %1: %2.").arg(file.fileName(), file.errorString()) << '\n';
                    return Failure;
                }
            } else {
                out << QString::fromUtf8(writer.data());
            }
            err << tr("Exported %n record(s).", nullptr, int(records.size())) << '\n';
        }
        return Success;
    }

    // import
    QList<CustomerRecord> records;
    for (const CustomerImportRow& row : std::as_const(rows)) {
        if (row.isValid())
            records.append(row.record);
    }
    CustomerImporter importer(&client);
    importer.setBatchSize(batchSize);
    QEventLoop loop;
    QObject::connect(&importer, &CustomerImporter::finished, &loop, &QEventLoop::quit);
    importer.start(records);
    if (importer.isRunning() || !records.isEmpty())
        loop.exec();
    const CustomerImportReport report = CustomerImportReport::build(table, rows, importer.outcomes(), false);
    if (parser.isSet(jsonOption)) {
        QJsonArray failed;
        for (const auto& row : report.rows) {
            if (row.outcome.status == ImportStatus::Created || row.outcome.status == ImportStatus::Updated)
                continue;
            failed.append(QJsonObject {{u"line"_s, row.line},
                                       {u"unique_id"_s, row.uniqueId},
                                       {u"status"_s, CustomerImportReport::statusName(row.outcome.status)},
                                       {u"error"_s, row.outcome.message}});
        }
        out << QString::fromUtf8(QJsonDocument(QJsonObject {{u"created"_s, report.count(ImportStatus::Created)},
                                                            {u"updated"_s, report.count(ImportStatus::Updated)},
                                                            {u"failed"_s, failed}})
                                     .toJson(QJsonDocument::Indented));
    } else {
        for (const auto& row : report.rows) {
            if (row.outcome.status == ImportStatus::Created || row.outcome.status == ImportStatus::Updated)
                continue;
            out << tr("line %1 (%2): %3: %4")
                       .arg(row.line)
                       .arg(row.uniqueId, CustomerImportReport::statusName(row.outcome.status), row.outcome.message)
                << '\n';
        }
        out << report.summary() << '\n';
    }
    if (parser.isSet(failuresOption) && report.anyFailed()) {
        QFile file(parser.value(failuresOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(report.failuresCsv()) < 0)
            err << tr("Cannot write %1: %2.").arg(file.fileName(), file.errorString()) << '\n';
    }
    return report.anyFailed() ? Failure : Success;
}
