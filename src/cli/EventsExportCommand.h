#pragma once

#include <QCoreApplication>

// `vainu-webhooks events export --format jsonl|csv [--since TIME] [--data-dir DIR]`: writes the stored
// events (payload, arrival time, attempts, tries, changed fields) to stdout.
class EventsExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(EventsExportCommand)
public:
    static int run(QCoreApplication& app);
};
