#include "cli/HeadlessCommand.h"

#include "cli/CliConnection.h"
#include "cli/EventsCatchUpCommand.h"
#include "core/ProfileStore.h"
#include "core/StopRequest.h"
#include "forward/Forwarder.h"
#include "receiver/WebhookReceiver.h"
#include "session/CatchUp.h"
#include "session/ProfileFolders.h"
#include "store/EventStore.h"
#include "store/ForwardOutbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

bool HeadlessCommand::addForwardTargets(EventStore& store, const QList<ForwardTarget>& targets, QString* error)
{
    if (targets.isEmpty())
        return true;
    ForwardOutbox outbox(store.databasePath());
    QList<ForwardTarget> known;
    if (!outbox.targets(&known, error))
        return false;
    for (ForwardTarget target : targets) {
        // The same URL again (every start of a service names it): that target, switched on, not a second one.
        const auto same = std::find_if(known.cbegin(), known.cend(),
                                       [&](const ForwardTarget& other) { return other.url == target.url; });
        if (same != known.cend()) {
            if (same->enabled && !same->paused)
                continue;
            target = *same;
            target.enabled = true;
            target.paused = false;
        }
        store.saveForwardTarget(target);
    }
    if (!store.flush(30000)) {
        *error = tr("Timed out while writing the last events.");
        return false;
    }
    return true;
}

