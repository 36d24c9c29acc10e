#pragma once

#include <QCoreApplication>

// `vainu-webhooks --headless [--port N] [--path P] [--bind ADDRESS] [--data-dir DIR]`: the receiver and
// the store without a window. The secret comes from VAINU_WEBHOOK_SECRET. One log line per event;
// SIGINT/SIGTERM (on Windows Ctrl+C, Ctrl+Break, a closed console; core/StopRequest) stop the receiver, flush the
// store and exit 0.
class HeadlessCommand
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommand)
public:
    static int run(QCoreApplication& app);
};
