#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What the events commands share: reading --since, and finding the event history (--data-dir or the profile's).
class EventsHistory
{
    Q_DECLARE_TR_FUNCTIONS(EventsHistory)
public:
    // An ISO 8601 time or date (a date means its midnight); invalid when it is neither.
    static QDateTime parseSince(const QString& text);
    // The folder of the history: dataDir when set, else the profile's (the active one when profileName is empty).
    // Empty with *error set (a usage error) when there is none.
    static QString folder(const QString& dataDir, const QString& profileName, QString* error);
    // The history's database exists in the folder; otherwise *error says to run the receiver first.
    static bool exists(const QString& folder, QString* error);
};
