#include "core/StopRequest.h"

#if defined(Q_OS_UNIX)
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <QSemaphore>
#include <qt_windows.h>
#endif

namespace {

QCoreApplication* s_app = nullptr; // set once, before any handler can run
std::function<void()> s_onStop;

void stopOnAppThread()
{
    if (s_app && s_onStop)
        QMetaObject::invokeMethod(s_app, s_onStop, Qt::QueuedConnection); // thread-safe: posts an event
}

#if defined(Q_OS_UNIX)
// A signal handler may only do async-signal-safe things: it writes a byte, the event loop reads it.
int s_pipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_pipe[1], &byte, 1);
}
#elif defined(Q_OS_WIN)
QSemaphore s_finished;

// Runs on a thread Windows creates for the event.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        stopOnAppThread();
        return TRUE;
    case CTRL_CLOSE_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        stopOnAppThread();
        s_finished.tryAcquire(1, 4500); // the process ends when this returns: let the last writes finish
        return TRUE;
    default: // CTRL_LOGOFF_EVENT: a user logging off does not stop a receiver run as a service
        return TRUE;
    }
}
#endif

} // namespace

void StopRequest::install(QCoreApplication& app, std::function<void()> onStop)
{
    s_app = &app;
    s_onStop = std::move(onStop);
#if defined(Q_OS_UNIX)
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const auto got = ::read(s_pipe[0], &byte, 1);
        stopOnAppThread();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

void StopRequest::finished()
{
#if defined(Q_OS_WIN)
    s_finished.release();
#endif
}
