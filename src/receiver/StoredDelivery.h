#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// A delivery that was committed to the store and answered 200.
struct StoredDelivery
{
    qint64 eventId = 0;
    QString uniqueId;
    QString businessId;
    bool duplicate = false; // another attempt of an event stored before
    bool stale = false; // older than the company's snapshot
    bool unrecognised = false; // JSON, but not readable as a company change: kept raw
};

Q_DECLARE_METATYPE(StoredDelivery)
