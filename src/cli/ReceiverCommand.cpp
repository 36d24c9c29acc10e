#include "cli/ReceiverCommand.h"

#include "api/CreateWebhookCall.h"
#include "api/VainuClient.h"
#include "cli/CliCall.h"
#include "cli/CliConnection.h"
#include "core/ProfileStore.h"
#include "receiver/ReceiverSettings.h"
#include "secrets/SecretGenerator.h"
#include "secrets/TokenVault.h"
#include "session/ProfileFolders.h"
#include "session/ReceiverCheck.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"
#include "session/TunnelDetector.h"
#include "store/EventStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;
using namespace CliCall;

namespace {

// The profile named (any letter case), else the active one; nullopt with a sentence in *error.
std::optional<Profile> findProfile(const QString& name, QString* error)
{
    ProfileStore store;
    if (name.isEmpty()) {
        std::optional<Profile> active = store.activeProfile();
        if (!active)
            *error = ReceiverCommand::tr("No profile is set up yet. Start the app once, or use --base-url, "
                                         "--data-dir and --public-url.");
        return active;
    }
    for (const Profile& profile : store.profiles()) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    *error = ReceiverCommand::tr("There is no profile named \"%1\".").arg(name);
    return std::nullopt;
}

// Blocks while the keychain answers.
VaultResult readSecret(const QString& profileId)
{
    TokenVault vault;
    QEventLoop loop;
    VaultResult result;
    vault.read(profileId, SecretKind::ReceiverSecret, &loop, [&](const VaultResult& answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

VaultResult writeSecret(const QString& profileId, const QString& secret)
{
    TokenVault vault;
    QEventLoop loop;
    VaultResult result;
    vault.write(profileId, SecretKind::ReceiverSecret, secret, &loop, [&](const VaultResult& answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

// Whether something accepts a connection at the receiver's local address (the app or --headless runs).
bool answers(const QUrl& localUrl)
{
    QString host = localUrl.host();
    if (host == u"0.0.0.0"_s)
        host = u"127.0.0.1"_s;
    else if (host == u"::"_s)
        host = u"::1"_s;
    QTcpSocket socket;
    socket.connectToHost(host, quint16(localUrl.port(80)));
    return socket.waitForConnected(2000);
}

bool isHttpUrl(const QUrl& url)
{
    return url.isValid() && !url.isRelative() && !url.host().isEmpty()
        && (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
}

QString defaultNgrokApi()
{
    return TunnelDetector().ngrokApiUrl().toString();
}

} // namespace

int ReceiverCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks that Vainu can reach the receiver, and subscribes it.\n\n"
           "Commands:\n"
           "  receiver check [--public-url URL]     post a test delivery to the public URL and wait for it to\n"
           "                                        arrive; exit 0 when it did, 1 with the hop that failed\n"
           "  receiver status [--json]              the local URL, the public URL, whether the receiver runs and\n"
           "                                        whether a webhook delivers to it with the current secret\n"
           "  receiver subscribe [--public-url URL] create a webhook to the public URL with a fresh secret\n"
           "  receiver subscribe --tunnel           the same, to the address of the ngrok or cloudflared tunnel\n"
           "                                        that forwards to the receiver's port\n\n"
           "The profile is the active one or --profile NAME (its public URL, receiver settings, secret and event\n"
           "history); --base-url URL with the key in %1 talks to another API, --data-dir DIR names the history.\n"
           "The receiver's secret is %2 when set, else the profile's, from the keychain.\n\n"
           "Exit codes: 0 success, 1 a failed check, an API, network or storage error, 2 usage error.")
            .arg(QString::fromLatin1(CliConnection::apiKeyVariable), QString::fromLatin1(secretVariable)));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the result as JSON."));
    const QCommandLineOption publicUrlOption(
        u"public-url"_s, tr("The address Vainu reaches the receiver at (default: the profile's public URL)."),
        tr("URL"));
    const QCommandLineOption profileOption(u"profile"_s, tr("Use the profile with this name."), tr("NAME"));
    const QCommandLineOption baseUrlOption(u"base-url"_s,
                                           tr("Use this API address, e.g. https://api.vainu.io/api/v2/."), tr("URL"));
    const QCommandLineOption dataDirOption(
        u"data-dir"_s, tr("check: the folder of the receiver's event database (default: the profile's own)."),
        tr("dir"));
    const QCommandLineOption replaceOption(
        u"replace"_s,
        tr("subscribe: delete the other webhooks that deliver to the same URL, once the new one exists."));
    const QCommandLineOption tunnelOption(
        u"tunnel"_s,
        tr("Use the address of the running ngrok or cloudflared tunnel that forwards to the receiver's port."));
    const QCommandLineOption ngrokApiOption(
        u"ngrok-api"_s, tr("--tunnel: the ngrok agent's local API (default: %1).").arg(defaultNgrokApi()), tr("URL"));
    const QCommandLineOption cloudflaredMetricsOption(
        u"cloudflared-metrics"_s,
        tr("--tunnel: cloudflared's metrics address (default: 127.0.0.1, ports 20241 to 20245)."), tr("URL"));
    parser.addOptions({helpOption, jsonOption, publicUrlOption, profileOption, baseUrlOption, dataDirOption,
                       replaceOption, tunnelOption, ngrokApiOption, cloudflaredMetricsOption});
    parser.addPositionalArgument(u"receiver"_s, tr("The command group."));
    parser.addPositionalArgument(u"command"_s, tr("check, status or subscribe."), u"check|status|subscribe"_s);

    auto usage = [&](const QString& message) {
        err << message << '\n' << tr("Run \"%1 receiver --help\" for help.").arg(u"vainu-webhooks"_s) << '\n';
        err.flush();
        return UsageError;
    };
    auto fail = [&](const QString& message) {
        err << message << '\n';
        err.flush();
        return Failure;
    };

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        out.flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments(); // "receiver", command
    const QString command = positional.value(1);
    if (command.isEmpty())
        return usage(tr("Name a command: check, status or subscribe."));
    if (command != u"check" && command != u"status" && command != u"subscribe")
        return usage(tr("Unknown command \"%1\": use check, status or subscribe.").arg(command));
    if (positional.size() > 2)
        return usage(tr("receiver %1 takes no arguments besides its options.").arg(command));
    if (parser.isSet(profileOption) && parser.isSet(baseUrlOption))
        return usage(tr("Use either --profile or --base-url, not both."));
    if (parser.isSet(replaceOption) && command != u"subscribe")
        return usage(tr("--replace is only for subscribe."));
    if (parser.isSet(tunnelOption) && parser.isSet(publicUrlOption))
        return usage(tr("Use either --public-url or --tunnel, not both."));
    const QUrl givenPublicUrl(parser.value(publicUrlOption), QUrl::StrictMode);
    if (parser.isSet(publicUrlOption) && !isHttpUrl(givenPublicUrl))
        return usage(tr("--public-url must be an absolute http:// or https:// address, not \"%1\".")
                         .arg(parser.value(publicUrlOption)));

    // The profile gives the receiver's settings, public URL and secret; with --base-url there is none.
    std::optional<Profile> profile;
    const bool needsProfile = !parser.isSet(baseUrlOption)
        && !(command == u"check" && parser.isSet(dataDirOption) && parser.isSet(publicUrlOption));
    if (needsProfile) {
        QString problem;
        profile = findProfile(parser.value(profileOption), &problem);
        if (!profile)
            return usage(problem);
    }
    QUrl publicUrl = parser.isSet(publicUrlOption) ? givenPublicUrl : profile ? profile->receiver.publicUrl : QUrl();
    if (parser.isSet(tunnelOption)) {
        // The receiver's port and path are the profile's, or the --headless defaults with --base-url.
        const int port = profile ? profile->receiver.port : ReceiverSettings::defaultPort();
        const QString path = profile ? profile->receiver.path : ReceiverSettings::defaultPath();
        TunnelDetector detector;
        if (parser.isSet(ngrokApiOption))
            detector.setNgrokApiUrl(QUrl(parser.value(ngrokApiOption)));
        if (parser.isSet(cloudflaredMetricsOption))
            detector.setCloudflaredMetricsUrls({QUrl(parser.value(cloudflaredMetricsOption))});
        QEventLoop loop;
        TunnelDetector::Result found;
        QObject::connect(&detector, &TunnelDetector::finished, &loop, [&](const TunnelDetector::Result& result) {
            found = result;
            loop.quit();
        });
        detector.detect(port);
        loop.exec();
        if (!found.match)
            return fail(found.ngrokRunning || found.cloudflaredRunning
                            ? tr("A tunnel runs, but none forwards to port %1. Start one for it (for example "
                                 "\"cloudflared tunnel --url http://127.0.0.1:%1\"), or give --public-url.")
                                  .arg(port)
                            : tr("No ngrok or cloudflared tunnel is running. Start one for port %1 (for example "
                                 "\"cloudflared tunnel --url http://127.0.0.1:%1\"), or give --public-url.")
                                  .arg(port));
        publicUrl = TunnelDetector::receiverUrl(found.match->publicUrl, path);
        err << tr("Using the tunnel's address: %1").arg(publicUrl.toString()) << '\n';
    }
    const QUrl localUrl = profile ? ReceiverService::localUrlFor(*profile) : QUrl();
    const QString secretParameter = ReceiverSettings().secretParameter;

    // The current secret: the environment's, else the profile's keychain entry (none: no secret required).
    QString secret = qEnvironmentVariable(secretVariable);
    if (secret.isEmpty() && profile && command != u"subscribe") {
        const VaultResult stored = readSecret(profile->id);
        if (stored.ok())
            secret = stored.secret;
        else if (stored.status != VaultResult::Status::NotFound)
            return fail(tr("The receiver secret of the profile \"%1\" could not be read from the keychain: %2 Set "
                           "%3 instead.")
                            .arg(profile->name, stored.message, QString::fromLatin1(secretVariable)));
    }

    if (command == u"check") {
        if (!isHttpUrl(publicUrl))
            return fail(tr("No public URL to check: give --public-url URL, or set the profile's public URL in the "
                           "app's receiver settings."));
        QString folder = parser.value(dataDirOption);
        if (folder.isEmpty()) {
            ProfileStore profiles;
            QString problem;
            folder = ProfileFolders::historyFolderForCommand(profiles, profile ? profile->name : QString(), &problem);
            if (folder.isEmpty())
                return usage(problem);
        }
        if (!QFile::exists(QDir(folder).filePath(EventStore::databaseFileName())))
            return fail(tr("No event database in \"%1\": the receiver has not run there yet. Start it (the app or "
                           "--headless), or point --data-dir at its folder.")
                            .arg(QDir::toNativeSeparators(folder)));
        EventStore store;
        StoreOptions options;
        options.directory = folder;
        QString error;
        if (!store.open(options, &error))
            return fail(error);
        ReceiverCheck check;
        check.setStore(&store);
        const ReceiverCheckResult result = check.run(publicUrl, secretParameter, secret);
        store.close();
        if (parser.isSet(jsonOption)) {
            QJsonObject object {{u"arrived"_s, result.ok()}, {u"message"_s, result.message()}};
            if (!result.ok())
                object.insert(u"failed_hop"_s, result.hopName());
            if (result.httpStatus)
                object.insert(u"http_status"_s, result.httpStatus);
            if (result.eventId)
                object.insert(u"event_id"_s, result.eventId);
            (result.ok() ? out : err) << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                                      << '\n';
        } else if (result.ok()) {
            out << result.message() << '\n';
        } else {
            err << tr("Failed hop: %1").arg(result.hopName()) << '\n' << result.message() << '\n';
        }
        out.flush();
        err.flush();
        return result.ok() ? Success : Failure;
    }

    const CliConnection::Result target
        = CliConnection::resolve(parser.value(profileOption), parser.value(baseUrlOption));

    if (command == u"status") {
        const QUrl target_url = isHttpUrl(publicUrl) ? publicUrl : localUrl;
        QJsonObject object {{u"local_url"_s, localUrl.toString()},
                            {u"public_url"_s, publicUrl.toString()},
                            {u"secret_required"_s, !secret.isEmpty()}};
        if (!localUrl.isEmpty())
            object.insert(u"listening"_s, answers(localUrl));
        QString apiError = target.error;
        QJsonArray pointing;
        bool subscribed = false;
        if (target.ok()) {
            QNetworkAccessManager network;
            VainuClient client(&network);
            client.setConnection(target.connection);
            const auto [error, webhooks] = await(client.listWebhooks());
            if (error.isError()) {
                apiError = error.userMessage();
            } else {
                for (const Webhook& webhook : webhooks) {
                    if (!ReceiverSubscription::pointsAt(webhook, target_url))
                        continue;
                    pointing.append(webhook.id);
                    subscribed = subscribed || ReceiverSubscription::carriesSecret(webhook, secretParameter, secret);
                }
            }
        }
        if (apiError.isEmpty()) {
            object.insert(u"subscribed"_s, subscribed);
            object.insert(u"webhooks"_s, pointing);
        } else {
            object.insert(u"error"_s, apiError);
        }
        if (parser.isSet(jsonOption)) {
            out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        } else {
            if (!localUrl.isEmpty())
                out << tr("Local URL:  %1 (%2)")
                           .arg(localUrl.toString(),
                                object.value(u"listening"_s).toBool() ? tr("the receiver answers")
                                                                      : tr("nothing listens there now"))
                    << '\n';
            out << tr("Public URL: %1").arg(publicUrl.isEmpty() ? tr("not set") : publicUrl.toString()) << '\n';
            if (apiError.isEmpty())
                out << (subscribed ? tr("Subscribed: webhook %1 delivers to %2 with the current secret.")
                                         .arg(pointing.first().toString(), target_url.toString())
                            : pointing.isEmpty()
                            ? tr("Not subscribed: no webhook delivers to %1.").arg(target_url.toString())
                            : tr("Not subscribed with the current secret: %n webhook(s) deliver to %1 with another "
                                 "secret; subscribe again.",
                                 nullptr, int(pointing.size()))
                                  .arg(target_url.toString()))
                    << '\n';
        }
        out.flush();
        if (!apiError.isEmpty())
            return fail(tr("Whether a webhook delivers here is unknown: %1").arg(apiError));
        return Success;
    }

    // subscribe
    if (!isHttpUrl(publicUrl))
        return usage(tr("No public URL to subscribe: give --public-url URL (the address of a tunnel or server that "
                        "forwards to the receiver)."));
    if (!target.ok())
        return fail(target.error);
    // With a profile the fresh secret goes to its keychain entry (the app's receiver restarts with it). Without
    // one, the --headless receiver reads VAINU_WEBHOOK_SECRET: that one is registered when set.
    const QString envSecret = qEnvironmentVariable(secretVariable);
    const QString newSecret = !profile && !envSecret.isEmpty() ? envSecret : generateSecret();
    QNetworkAccessManager network;
    VainuClient client(&network);
    client.setConnection(target.connection);
    QList<Webhook> others;
    if (parser.isSet(replaceOption)) {
        const auto [error, webhooks] = await(client.listWebhooks());
        if (error.isError())
            return fail(error.userMessage());
        for (const Webhook& webhook : webhooks) {
            if (ReceiverSubscription::pointsAt(webhook, publicUrl))
                others.append(webhook);
        }
    }
    Webhook webhook;
    webhook.webhookUrl = publicUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    webhook.query = u"?"_s + secretParameter + u'=' + newSecret;
    webhook.type = Webhook::companyChangeType();
    // Not idempotent: a lost answer is looked up in the list (CreateWebhookCall), so running the command again
    // after a timeout never makes a second webhook.
    const CreateOutcome outcome = await(new CreateWebhookCall(&client, webhook));
    if (outcome.error.isError()) {
        if (outcome.confirmedNotCreated)
            return fail(tr("%1 The webhook was not created (it is not in the list), so it is safe to run the "
                           "command again.")
                            .arg(outcome.error.userMessage()));
        return fail(tr("The webhook could not be created: %1").arg(outcome.error.userMessage()));
    }
    const Webhook& created = outcome.webhook;
    if (outcome.recovered)
        err << tr("Vainu's answer was lost, but the webhook was created: it is in the list with id %1.").arg(created.id)
            << '\n';
    int exitCode = Success;
    if (profile && profile->kind != Profile::Kind::Sandbox) {
        // The profile keeps the address it is subscribed at, as "Subscribe this receiver" does: the window's
        // drift warning, Copy URL and `receiver check` use it.
        ProfileStore profiles;
        if (std::optional<Profile> stored = profiles.profile(profile->id)) {
            stored->receiver.publicUrl = publicUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
            const QString saveError = profiles.update(*stored).error;
            if (!saveError.isEmpty())
                err << tr("The public URL could not be kept in the profile: %1").arg(saveError) << '\n';
        }
    }
    if (profile) {
        const VaultResult kept = writeSecret(profile->id, newSecret);
        if (!kept.ok() || kept.sessionOnly) {
            err << tr("The webhook %1 was created, but its secret could not be kept in the keychain: %2 Delete it "
                      "(webhooks delete %1) and try again once the keychain works.")
                       .arg(created.id, kept.message)
                << '\n';
            exitCode = Failure;
        }
    }
    for (const Webhook& other : others) {
        const auto [error, nothing] = await(client.deleteWebhook(other.id));
        Q_UNUSED(nothing);
        if (error.isError() && error.httpStatus != 404) {
            err << tr("Webhook %1 was not deleted: %2").arg(other.id, error.userMessage()) << '\n';
            exitCode = Failure;
        }
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject object {{u"id"_s, created.id}, {u"webhook_url"_s, created.webhookUrl}};
        if (!profile && envSecret.isEmpty())
            object.insert(u"secret"_s, newSecret);
        out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        out << tr("Subscribed: webhook %1 delivers to %2 with a fresh secret.").arg(created.id, webhook.webhookUrl)
            << '\n';
        if (!profile && envSecret.isEmpty())
            out << tr("Start the receiver with this secret: %1=%2 vainu-webhooks --headless")
                       .arg(QString::fromLatin1(secretVariable), newSecret)
                << '\n';
        if (!others.isEmpty())
            out << tr("Replaced %n older webhook(s) that delivered to the same URL.", nullptr, int(others.size()))
                << '\n';
    }
    out.flush();
    err.flush();
    return exitCode;
}
