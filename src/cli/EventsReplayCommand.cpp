#include "cli/EventsReplayCommand.h"

#include "cli/EventsHistory.h"
#include "core/ForwardTarget.h"
#include "forward/ReplayJob.h"
#include "store/EventStore.h"
#include "store/ForwardOutbox.h"

#include <QCommandLineParser>
#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printLine(FILE* stream, const QString& line)
{
    std::fprintf(stream, "%s\n", qPrintable(line));
    std::fflush(stream);
}

} // namespace

int EventsReplayCommand::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sends stored events to a URL as Vainu sent them: the same body and Content-Type, one after another."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"events"_s, tr("The events command."));
    parser.addPositionalArgument(u"replay"_s, tr("Send stored events again."));
    const QCommandLineOption to(u"to"_s, tr("The URL to send the events to (http or https)."), tr("url"));
    const QCommandLineOption id(u"id"_s, tr("An event to send (repeatable); they are sent in the order given."),
                                tr("id"));
    const QCommandLineOption since(
        u"since"_s, tr("The events that first arrived at or after this ISO 8601 time or date."), tr("time"));
    const QCommandLineOption businessId(u"business-id"_s, tr("Only this company's events."), tr("id"));
    const QCommandLineOption header(u"header"_s, tr("An extra header, \"Name: value\" (repeatable)."), tr("header"));
    const QCommandLineOption timeout(u"timeout"_s, tr("Seconds to wait for each answer (default: 10)."), tr("seconds"),
                                     u"10"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, tr("Folder of the event database (default: the profile's own folder)."), tr("dir"));
    const QCommandLineOption profile(u"profile"_s, tr("Use this profile's event history (default: the active one)."),
                                     tr("name"));
    parser.addOptions({to, id, since, businessId, header, timeout, dataDir, profile});
    if (!parser.parse(app.arguments())) {
        printLine(stderr, parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        printLine(stdout, parser.helpText());
        return 0;
    }

    ForwardTarget destination;
    if (!parser.isSet(to)) {
        printLine(stderr, tr("Say where to send the events: --to URL."));
        return 2;
    }
    destination.url = QUrl(parser.value(to), QUrl::StrictMode);
    // Replaying to the app's own receiver is allowed (no loop: each event is sent once).
    if (const QString problem = ForwardTarget::urlProblem(destination.url, OwnReceiver {}); !problem.isEmpty()) {
        printLine(stderr, u"--to: "_s + problem);
        return 2;
    }
    QString headerProblem;
    destination.headers = ForwardTarget::parseHeaderLines(parser.values(header).join(u'\n'), &headerProblem);
    for (const auto& [name, value] : std::as_const(destination.headers)) {
        if (headerProblem.isEmpty())
            headerProblem = ForwardTarget::headerProblem(name, value);
    }
    if (!headerProblem.isEmpty()) {
        printLine(stderr, u"--header: "_s + headerProblem);
        return 2;
    }
    bool timeoutOk = false;
    const double seconds = parser.value(timeout).toDouble(&timeoutOk);
    destination.timeoutMs = int(seconds * 1000);
    if (!timeoutOk || destination.timeoutMs < 1000 || destination.timeoutMs > ForwardTarget::maxTimeoutMs()) {
        printLine(stderr,
                  tr("--timeout must be a number of seconds from 1 to %1, not \"%2\".")
                      .arg(ForwardTarget::maxTimeoutMs() / 1000)
                      .arg(parser.value(timeout)));
        return 2;
    }

    ReplaySelection selection;
    for (const QString& text : parser.values(id)) {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (!ok || value <= 0) {
            printLine(stderr, tr("--id must be an event number, not \"%1\".").arg(text));
            return 2;
        }
        selection.ids.append(value);
    }
    if (!selection.ids.isEmpty() && (parser.isSet(since) || parser.isSet(businessId))) {
        printLine(stderr, tr("Choose the events either with --id or with --since and --business-id, not both."));
        return 2;
    }
    if (selection.ids.isEmpty() && !parser.isSet(since) && !parser.isSet(businessId)) {
        printLine(stderr, tr("Say which events to send: --id N (repeatable), --since TIME or --business-id ID."));
        return 2;
    }
    if (parser.isSet(since)) {
        selection.since = EventsHistory::parseSince(parser.value(since));
        if (!selection.since.isValid()) {
            printLine(stderr,
                      tr("--since must be an ISO 8601 time or date, such as 2024-05-01 or "
                         "2024-05-01T12:00:00Z, not \"%1\".")
                          .arg(parser.value(since)));
            return 2;
        }
    }
    selection.businessId = parser.value(businessId).trimmed();

    QString error;
    const QString folder = EventsHistory::folder(parser.value(dataDir), parser.value(profile), &error);
    if (folder.isEmpty()) {
        printLine(stderr, error);
        return 2;
    }
    if (!EventsHistory::exists(folder, &error)) {
        printLine(stderr, error);
        return 1;
    }
    // Opening the store brings an older history's schema up to date before it is read.
    EventStore store;
    StoreOptions options;
    options.directory = folder;
    if (!store.open(options, &error)) {
        printLine(stderr, error);
        return 1;
    }
    if (!selection.ids.isEmpty()) {
        ForwardOutbox outbox(store.databasePath());
        QList<qint64> existing;
        if (!outbox.existingIds(selection.ids, &existing, &error)) {
            printLine(stderr, error);
            return 1;
        }
        for (qint64 wanted : std::as_const(selection.ids)) {
            if (!existing.contains(wanted)) {
                printLine(stderr,
                          tr("There is no event %1 in \"%2\".").arg(wanted).arg(QDir::toNativeSeparators(folder)));
                return 2;
            }
        }
    }

    ReplayJob job(store.databasePath(), destination, selection);
    int exitCode = 0;
    QObject::connect(&job, &ReplayJob::started, &app, [](int total) {
        if (total == 0)
            printLine(stderr, tr("No stored events match; nothing was sent."));
    });
    QObject::connect(&job, &ReplayJob::eventDone, &app, [](const ReplayEventResult& result) {
        const ForwardAttempt& attempt = result.attempt;
        if (attempt.delivered)
            printLine(stdout,
                      tr("event %1: delivered (HTTP %2, %3 ms)")
                          .arg(result.eventId)
                          .arg(attempt.status)
                          .arg(attempt.durationMs));
        else
            printLine(stdout, tr("event %1: not delivered: %2").arg(result.eventId).arg(attempt.error));
    });
    QObject::connect(&job, &ReplayJob::finished, &app,
                     [&](int delivered, int failed, bool cancelled, const QString& failure) {
                         if (!failure.isEmpty())
                             printLine(stderr, failure);
                         else
                             printLine(stderr,
                                       tr("%n event(s) delivered", nullptr, delivered) + u", "_s
                                           + tr("%n not delivered.", nullptr, failed));
                         exitCode = failed > 0 || cancelled || !failure.isEmpty() ? 1 : 0;
                         app.quit();
                     });
    job.start();
    app.exec();
    store.close();
    return exitCode;
}
