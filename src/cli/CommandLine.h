#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// The program's first word decides what runs: a command (webhooks, customers, events), the headless
// receiver, the top-level --help and --version, or the window. Commands run without a window and
// without a display, and so do their usage errors: `vainu-webhooks receiver status` is not a reason
// to start the GUI. Exit codes: 0 success, 1 an API, network or storage error, 2 a usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // True when argv asks for anything but the window: a word that is not an option, or one of the
    // program's own options (--help, --version, --headless, or any other --long-option but the window's
    // --minimized). Qt's own single-dash options (-platform, -style, …) and no argument at all open the window.
    static bool wantsCommandLine(int argc, char* argv[]);
    // The window's --minimized: start hidden in the system tray with the receiver on.
    static bool wantsMinimized(int argc, char* argv[]);
    // Runs it inside a QCoreApplication of its own, returns the exit code.
    static int run(int argc, char* argv[]);
    // The same for an application that exists already; arguments as QCoreApplication::arguments().
    static int run(QCoreApplication& app, QTextStream& out, QTextStream& err);

    static QString usage(); // the top-level --help text
};
