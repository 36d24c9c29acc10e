#pragma once

#include "core/EventHistoryReader.h"

#include <QList>
#include <QObject>

#include <memory>

// What the Live events models read: the history of deliveries, behind an interface so the models
// depend on core only. EventStore (src/store) is the implementation; its signals arrive queued in
// the history's thread, carrying ids in batches.
class EventHistory : public QObject
{
    Q_OBJECT
public:
    explicit EventHistory(QObject* parent = nullptr);
    ~EventHistory() override;

    virtual bool isOpen() const = 0;
    // A reader for the calling thread (see EventHistoryReader): call it on the thread that reads.
    virtual std::unique_ptr<EventHistoryReader> openReader() const = 0;
    // How much of the log of refused requests is kept (the Rejected view says so).
    virtual RejectedRetention rejectedRetention() const { return {}; }

signals:
    void eventsAppended(const QList<qint64>& ids); // new events, one signal per commit
    void eventsUpdated(const QList<qint64>& ids); // duplicates raised the attempt count
    void rejectedAppended(int count);
};