int HeadlessCommand::run(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the webhook receiver and the event store without a window."));
    parser.addHelpOption();
    const QCommandLineOption headless(u"headless"_s, tr("Run without a window."));
    const QCommandLineOption port(u"port"_s, tr("TCP port to listen on (0 picks a free one)."), tr("port"),
                                  QString::number(ReceiverSettings::defaultPort()));
    const QCommandLineOption path(u"path"_s, tr("URL path of the receiver."), tr("path"),
                                  ReceiverSettings::defaultPath());
    const QCommandLineOption bind(u"bind"_s, tr("Address to listen on."), tr("address"), u"127.0.0.1"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, tr("Folder of the event database (default: the profile's own folder)."), tr("dir"));
    const QCommandLineOption profile(u"profile"_s, tr("Use this profile's event history (default: the active one)."),
                                     tr("name"));
    const QCommandLineOption requireSecret(
        u"require-secret"_s,
        tr("Refuse to start unless VAINU_WEBHOOK_SECRET is set (for a receiver others can reach)."));
    const QCommandLineOption catchUpOption(
        u"catch-up"_s,
        tr("Once listening, find the changes missed while stopped (as \"events catch-up\"); the API key comes from "
           "the profile or VAINU_API_KEY."));
    const QCommandLineOption baseUrl(u"base-url"_s, tr("API base URL for --catch-up, with the key in VAINU_API_KEY."),
                                     tr("url"));
    const QCommandLineOption tlsCert(
        u"tls-cert"_s,
        tr("Serve HTTPS with this certificate (PEM, the chain after the certificate); needs --tls-key. The files "
           "are read again when they change, so a renewed certificate is used without a restart."),
        tr("file"));
    const QCommandLineOption tlsKey(u"tls-key"_s, tr("The private key of --tls-cert (PEM, not encrypted)."),
                                    tr("file"));
    const QCommandLineOption forwardTo(
        u"forward-to"_s,
        tr("Forward every stored event to this URL too (repeatable); kept as a forward target of the history. The "
           "history's other forward targets are forwarded to as well."),
        tr("url"));
    parser.addOptions({headless, port, path, bind, dataDir, profile, requireSecret, catchUpOption, baseUrl, tlsCert,
                       tlsKey, forwardTo});
    if (!parser.parse(app.arguments())) {
        printLine(stderr, parser.errorText());
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        printLine(stdout, parser.helpText());
        return 0;
    }

    ReceiverSettings settings;
    bool portOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    if (!portOk || portValue > 65535) {
        printLine(stderr, tr("--port must be a number from 0 to 65535, not \"%1\".").arg(parser.value(port)));
        return 2;
    }
    settings.port = quint16(portValue);
    settings.path = ReceiverSettings::normalisePath(parser.value(path));
    settings.address = QHostAddress(parser.value(bind));
    if (settings.address.isNull()) {
        printLine(stderr, tr("--bind must be an IP address such as 127.0.0.1, not \"%1\".").arg(parser.value(bind)));
        return 2;
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        printLine(stderr, tr("HTTPS needs both --tls-cert FILE and --tls-key FILE."));
        return 2;
    }
    settings.tlsCertificateFile = parser.value(tlsCert);
    settings.tlsKeyFile = parser.value(tlsKey);
    settings.secret = qEnvironmentVariable("VAINU_WEBHOOK_SECRET");
    if (parser.isSet(requireSecret) && settings.secret.isEmpty()) {
        printLine(stderr,
                  tr("VAINU_WEBHOOK_SECRET is not set, and --require-secret asks for it: set it to a long "
                     "random value (for example: openssl rand -hex 32) and give Vainu the same secret."));
        return 2;
    }
    const QString invalid = settings.validate();
    if (!invalid.isEmpty()) {
        printLine(stderr, invalid);
        return 2;
    }

    StoreOptions storeOptions;
    if (parser.isSet(dataDir)) {
        storeOptions.directory = parser.value(dataDir);
    } else {
        ProfileStore profiles;
        QString profileError;
        storeOptions.directory
            = ProfileFolders::historyFolderForCommand(profiles, parser.value(profile), &profileError);
        if (storeOptions.directory.isEmpty()) {
            printLine(stderr, profileError);
            return 2;
        }
    }
    std::optional<ApiConnection> catchUpConnection;
    if (parser.isSet(catchUpOption)) {
        if (parser.isSet(profile) && parser.isSet(baseUrl)) {
            printLine(stderr, tr("Use either --profile or --base-url, not both."));
            return 2;
        }
        if (parser.isSet(baseUrl) && !parser.isSet(dataDir)) {
            printLine(stderr, tr("With --base-url, say which event history to compare with --data-dir DIR."));
            return 2;
        }
        const CliConnection::Result resolved = CliConnection::resolve(parser.value(profile), parser.value(baseUrl));
        if (!resolved.ok()) {
            printLine(stderr, resolved.error);
            return 2;
        }
        catchUpConnection = resolved.connection;
    }

    QList<ForwardTarget> forwardTargets;
    for (const QString& url : parser.values(forwardTo)) {
        ForwardTarget target;
        target.url = QUrl(url, QUrl::StrictMode);
        const OwnReceiver own {parser.value(bind), settings.port, settings.path, {}};
        if (const QString problem = ForwardTarget::urlProblem(target.url, own); !problem.isEmpty()) {
            printLine(stderr, u"--forward-to %1: %2"_s.arg(url, problem));
            return 2;
        }
        forwardTargets.append(target);
    }

    EventStore store;
    QString error;
    if (!store.open(storeOptions, &error)) {
        printLine(stderr, error);
        return 1;
    }
    if (!HeadlessCommand::addForwardTargets(store, forwardTargets, &error)) {
        printLine(stderr, error);
        return 1;
    }
    Forwarder forwarder(&store);
    QObject::connect(&forwarder, &Forwarder::forwarded, &app, [](const QList<ForwardOutcome>& outcomes) {
        const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        QByteArray lines;
        for (const ForwardOutcome& outcome : outcomes)
            lines += (time + u' ' + outcome.logLine() + u'\n').toUtf8();
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(&forwarder, &Forwarder::problem, &app,
                     [](const QString& message) { printLine(stderr, tr("Forwarding: %1").arg(message)); });
    forwarder.start(); // also sends what a previous run left queued

    WebhookReceiver receiver(&store);
    int exitCode = 0;
    QObject::connect(&receiver, &WebhookReceiver::listening, &app, [&] {
        printLine(stdout,
                  tr("Listening on %1 (secret %2), events in %3")
                      .arg(receiver.localUrl().toString(),
                           settings.secret.isEmpty() ? tr("not required") : tr("required"),
                           QDir::toNativeSeparators(store.databasePath())));
    });
    // Caught up once the receiver listens, so that nothing Vainu sends meanwhile is missed. A failure is
    // reported and the receiver keeps running: what arrives from now on is still received.
    std::unique_ptr<CatchUp> catchUp;
    if (catchUpConnection) {
        QObject::connect(&receiver, &WebhookReceiver::listening, &app, [&] {
            if (catchUp)
                return;
            catchUp = std::make_unique<CatchUp>(*catchUpConnection, &store);
            QObject::connect(catchUp.get(), &CatchUp::finished, &app, [](const CatchUpResult& result) {
                if (result.ok())
                    printLine(stdout, EventsCatchUpCommand::summary(result.compared, result.changed));
                else if (result.status == CatchUpResult::Status::Failed)
                    printLine(stderr, tr("Catching up failed; nothing was recorded. %1").arg(result.error));
            });
            printLine(stdout, tr("Catching up on the changes missed while the receiver was stopped…"));
            catchUp->start();
        });
    }
    QObject::connect(&receiver, &WebhookReceiver::startFailed, &app, [&](const QString& message) {
        printLine(stderr, message);
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&receiver, &WebhookReceiver::deliveriesStored, &app, [](const QList<StoredDelivery>& deliveries) {
        // One line per event, written with one call per batch: under load this runs thousands of
        // times a second, so the text is put together by hand and the clock is read once.
        const QByteArray time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
        QByteArray lines;
        lines.reserve(deliveries.size() * 96);
        for (const StoredDelivery& stored : deliveries) {
            lines += time + " event " + QByteArray::number(stored.eventId) + " unique_id=" + stored.uniqueId.toUtf8()
                + " business_id=" + stored.businessId.toUtf8();
            if (stored.duplicate)
                lines += " duplicate";
            if (stored.stale)
                lines += " stale";
            lines += '\n';
        }
        std::fwrite(lines.constData(), 1, size_t(lines.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(&receiver, &WebhookReceiver::deliveryFailed, &app, [](const QString& message) {
        printLine(stderr, tr("A delivery could not be stored (answered 503): %1").arg(message));
    });
    QObject::connect(&receiver, &WebhookReceiver::requestRejected, &app, [](const RejectedRequest& rejected) {
        printLine(stdout,
                  u"%1 rejected %2 from %3: %4"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                      .arg(rejected.status)
                      .arg(rejected.remoteAddress, rejected.reason));
    });

    // Ctrl+C, SIGTERM (systemctl stop), or on Windows a closed console: the event loop does the shutdown.
    StopRequest::install(app, [&app] {
        printLine(stdout, tr("Stopping: finishing pending writes."));
        app.quit();
    });

    receiver.start(settings);
    const int loopResult = app.exec();
    catchUp.reset(); // a run still going is cancelled and records nothing
    receiver.stop();
    forwarder.stop(); // what is in flight stays queued and is sent on the next start
    if (!store.flush(30000)) {
        printLine(stderr, tr("Timed out while writing the last events."));
        exitCode = 1;
    }
    store.close();
    StopRequest::finished();
    return exitCode != 0 ? exitCode : loopResult;
}
