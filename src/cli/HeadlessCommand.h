#pragma once

#include "core/ForwardTarget.h"

#include <QCoreApplication>
#include <QList>

class EventStore;

// `vainu-webhooks --headless [--port N] [--path P] [--bind ADDRESS] [--data-dir DIR]`: the receiver and
// the store without a window. The secret comes from VAINU_WEBHOOK_SECRET. One log line per event;
// SIGINT/SIGTERM (on Windows Ctrl+C, Ctrl+Break, a closed console; core/StopRequest) stop the receiver, flush the
// store and exit 0. --forward-to URL (repeatable) forwards every stored event there as well (forward/Forwarder,
// one log line per outcome); what was queued and not sent is sent on the next start.
class HeadlessCommand
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommand)
public:
    static int run(QCoreApplication& app);
    // Keeps each URL as an enabled forward target of the store (one already there is switched on, not added twice).
    static bool addForwardTargets(EventStore& store, const QList<ForwardTarget>& targets, QString* error);
};
