#pragma once

#include <QCoreApplication>

#include <functional>

// A program without a window asked to stop by the system: SIGINT and SIGTERM on Linux and macOS (Ctrl+C, kill,
// systemctl stop); on Windows Ctrl+C, Ctrl+Break (what a service wrapper or another program sends), closing the
// console window and system shutdown (SetConsoleCtrlHandler). The handlers only wake the event loop; `onStop`
// runs there, on the application's thread, and usually quits the loop so the program ends normally.
namespace StopRequest {

// Installs the handlers; call once, after the application object exists.
void install(QCoreApplication& app, std::function<void()> onStop);

// Windows ends the process once the handler of a closed console or a shutdown returns (at most about five
// seconds later), so that handler waits until the program calls this after its last write. Nothing elsewhere.
void finished();

} // namespace StopRequest
