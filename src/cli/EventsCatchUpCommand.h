#pragma once

#include <QCoreApplication>

// `vainu-webhooks events catch-up [--profile NAME | --base-url URL] [--data-dir DIR] [--json]`: compares
// every company the history has a snapshot of with Get Companies and records each change found as an
// event with origin `catch-up` (session/CatchUp). Prints how many companies were compared and how many
// changes were found; exit 1 on an API or storage error, with nothing recorded.
class EventsCatchUpCommand
{
    Q_DECLARE_TR_FUNCTIONS(EventsCatchUpCommand)
public:
    static int run(QCoreApplication& app);
    // The summary line the command prints, also used by the headless receiver's log.
    static QString summary(qint64 compared, qint64 changed);
};
