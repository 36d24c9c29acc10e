#pragma once

#include <QString>
#include <QStringList>

// What became of one submitted delivery. ok is true only after the transaction holding it committed.
struct StoreOutcome
{
    bool ok = false;
    qint64 eventId = 0;
    bool duplicate = false; // another attempt of an event already stored
    bool stale = false; // older than the company's snapshot; the snapshot was kept
    QStringList changedFields;
    QString error; // set when ok is false
    bool unrecognised = false; // stored raw: JSON, but not readable as a company change
    int recorded = 0; // a catch-up: the events it recorded
};
