#pragma once

#include <QCoreApplication>

// `vainu-webhooks events stats [--by day|hour|field|region|company|origin] [--since TIME] [--until TIME] [--utc]
// [--include-tests] [--data-dir DIR | --profile NAME] [--json]`: one row per bucket with its count (store/EventStats).
class EventsStatsCommand
{
    Q_DECLARE_TR_FUNCTIONS(EventsStatsCommand)
public:
    static int run(QCoreApplication& app);
};
