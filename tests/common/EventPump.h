#pragma once

// For the screenshot programs (not QTest): let the event loop run while waiting, as a window would.
#include <QCoreApplication>
#include <QElapsedTimer>

#include <functional>

namespace EventPump {

// Runs the event loop for `ms` milliseconds.
inline void pump(int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

// Runs the event loop until `done` or `ms` milliseconds; whether it got done.
inline bool waitFor(const std::function<bool()>& done, int ms = 10000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

} // namespace EventPump
