#include "AppController.h"
#include "CustomersCommand.h"
#include "EventsExportCommand.h"
#include "HeadlessCommand.h"
#include "WebhooksCommand.h"
#include "core/AppInfo.h"
#include "gui/Translations.h"

#include <QApplication>
#include <QMessageBox>

#include <cstring>

namespace {

// Command-line modes run without a window and without a display. Each returns the process's exit code:
// 0 success, 1 an API, network or storage error, 2 a usage error.
bool isCommandLineMode(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    const char* first = argv[1];
    for (const char* mode : {"webhooks", "customers", "events", "--headless", "--version", "-v"}) {
        if (std::strcmp(first, mode) == 0)
            return true;
    }
    return false;
}

int runCommandLine(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    AppInfo::applyToApplication();
    Translations::install(); // the commands' messages and --help follow the interface language too
    const QStringList arguments = app.arguments();
    const QString mode = arguments.value(1);
    if (mode == u"--headless")
        return HeadlessCommand::run(app);
    if (mode == u"events")
        return EventsExportCommand::run(app);
    if (mode == u"webhooks")
        return WebhooksCommand::run(arguments);
    if (mode == u"customers")
        return CustomersCommand::run(arguments);
    if (mode == u"--version" || mode == u"-v") {
        std::printf("%s %s\n", qPrintable(AppInfo::name()), qPrintable(AppInfo::version()));
        return 0;
    }
    std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "Unknown command: %1").arg(mode)));
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    if (isCommandLineMode(argc, argv))
        return runCommandLine(argc, argv);

    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    Translations::install(); // before any window exists, so every text is created translated

    AppController controller;
    QString error;
    if (!controller.start(&error)) {
        QMessageBox::critical(nullptr, AppInfo::name(), error);
        return 1;
    }
    return app.exec();
}
