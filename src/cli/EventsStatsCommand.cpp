#include "cli/EventsStatsCommand.h"

#include "cli/EventsHistory.h"
#include "store/EventStats.h"
#include "store/EventStore.h"

#include <QCommandLineParser>
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

// A time option: an ISO 8601 time or date (a date is its local midnight); invalid with a usage message otherwise.
QDateTime readTime(const QCommandLineParser& parser, const QCommandLineOption& option, const QString& name,
                   QString* error)
{
    if (!parser.isSet(option))
        return {};
    const QDateTime time = EventsHistory::parseSince(parser.value(option));
    if (!time.isValid())
        *error = EventsStatsCommand::tr("%1 must be an ISO 8601 time or date, such as 2024-05-01 or "
                                        "2024-05-01T12:00:00Z, not \"%2\".")
                     .arg(name, parser.value(option));
    return time;
}

void printTable(const QList<EventStats::Bucket>& buckets)
{
    const QString none = EventsStatsCommand::tr("(none)");
    qsizetype nameWidth = 0;
    qsizetype countWidth = 0;
    for (const EventStats::Bucket& bucket : buckets) {
        nameWidth = std::max(nameWidth, (bucket.name.isNull() ? none : bucket.name).size());
        countWidth = std::max(countWidth, QString::number(bucket.count).size());
    }
    for (const EventStats::Bucket& bucket : buckets) {
        const QString line = (bucket.name.isNull() ? none : bucket.name).leftJustified(nameWidth) + u"  "_s
            + QString::number(bucket.count).rightJustified(countWidth);
        std::printf("%s\n", qPrintable(line));
    }
}

void printJson(const QList<EventStats::Bucket>& buckets)
{
    QJsonArray rows;
    for (const EventStats::Bucket& bucket : buckets) {
        rows.append(QJsonObject {{u"bucket"_s, bucket.name.isNull() ? QJsonValue() : QJsonValue(bucket.name)},
                                 {u"count"_s, bucket.count}});
    }
    std::printf("%s\n", QJsonDocument(rows).toJson(QJsonDocument::Compact).constData());
}

} // namespace

int EventsStatsCommand::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Counts the stored events: one row per day, hour, changed field, region, company or origin. Each event "
           "counts once (Vainu's retries of a delivery are not new events); a company's first event changes no "
           "field."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"events"_s, tr("The events command."));
    parser.addPositionalArgument(u"stats"_s, tr("Count the stored events."));
    const QCommandLineOption by(u"by"_s, tr("What to count by: %1.").arg(EventStats::dimensionNames().join(u", "_s)),
                                tr("dimension"), u"day"_s);
    const QCommandLineOption since(
        u"since"_s, tr("Only events that first arrived at or after this ISO 8601 time or date."), tr("time"));
    const QCommandLineOption until(u"until"_s, tr("Only events that first arrived before this ISO 8601 time or date."),
                                   tr("time"));
    const QCommandLineOption utc(u"utc"_s, tr("Days and hours in UTC (default: local time)."));
    const QCommandLineOption json(u"json"_s, tr("Write a JSON array of {\"bucket\": ..., \"count\": N}."));
    const QCommandLineOption dataDir(
        u"data-dir"_s, tr("Folder of the event database (default: the profile's own folder)."), tr("dir"));
    const QCommandLineOption profile(u"profile"_s, tr("Use this profile's event history (default: the active one)."),
                                     tr("name"));
    const QCommandLineOption includeTests(
        u"include-tests"_s, tr("Also count the test deliveries (\"receiver check\", \"Test the public URL\")."));
    parser.addOptions({by, since, until, utc, json, dataDir, profile, includeTests});
    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        std::printf("%s\n", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.positionalArguments().size() > 2) {
        printError(tr("Unexpected argument \"%1\". Run \"vainu-webhooks events stats --help\" for the options.")
                       .arg(parser.positionalArguments().at(2)));
        return 2;
    }
    const std::optional<EventStats::Dimension> dimension = EventStats::dimensionFromText(parser.value(by));
    if (!dimension) {
        printError(tr("Cannot count by \"%1\": use one of %2.")
                       .arg(parser.value(by), EventStats::dimensionNames().join(u", "_s)));
        return 2;
    }
    EventStats::Range range;
    QString usageError;
    range.since = readTime(parser, since, u"--since"_s, &usageError);
    if (usageError.isEmpty())
        range.until = readTime(parser, until, u"--until"_s, &usageError);
    if (usageError.isEmpty() && range.since.isValid() && range.until.isValid() && range.until <= range.since)
        usageError = tr("--until must be later than --since.");
    if (!usageError.isEmpty()) {
        printError(usageError);
        return 2;
    }
    range.utc = parser.isSet(utc);
    range.includeTests = parser.isSet(includeTests);

    QString error;
    const QString folder = EventsHistory::folder(parser.value(dataDir), parser.value(profile), &error);
    if (folder.isEmpty()) {
        printError(error);
        return 2;
    }
    if (!EventsHistory::exists(folder, &error)) {
        printError(error);
        return 1;
    }
    // Opening the store brings an older history's schema up to date before it is read.
    StoreOptions options;
    options.directory = folder;
    EventStore store;
    if (!store.open(options, &error)) {
        printError(error);
        return 1;
    }
    EventStats stats(store.databasePath());
    QList<EventStats::Bucket> buckets;
    if (!stats.count(*dimension, range, &buckets, &error)) {
        printError(tr("The event history could not be read: %1").arg(error));
        return 1;
    }
    if (parser.isSet(json)) {
        printJson(buckets);
    } else {
        printTable(buckets);
        if (buckets.isEmpty())
            printError(tr("No events to count."));
    }
    return 0;
}
