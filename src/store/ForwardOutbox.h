#pragma once

#include "core/DeliveryOrigin.h"
#include "core/ForwardTarget.h"
#include "store/ForwardState.h"
#include "store/SqliteConnection.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class SqliteStatement;

// An open (pending or retrying) forward as the forwarder sees it; its turn comes when it is the oldest open
// forward of its company for its target and nextTryMs has passed.
struct DueForward
{
    qint64 forwardId = 0;
    qint64 eventId = 0;
    qint64 targetId = 0;
    QByteArray companyKey;
    int tries = 0;
    qint64 nextTryMs = 0; // ms since epoch
};

// What is sent for an event: the bytes and Content-Type Vainu sent, and the query string without the secret.
struct ForwardPayload
{
    qint64 eventId = 0;
    QByteArray body;
    QByteArray contentType; // empty when the delivery had none
    QByteArray query; // without '?' and without the receiver's secret parameter; empty when none
    DeliveryOrigin origin = DeliveryOrigin::Delivery;
    QString businessId;
};

// The read side of forwarding, on a read-only SQLite connection of its own (C API): use one object in one
// thread. Writes go through EventStore (its writer thread). The forwarder, replay jobs and the session's
// per-event states read through it.
class ForwardOutbox
{
public:
    explicit ForwardOutbox(QString databasePath);
    ~ForwardOutbox();
    ForwardOutbox(const ForwardOutbox&) = delete;
    ForwardOutbox& operator=(const ForwardOutbox&) = delete;

    bool targets(QList<ForwardTarget>* targets, QString* error);
    // The open forwards with ids above afterId, each (target, company)'s in id order, read in one snapshot, and
    // *lastId: the highest forward id read (afterId 0: the highest in the store), so that the next call reads only
    // what was queued since. afterId 0 reads them all (on the partial index forwards_open, not the history).
    bool openForwards(qint64 afterId, QList<DueForward>* open, qint64* lastId, QString* error);
    bool payload(qint64 eventId, ForwardPayload* payload, QString* error); // false with an empty error: no such event
    bool states(qint64 eventId, QList<ForwardState>* states, QString* error); // by target id
    bool counts(QHash<qint64, ForwardCounts>* counts, QString* error); // by target id
    // Ids of stored events (tests left out) for a replay: first arrival >= since (when valid) and of businessId
    // (when not empty), in arrival order.
    bool eventIds(const QDateTime& since, const QString& businessId, QList<qint64>* ids, QString* error);
    bool existingIds(const QList<qint64>& ids, QList<qint64>* existing, QString* error);

private:
    bool ensureOpen(QString* error);

    QString m_path;
    std::unique_ptr<SqliteConnection> m_connection;
    // Prepared once: the forwarder reads a payload for every send and what was queued on every look, and
    // preparing them each time cost more than running them. After m_connection, so they are finalized first.
    std::unique_ptr<SqliteStatement> m_payloadQuery;
    std::unique_ptr<SqliteStatement> m_newForwardsQuery;
};
