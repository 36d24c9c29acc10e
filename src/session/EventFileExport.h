#pragma once

#include "store/EventExport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class EventStore;

// Writes stored events to a file in one of EventExport's formats, all or nothing (QSaveFile). Blocking:
// run it on a reader thread (the Live events page's store reader) or from a command.
class EventFileExport
{
    Q_DECLARE_TR_FUNCTIONS(EventFileExport)
public:
    struct Result
    {
        qint64 count = 0;
        QString error; // translated; empty on success
    };

    // Test deliveries among ids are left out unless includeTests.
    static Result write(const EventStore& store, const QList<qint64>& ids, const QString& path,
                        EventExport::Format format, bool includeTests = false);
    // The format a file name asks for: CSV for *.csv (any letter case), JSON Lines otherwise.
    static EventExport::Format formatForPath(const QString& path);
};
