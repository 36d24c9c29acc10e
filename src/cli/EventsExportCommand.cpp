#include "cli/EventsExportCommand.h"

#include "cli/EventsHistory.h"
#include "store/EventExport.h"
#include "store/EventStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int EventsExportCommand::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the stored events to standard output."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"events"_s, tr("The events command."));
    parser.addPositionalArgument(u"export"_s, tr("Export the stored events."));
    const QCommandLineOption format(u"format"_s, tr("Output format: jsonl or csv."), tr("format"), u"jsonl"_s);
    const QCommandLineOption since(
        u"since"_s, tr("Only events that first arrived at or after this ISO 8601 time or date."), tr("time"));
    const QCommandLineOption dataDir(
        u"data-dir"_s, tr("Folder of the event database (default: the profile's own folder)."), tr("dir"));
    const QCommandLineOption profile(u"profile"_s, tr("Use this profile's event history (default: the active one)."),
                                     tr("name"));
    const QCommandLineOption includeTests(
        u"include-tests"_s, tr("Also export the test deliveries (\"receiver check\", \"Test the public URL\")."));
    parser.addOptions({format, since, dataDir, profile, includeTests});
    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::printf("%s\n", qPrintable(parser.helpText()));
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(1) != u"export"_s) {
        printError(tr("Unknown events command \"%1\". Use: events export --format jsonl|csv [--since TIME] "
                      "[--data-dir DIR], events catch-up, events replay --to URL or events stats --by WHAT")
                       .arg(positional.value(1)));
        return 2;
    }
    const QString formatName = parser.value(format).toLower();
    if (formatName != u"jsonl"_s && formatName != u"csv"_s) {
        printError(tr("Unknown format \"%1\": use jsonl or csv.").arg(parser.value(format)));
        return 2;
    }
    QDateTime sinceTime;
    if (parser.isSet(since)) {
        sinceTime = EventsHistory::parseSince(parser.value(since));
        if (!sinceTime.isValid()) {
            printError(tr("--since must be an ISO 8601 time or date, such as 2024-05-01 or 2024-05-01T12:00:00Z, "
                          "not \"%1\".")
                           .arg(parser.value(since)));
            return 2;
        }
    }
    StoreOptions options;
    QString folderError;
    options.directory = EventsHistory::folder(parser.value(dataDir), parser.value(profile), &folderError);
    if (options.directory.isEmpty()) {
        printError(folderError);
        return 2;
    }
    if (!EventsHistory::exists(options.directory, &folderError)) {
        printError(folderError);
        return 1;
    }
    EventStore store;
    QString error;
    if (!store.open(options, &error)) {
        printError(error);
        return 1;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        printError(tr("Cannot write to standard output."));
        return 1;
    }
    // The formats are shared with the Live events page's Export (store/EventExport).
    const EventExport::Format exportFormat
        = formatName == u"csv"_s ? EventExport::Format::Csv : EventExport::Format::JsonLines;
    out.write(EventExport::header(exportFormat));
    bool writeOk = true;
    const bool read = store.forEachEvent(
        sinceTime,
        [&](const StoredEvent& event) {
            const QByteArray line = EventExport::line(exportFormat, event);
            writeOk = out.write(line) == line.size();
            return writeOk;
        },
        &error, parser.isSet(includeTests));
    out.flush();
    if (!read) {
        printError(error);
        return 1;
    }
    if (!writeOk) {
        printError(tr("Writing to standard output failed."));
        return 1;
    }
    return 0;
}
