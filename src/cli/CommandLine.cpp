#include "cli/CommandLine.h"

#include "cli/CustomersCommand.h"
#include "cli/EventsCatchUpCommand.h"
#include "cli/EventsExportCommand.h"
#include "cli/EventsReplayCommand.h"
#include "cli/EventsStatsCommand.h"
#include "cli/HeadlessCommand.h"
#include "cli/ReceiverCommand.h"
#include "cli/WebhooksCommand.h"
#include "core/AppInfo.h"
#include "session/Translations.h"

#include <QTextStream>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {
constexpr int exitUsage = 2;
constexpr const char* minimizedOption = "--minimized";
} // namespace

bool CommandLine::wantsCommandLine(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    const char* first = argv[1];
    if (std::strcmp(first, minimizedOption) == 0)
        return false; // the window's own option
    if (std::strcmp(first, "-h") == 0 || std::strcmp(first, "-v") == 0)
        return true;
    if (std::strncmp(first, "--", 2) == 0)
        return true; // ours, or a usage error: never the window
    return first[0] != '-'; // a command, known or not
}

bool CommandLine::wantsMinimized(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], minimizedOption) == 0)
            return true;
    }
    return false;
}

int CommandLine::run(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();
    Translations::install(); // the commands' messages and --help follow the interface language too
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(app, out, err);
}

int CommandLine::run(QCoreApplication& app, QTextStream& out, QTextStream& err)
{
    const QStringList arguments = app.arguments();
    const QString first = arguments.value(1);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        out << usage();
        out.flush();
        return 0;
    }
    if (first == u"--version" || first == u"-v") {
        out << AppInfo::name() << u' ' << AppInfo::version() << u'\n';
        out.flush();
        return 0;
    }
    if (first == u"--headless")
        return HeadlessCommand::run(app);
    if (first == u"events" && arguments.value(2) == u"catch-up")
        return EventsCatchUpCommand::run(app);
    if (first == u"events" && arguments.value(2) == u"replay")
        return EventsReplayCommand::run(app);
    if (first == u"events" && arguments.value(2) == u"stats")
        return EventsStatsCommand::run(app);
    if (first == u"events")
        return EventsExportCommand::run(app);
    if (first == u"webhooks") {
        out.flush();
        return WebhooksCommand::run(arguments, out, err);
    }
    if (first == u"receiver") {
        out.flush();
        return ReceiverCommand::run(arguments, out, err);
    }
    if (first == u"customers")
        return CustomersCommand::run(arguments, out, err);
    err << (first.startsWith(u'-') ? tr("Unknown option: %1").arg(first) : tr("Unknown command: %1").arg(first))
        << u'\n' << tr("Run \"%1 --help\" for the commands and options.").arg(QStringLiteral("vainu-webhooks"))
        << u'\n';
    err.flush();
    return exitUsage;
}

QString CommandLine::usage()
{
    const QString program = QStringLiteral("vainu-webhooks");
    return tr("Usage: %1 [COMMAND] [OPTIONS]\n"
              "\n"
              "Without a command, opens the window (on the built-in sandbox until an account is set up).\n"
              "\n"
              "Commands:\n"
              "  webhooks list|add|delete     the webhook configurations of the account\n"
              "  customers list|import|export the customer data Vainu tracks for you\n"
              "  events export                the received events as JSON Lines or CSV\n"
              "  events catch-up              find the changes missed while the receiver was not running\n"
              "  events replay --to URL       send stored events to a URL again, as Vainu sent them\n"
              "  events stats --by WHAT       count the stored events by day, hour, changed field, region,\n"
              "                               company or origin\n"
              "  receiver check|status|subscribe  prove that Vainu reaches the receiver's public URL, show\n"
              "                               its state, register it as a webhook\n"
              "  --headless                   the receiver and the event store, without a window\n"
              "\n"
              "Options:\n"
              "  -h, --help                   this help; \"%1 COMMAND --help\" for a command's own\n"
              "  -v, --version                the version\n"
              "  --minimized                  open the window hidden in the system tray (minimised without a\n"
              "                               tray), with the receiver on\n"
              "\n"
              "The commands use the active profile, or --profile NAME, or --base-url URL with the key in\n"
              "VAINU_API_KEY. Exit codes: 0 success, 1 an API, network or storage error, 2 a usage error.\n")
        .arg(program);
}
