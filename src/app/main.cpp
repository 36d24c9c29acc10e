#include "cli/CommandLine.h"
#include "core/AppInfo.h"
#include "gui/AppWindow.h"
#include "session/AppSession.h"
#include "session/Translations.h"

#include <QApplication>
#include <QMessageBox>

// The window, or a command: CommandLine tells them apart before any QApplication (and so any display)
// exists. Everything else lives in the libraries (docs/ARCHITECTURE.md).
int main(int argc, char* argv[])
{
    if (CommandLine::wantsCommandLine(argc, argv))
        return CommandLine::run(argc, argv);

    QApplication app(argc, argv);
    AppInfo::applyToApplication();
    Translations::install(); // before any window exists, so every text is created translated

    AppSession session;
    AppWindow window(&session); // declared after the session: the window closes first
    QString error;
    const auto mode
        = CommandLine::wantsMinimized(argc, argv) ? AppWindow::StartMode::Minimized : AppWindow::StartMode::Shown;
    if (!window.start(&error, mode)) {
        QMessageBox::critical(nullptr, AppInfo::name(), error);
        return 1;
    }
    return app.exec();
}
