#include "cli/EventsCatchUpCommand.h"

#include "cli/CliCall.h"
#include "cli/CliConnection.h"
#include "core/ProfileStore.h"
#include "session/CatchUp.h"
#include "session/ProfileFolders.h"
#include "store/EventStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
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

QString EventsCatchUpCommand::summary(qint64 compared, qint64 changed)
{
    return tr("Compared %n companies with Vainu's current data", nullptr, int(qMin<qint64>(compared, INT_MAX)))
        + u"; "_s + tr("found %n changes.", nullptr, int(qMin<qint64>(changed, INT_MAX)));
}

int EventsCatchUpCommand::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds the changes missed while the receiver was not running: compares every company the event history "
           "knows with Vainu's current data (Get Companies) and records each difference as an event with origin "
           "\"catch-up\"."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"events"_s, tr("The events command."));
    parser.addPositionalArgument(u"catch-up"_s, tr("Catch up on the changes missed."));
    const QCommandLineOption profile(
        u"profile"_s, tr("Use this profile's account and event history (default: the active one)."), tr("name"));
    const QCommandLineOption baseUrl(
        u"base-url"_s, tr("Talk to this API base URL, with the key in VAINU_API_KEY (needs --data-dir)."), tr("url"));
    const QCommandLineOption dataDir(
        u"data-dir"_s, tr("Folder of the event database (default: the profile's own folder)."), tr("dir"));
    const QCommandLineOption json(u"json"_s, tr("Print the result as JSON: {\"compared\": N, \"changed\": M}."));
    parser.addOptions({profile, baseUrl, dataDir, json});
    if (!parser.parse(app.arguments())) {
        printError(parser.errorText());
        return CliCall::UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        std::printf("%s\n", qPrintable(parser.helpText()));
        return CliCall::Success;
    }
    if (parser.positionalArguments().size() > 2) {
        printError(tr("events catch-up takes no arguments besides its options; got \"%1\".")
                       .arg(parser.positionalArguments().mid(2).join(u' ')));
        return CliCall::UsageError;
    }
    if (parser.isSet(profile) && parser.isSet(baseUrl)) {
        printError(tr("Use either --profile or --base-url, not both."));
        return CliCall::UsageError;
    }
    // A base URL belongs to no profile: whose history it compares must be said, or a sandbox's history
    // could be compared with a real account.
    if (parser.isSet(baseUrl) && !parser.isSet(dataDir)) {
        printError(tr("With --base-url, say which event history to compare with --data-dir DIR."));
        return CliCall::UsageError;
    }

    StoreOptions options;
    if (parser.isSet(dataDir)) {
        options.directory = parser.value(dataDir);
    } else {
        ProfileStore profiles;
        QString profileError;
        options.directory = ProfileFolders::historyFolderForCommand(profiles, parser.value(profile), &profileError);
        if (options.directory.isEmpty()) {
            printError(profileError);
            return CliCall::UsageError;
        }
    }
    if (!QFile::exists(QDir(options.directory).filePath(EventStore::databaseFileName()))) {
        printError(tr("No event database in \"%1\": there is nothing to catch up on yet. Run the receiver first, or "
                      "point --data-dir at its folder.")
                       .arg(QDir::toNativeSeparators(options.directory)));
        return CliCall::Failure;
    }

    const CliConnection::Result connection = CliConnection::resolve(parser.value(profile), parser.value(baseUrl));
    if (!connection.ok()) {
        printError(connection.error);
        return CliCall::Failure;
    }

    EventStore store;
    QString error;
    if (!store.open(options, &error)) {
        printError(error);
        return CliCall::Failure;
    }
    CatchUp catchUp(connection.connection, &store);
    const CatchUpResult result = catchUp.run();
    store.close();
    if (!result.ok()) {
        printError(tr("Catching up failed; nothing was recorded. %1").arg(result.error));
        return CliCall::Failure;
    }
    if (parser.isSet(json)) {
        const QJsonObject object {{u"compared"_s, result.compared}, {u"changed"_s, result.changed}};
        std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
        return CliCall::Success;
    }
    std::printf("%s\n", qPrintable(summary(result.compared, result.changed)));
    if (result.notFound > 0)
        std::printf("%s\n",
                    qPrintable(tr("%n companies of the history were not in Vainu's answer (no longer in its data, "
                                  "or their business id changed).",
                                  nullptr, int(qMin<qint64>(result.notFound, INT_MAX)))));
    if (result.withoutBusinessId > 0)
        std::printf("%s\n",
                    qPrintable(tr("%n companies are known only by a customer data record, without a business "
                                  "id, and cannot be looked up.",
                                  nullptr, int(qMin<qint64>(result.withoutBusinessId, INT_MAX)))));
    return CliCall::Success;
}
