#pragma once

#include <QCoreApplication>

// `vainu-webhooks events replay --to URL [--id N ...| --since TIME | --business-id ID] [--data-dir DIR]`: sends
// stored events to a URL as Vainu sent them (forward/ReplayJob), one after another, one line per event. Exit 0 when
// every event got a 2xx, 1 otherwise (or on a storage error), 2 on a usage error.
class EventsReplayCommand
{
    Q_DECLARE_TR_FUNCTIONS(EventsReplayCommand)
public:
    static int run(QCoreApplication& app);
};
