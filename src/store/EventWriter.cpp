#include "store/EventWriter.h"

#include "core/FieldChange.h"
#include "store/CatchUpChanges.h"
#include "store/ForwardState.h"
#include "store/Schema.h"
#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"
#include "store/WalCheckpointer.h"

#include <QAbstractEventDispatcher>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStoreWriter, "vainu.store.writer")

namespace {

// The request headers as a JSON object with lower-case names (repeated headers joined with ", ").
// Written by hand rather than through QJsonObject: it runs once per delivery on the writer's hot path.
QByteArray headersJson(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QList<QPair<QByteArray, QByteArray>> merged;
    merged.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        const QByteArray key = name.toLower();
        auto same = std::find_if(merged.begin(), merged.end(), [&](const auto& entry) { return entry.first == key; });
        if (same == merged.end())
            merged.append({key, value});
        else if (same->second.isEmpty())
            same->second = value;
        else
            same->second += ", " + value;
    }
    // Sorted like QJsonObject's keys, so the text is the same as before this was hand-written.
    std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QByteArray out;
    out.reserve(32 * (merged.size() + 1));
    auto appendString = [&out](const QByteArray& text) {
        const bool plain = std::all_of(text.begin(), text.end(),
                                       [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; });
        if (plain) { // the usual case: printable ASCII needs no escaping
            out += '"' + text + '"';
            return;
        }
        // Anything else the way Qt escapes it (bytes read as UTF-8, invalid sequences become U+FFFD).
        const QByteArray quoted = QJsonDocument(QJsonArray {QString::fromUtf8(text)}).toJson(QJsonDocument::Compact);
        out += QByteArrayView(quoted).sliced(1, quoted.size() - 2);
    };
    out += '{';
    for (const auto& [key, value] : std::as_const(merged)) {
        if (out.size() > 1)
            out += ',';
        appendString(key);
        out += ':';
        appendString(value);
    }
    out += '}';
    return out;
}

// Called by SQLite after each COMMIT with the number of frames in the WAL. Replaces SQLite's
// automatic checkpoint (which copied the WAL into the database inside a COMMIT every 4000 pages,
// stalling the answers of a whole batch): a background thread checkpoints from 1000 frames on, and
// the writer itself only past 4000, when little is left to copy and the WAL can start over.
int onWalCommit(void* checkpointer, sqlite3* db, const char* databaseName, int frames)
{
    constexpr int backgroundFrames = 1000;
    constexpr int writerFrames = 4000;
    if (frames >= writerFrames)
        sqlite3_wal_checkpoint_v2(db, databaseName, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (frames >= backgroundFrames)
        static_cast<WalCheckpointer*>(checkpointer)->request();
    return SQLITE_OK;
}

} // namespace

// The statements of the writer's connection, prepared once and reused for every delivery.
class EventWriter::Batch
{
public:
    bool prepare(sqlite3* db, QString* error)
    {
        m_db = db;
        const std::pair<SqliteStatement*, const char*> statements[] = {
            {&m_begin, "BEGIN IMMEDIATE"},
            {&m_commit, "COMMIT"},
            {&m_rollback, "ROLLBACK"},
            // Another attempt of an earlier event: same record, same data, and more tries than that event
            // has seen; the most recent such event (a company going A -> B -> A has two events with A).
            {&m_findDuplicate,
             "SELECT id, changed_fields FROM events WHERE unique_id = ? AND data_hash = ? AND max_tries < ?"
             " AND origin = 'delivery' ORDER BY max_tries DESC, last_arrival DESC, id DESC LIMIT 1"},
            {&m_updateDuplicate,
             "UPDATE events SET attempts = attempts + 1, last_arrival = max(last_arrival, ?),"
             " max_tries = max(max_tries, ?) WHERE id = ?"},
            {&m_findSnapshot,
             "SELECT s.data, s.data_hash, s.event_id, s.arrival, e.origin = 'catch-up' FROM snapshots s"
             " LEFT JOIN events e ON e.id = s.event_id WHERE s.company_key = ?"},
            {&m_seenBefore, "SELECT 1 FROM events WHERE company_key = ? AND data_hash = ? AND id < ? LIMIT 1"},
            {&m_insertEvent,
             "INSERT INTO events (unique_id, data_hash, company_key, business_id, company_name, type, data,"
             " raw_body, remote_address, first_arrival, last_arrival, attempts, max_tries, stale, before_event,"
             " changed_fields, origin, problem, query) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, "
             "?)"},
            {&m_insertAttempt,
             "INSERT INTO attempts (event_id, arrival, number_of_tries, remote_address, headers,"
             " raw_body) VALUES (?, ?, ?, ?, ?, ?)"},
            {&m_upsertSnapshot,
             "INSERT INTO snapshots (company_key, data, data_hash, event_id, arrival) VALUES (?, ?, ?, ?, ?)"
             " ON CONFLICT (company_key) DO UPDATE SET data = excluded.data, data_hash = excluded.data_hash,"
             " event_id = excluded.event_id, arrival = excluded.arrival"},
            {&m_insertRejected,
             "INSERT INTO rejected (arrival, remote_address, method, path, status, reason,"
             " body_size, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
            {&m_pruneRejected, "DELETE FROM rejected WHERE id <= (SELECT max(id) FROM rejected) - ?"},
            // Forwarding (schema 4): the enabled targets' filters, a new event's forwards, the forwarder's results.
            {&m_loadTargets, "SELECT id, filter FROM forward_targets WHERE enabled = 1 ORDER BY id"},
            {&m_insertForward,
             "INSERT INTO forwards (event_id, target_id, company_key, state, tries, next_try)"
             " VALUES (?, ?, ?, 'pending', 0, ?)"},
            {&m_insertTarget,
             "INSERT INTO forward_targets (url, enabled, paused, headers, filter, timeout_ms, send_query, created)"
             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"},
            {&m_updateTarget,
             "UPDATE forward_targets SET url = ?, enabled = ?, paused = ?, headers = ?, filter = ?, timeout_ms = ?,"
             " send_query = ? WHERE id = ?"},
            {&m_deleteTargetForwards, "DELETE FROM forwards WHERE target_id = ?"},
            {&m_deleteTarget, "DELETE FROM forward_targets WHERE id = ?"},
            {&m_recordForward,
             "UPDATE forwards SET state = ?, tries = ?, next_try = ?, last_status = ?, last_error = ?,"
             " response_body = ?, delivered_at = ?, duration_ms = ? WHERE id = ? AND state IN ('pending', 'retrying')"},
            // A failed forward fails the company's later open forwards to that target with it: sent later,
            // they would arrive out of order. Retry failed queues them all again, in order.
            {&m_failLater,
             "UPDATE forwards SET state = 'failed', last_error = ?1 WHERE state IN ('pending', 'retrying') AND id > ?2"
             " AND target_id = (SELECT target_id FROM forwards WHERE id = ?2)"
             " AND company_key = (SELECT company_key FROM forwards WHERE id = ?2)"},
            {&m_retryFailed,
             "UPDATE forwards SET state = 'pending', tries = 0, next_try = ? WHERE state = 'failed'"
             " AND (? = 0 OR target_id = ?)"},
            // Drops every row older than the newest body that no longer fits (the newest is always kept).
            {&m_pruneRejectedBodies,
             "DELETE FROM rejected WHERE id <= (SELECT max(id) FROM (SELECT id, length(body) AS size,"
             " sum(length(body)) OVER (ORDER BY id DESC) AS kept FROM rejected WHERE body IS NOT NULL)"
             " WHERE kept > ? AND kept > size)"},
        };
        for (const auto& [statement, sql] : statements) {
            if (!statement->prepare(db, sql, error))
                return false;
        }
        return true;
    }

    bool begin(QString* error) { return run(m_begin, error); }
    bool commit(QString* error) { return run(m_commit, error); }
    void rollback()
    {
        QString ignored;
        run(m_rollback, &ignored);
        m_snapshots.clear(); // it may hold snapshots of the transaction just undone
    }

    StoreOutcome store(const IncomingDelivery& delivery, const StalePolicy& policy, bool* isNew)
    {
        if (delivery.origin == DeliveryOrigin::Unrecognised || delivery.origin == DeliveryOrigin::Test)
            return storeUnrecognised(delivery, isNew);
        StoreOutcome outcome;
        const CompanyChange& change = delivery.change;
        // data is serialised once: its canonical compact form is both the stored text and the input
        // of the dedupe hash (the same as CompanyChange::dataHash(), which serialises it again).
        const QByteArray data = QJsonDocument(change.data).toJson(QJsonDocument::Compact);
        const QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        const qint64 arrival
            = delivery.arrival.isValid() ? delivery.arrival.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
        const QByteArray headers = headersJson(delivery.headers);
        const QByteArray uniqueId = change.uniqueId.toUtf8();
        const QByteArray remoteAddress = delivery.remoteAddress.toUtf8();

        const QString businessId = change.businessId();
        const QByteArray companyKey = (businessId.isEmpty() ? u"unique_id:"_s + change.uniqueId : businessId).toUtf8();
        // A first attempt (number_of_tries 1) is always a new event: no lookup needed.
        SqliteStatement::Step step = SqliteStatement::Step::Done;
        if (change.numberOfTries > 1) {
            m_findDuplicate.bindText(1, uniqueId);
            m_findDuplicate.bindText(2, hash);
            m_findDuplicate.bind(3, change.numberOfTries);
            step = m_findDuplicate.step();
            if (step == SqliteStatement::Step::Error)
                return fail(m_findDuplicate);
        }
        if (step == SqliteStatement::Step::Row) {
            outcome.eventId = m_findDuplicate.columnInt64(0);
            outcome.changedFields = QString::fromUtf8(m_findDuplicate.columnBytes(1)).split(u',', Qt::SkipEmptyParts);
            m_findDuplicate.reset();
            m_updateDuplicate.bind(1, arrival);
            m_updateDuplicate.bind(2, change.numberOfTries);
            m_updateDuplicate.bind(3, outcome.eventId);
            if (m_updateDuplicate.step() != SqliteStatement::Step::Done)
                return fail(m_updateDuplicate);
            m_updateDuplicate.reset();
            if (!addAttempt(outcome.eventId, arrival, delivery, remoteAddress, headers, delivery.rawBody))
                return fail(m_insertAttempt);
            // A late attempt of an event the company has moved on from: it changes nothing.
            Snapshot snapshot;
            if (!findSnapshot(companyKey, &snapshot))
                return fail(m_findSnapshot);
            outcome.stale = snapshot.eventId > 0 && snapshot.eventId != outcome.eventId;
            outcome.duplicate = true;
            outcome.ok = true;
            *isNew = false;
            return outcome;
        }
        m_findDuplicate.reset();

        Snapshot snapshot;
        if (!findSnapshot(companyKey, &snapshot))
            return fail(m_findSnapshot);
        const bool hasBefore = snapshot.eventId > 0;
        // Vainu's late delivery of a change that catching up already recorded: another attempt of that
        // event, not a second diff of the same change.
        if (snapshot.caughtUp && diffCompanyData(snapshot.data, change.data).isEmpty())
            return joinCatchUp(snapshot.eventId, arrival, delivery, remoteAddress, headers, isNew);

        if (hasBefore && snapshot.hash != hash && change.numberOfTries > 1) {
            m_seenBefore.bindText(1, companyKey);
            m_seenBefore.bindText(2, hash);
            m_seenBefore.bind(3, snapshot.eventId);
            step = m_seenBefore.step();
            if (step == SqliteStatement::Step::Error)
                return fail(m_seenBefore);
            const bool seen = step == SqliteStatement::Step::Row;
            m_seenBefore.reset();
            outcome.stale = policy.isStale(change.numberOfTries, seen, snapshot.arrival, arrival);
        }

        for (const FieldChange& fieldChange : diffCompanyData(snapshot.data, change.data))
            outcome.changedFields.append(fieldChange.field);

        const QByteArray businessIdText = businessId.toUtf8();
        const QByteArray companyName = change.companyName().toUtf8();
        const QByteArray type = change.type.toUtf8();
        const QByteArray changedFields = outcome.changedFields.join(u',').toUtf8();
        m_insertEvent.bindText(1, uniqueId);
        m_insertEvent.bindText(2, hash);
        m_insertEvent.bindText(3, companyKey);
        m_insertEvent.bindText(4, businessIdText);
        m_insertEvent.bindText(5, companyName);
        m_insertEvent.bindText(6, type);
        m_insertEvent.bindText(7, data);
        m_insertEvent.bindBlob(8, delivery.rawBody);
        m_insertEvent.bindText(9, remoteAddress);
        m_insertEvent.bind(10, arrival);
        m_insertEvent.bind(11, arrival);
        m_insertEvent.bind(12, change.numberOfTries);
        m_insertEvent.bind(13, outcome.stale ? 1 : 0);
        bindBeforeEvent(snapshot.eventId); // NULL when the company had no snapshot
        m_insertEvent.bindText(15, changedFields);
        m_insertEvent.bindText(16, QByteArrayLiteral("delivery"));
        m_insertEvent.bindNull(17);
        m_insertEvent.bindText(18, delivery.query.isEmpty() ? QByteArray() : delivery.query);
        if (m_insertEvent.step() != SqliteStatement::Step::Done)
            return fail(m_insertEvent);
        m_insertEvent.reset();
        outcome.eventId = sqlite3_last_insert_rowid(m_db);
        if (!queueForwards(outcome.eventId, companyKey, businessId, outcome.changedFields, DeliveryOrigin::Delivery,
                           arrival))
            return fail(m_insertForward);
        // The first attempt's body is the event's own: an empty blob says so (see Schema).
        if (!addAttempt(outcome.eventId, arrival, delivery, remoteAddress, headers, QByteArray("")))
            return fail(m_insertAttempt);

        if (!outcome.stale) {
            m_upsertSnapshot.bindText(1, companyKey);
            m_upsertSnapshot.bindText(2, data);
            m_upsertSnapshot.bindText(3, hash);
            m_upsertSnapshot.bind(4, outcome.eventId);
            m_upsertSnapshot.bind(5, arrival);
            if (m_upsertSnapshot.step() != SqliteStatement::Step::Done)
                return fail(m_upsertSnapshot);
            m_upsertSnapshot.reset();
            rememberSnapshot(companyKey, Snapshot {data, change.data, hash, outcome.eventId, arrival});
        }
        outcome.ok = true;
        *isNew = true;
        return outcome;
    }

    // Records the changes of a catch-up run. A company whose snapshot moved since it was compared (a
    // delivery arrived meanwhile) is left alone: the delivery is newer news than the comparison.
    StoreOutcome storeCatchUp(const QString& changesFile, const QString& source, QList<qint64>* newIds)
    {
        StoreOutcome outcome;
        const qint64 arrival = QDateTime::currentMSecsSinceEpoch();
        const QByteArray sourceText = source.toUtf8();
        QString failure;
        const bool read = CatchUpChanges::read(
            changesFile,
            [&](const CatchUpChange& change) {
                const QByteArray companyKey = change.companyKey.toUtf8();
                Snapshot snapshot;
                if (!findSnapshot(companyKey, &snapshot)) {
                    failure = fail(m_findSnapshot).error;
                    return false;
                }
                if (snapshot.eventId != change.snapshotEventId)
                    return true;
                QStringList changedFields;
                for (const FieldChange& fieldChange : diffCompanyData(snapshot.data, change.data))
                    changedFields.append(fieldChange.field);
                if (changedFields.isEmpty())
                    return true;
                const QByteArray data = QJsonDocument(change.data).toJson(QJsonDocument::Compact);
                const QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
                const QByteArray uniqueId = change.uniqueId.toUtf8();
                // Bound without a copy (SqliteStatement::bindText), so they live until the step below.
                const QByteArray companyName = change.data.value(u"company_name"_s).toString().toUtf8();
                const QByteArray changedFieldsText = changedFields.join(u',').toUtf8();
                // The body Vainu would have delivered, so the event reads, exports and replays like any other.
                const QByteArray body = QJsonDocument(QJsonObject {{u"data"_s, change.data},
                                                                   {u"type"_s, u"company_change_webhook"_s},
                                                                   {u"unique_id"_s, change.uniqueId}})
                                            .toJson(QJsonDocument::Compact);
                m_insertEvent.bindText(1, uniqueId);
                m_insertEvent.bindText(2, hash);
                m_insertEvent.bindText(3, companyKey);
                m_insertEvent.bindText(4, companyKey);
                m_insertEvent.bindText(5, companyName);
                m_insertEvent.bindText(6, QByteArrayLiteral("company_change_webhook"));
                m_insertEvent.bindText(7, data);
                m_insertEvent.bindBlob(8, body);
                m_insertEvent.bindText(9, sourceText);
                m_insertEvent.bind(10, arrival);
                m_insertEvent.bind(11, arrival);
                m_insertEvent.bind(12, 0); // no delivery attempt: any try of Vainu's counts as more
                m_insertEvent.bind(13, 0);
                bindBeforeEvent(snapshot.eventId);
                m_insertEvent.bindText(15, changedFieldsText);
                m_insertEvent.bindText(16, QByteArrayLiteral("catch-up"));
                m_insertEvent.bindNull(17);
                m_insertEvent.bindNull(18);
                if (m_insertEvent.step() != SqliteStatement::Step::Done) {
                    failure = fail(m_insertEvent).error;
                    return false;
                }
                m_insertEvent.reset();
                const qint64 eventId = sqlite3_last_insert_rowid(m_db);
                if (!queueForwards(eventId, companyKey, change.companyKey, changedFields, DeliveryOrigin::CatchUp,
                                   arrival)) {
                    failure = fail(m_insertForward).error;
                    return false;
                }
                m_insertAttempt.bind(1, eventId);
                m_insertAttempt.bind(2, arrival);
                m_insertAttempt.bind(3, 0);
                m_insertAttempt.bindText(4, sourceText);
                m_insertAttempt.bindText(5, QByteArrayLiteral("{}"));
                m_insertAttempt.bindBlob(6, QByteArray(""));
                if (m_insertAttempt.step() != SqliteStatement::Step::Done) {
                    failure = fail(m_insertAttempt).error;
                    return false;
                }
                m_insertAttempt.reset();
                m_upsertSnapshot.bindText(1, companyKey);
                m_upsertSnapshot.bindText(2, data);
                m_upsertSnapshot.bindText(3, hash);
                m_upsertSnapshot.bind(4, eventId);
                m_upsertSnapshot.bind(5, arrival);
                if (m_upsertSnapshot.step() != SqliteStatement::Step::Done) {
                    failure = fail(m_upsertSnapshot).error;
                    return false;
                }
                m_upsertSnapshot.reset();
                rememberSnapshot(companyKey, Snapshot {data, change.data, hash, eventId, arrival, true});
                newIds->append(eventId);
                ++outcome.recorded;
                return true;
            },
            &failure);
        if (!read || !failure.isEmpty()) {
            outcome.error = failure;
            return outcome;
        }
        outcome.ok = true;
        return outcome;
    }

    bool storeRejected(const RejectedRequest& rejected, QString* error)
    {
        const QByteArray remoteAddress = rejected.remoteAddress.toUtf8();
        const QByteArray method = rejected.method.toUtf8();
        const QByteArray path = rejected.path.toUtf8();
        const QByteArray reason = rejected.reason.toUtf8();
        m_insertRejected.bind(
            1, rejected.arrival.isValid() ? rejected.arrival.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
        m_insertRejected.bindText(2, remoteAddress);
        m_insertRejected.bindText(3, method);
        m_insertRejected.bindText(4, path);
        m_insertRejected.bind(5, rejected.status);
        m_insertRejected.bindText(6, reason);
        m_insertRejected.bind(7, rejected.bodySize);
        if (rejected.hasKeptBody())
            m_insertRejected.bindBlob(8, rejected.body.isNull() ? QByteArray("") : rejected.body);
        else
            m_insertRejected.bindNull(8);
        return run(m_insertRejected, error);
    }

    // Once per batch that logged refusals, so the limits hold after every commit.
    bool pruneRejected(const RejectedRetention& retention, bool keptBodies, QString* error)
    {
        m_pruneRejected.bind(1, qMax(1, retention.rows));
        if (!run(m_pruneRejected, error))
            return false;
        if (!keptBodies)
            return true;
        m_pruneRejectedBodies.bind(1, qMax<qint64>(0, retention.bodyBytes));
        return run(m_pruneRejectedBodies, error);
    }

    // The enabled targets' filters, read again after a batch that changed targets.
    bool loadTargets(QString* error)
    {
        m_targets.clear();
        for (;;) {
            const SqliteStatement::Step step = m_loadTargets.step();
            if (step == SqliteStatement::Step::Error) {
                *error = m_loadTargets.errorMessage();
                m_loadTargets.reset();
                return false;
            }
            if (step == SqliteStatement::Step::Done)
                break;
            ForwardTarget target;
            target.id = m_loadTargets.columnInt64(0);
            target.filter = ForwardFilter::fromJson(QJsonDocument::fromJson(m_loadTargets.columnBytes(1)).object());
            m_targets.append(target);
        }
        m_loadTargets.reset();
        return true;
    }

    StoreOutcome saveTarget(const ForwardTarget& target)
    {
        QJsonArray headerPairs;
        for (const auto& [name, value] : target.headers)
            headerPairs.append(QJsonArray {QString::fromUtf8(name), QString::fromUtf8(value)});
        const QByteArray url = target.url.toString(QUrl::FullyEncoded).toUtf8();
        const QByteArray headers = QJsonDocument(headerPairs).toJson(QJsonDocument::Compact);
        const QByteArray filter = QJsonDocument(target.filter.toJson()).toJson(QJsonDocument::Compact);
        SqliteStatement& statement = target.id > 0 ? m_updateTarget : m_insertTarget;
        statement.bindText(1, url);
        statement.bind(2, target.enabled ? 1 : 0);
        statement.bind(3, target.paused ? 1 : 0);
        statement.bindText(4, headers);
        statement.bindText(5, filter);
        statement.bind(6, target.timeoutMs);
        statement.bind(7, target.sendQuery ? 1 : 0);
        statement.bind(8, target.id > 0 ? target.id : QDateTime::currentMSecsSinceEpoch());
        if (statement.step() != SqliteStatement::Step::Done)
            return fail(statement);
        statement.reset();
        StoreOutcome outcome; // eventId 0: the target to update no longer exists (not a failure of the batch)
        outcome.eventId = target.id > 0 ? (sqlite3_changes(m_db) > 0 ? target.id : 0) : sqlite3_last_insert_rowid(m_db);
        outcome.ok = true;
        return outcome;
    }

    StoreOutcome removeTarget(qint64 targetId)
    {
        m_deleteTargetForwards.bind(1, targetId);
        if (m_deleteTargetForwards.step() != SqliteStatement::Step::Done)
            return fail(m_deleteTargetForwards);
        m_deleteTargetForwards.reset();
        m_deleteTarget.bind(1, targetId);
        if (m_deleteTarget.step() != SqliteStatement::Step::Done)
            return fail(m_deleteTarget);
        m_deleteTarget.reset();
        StoreOutcome outcome;
        outcome.ok = true;
        outcome.eventId = targetId;
        return outcome;
    }

    StoreOutcome recordForwards(const QList<ForwardResult>& results)
    {
        StoreOutcome outcome;
        const QByteArray heldBack = EventWriter::tr("Not sent: an earlier event of this company failed.").toUtf8();
        for (const ForwardResult& result : results) {
            const QByteArray state = ForwardState::toText(result.state);
            const QByteArray error = result.error.isEmpty() ? QByteArray() : result.error.toUtf8();
            m_recordForward.bindText(1, state);
            m_recordForward.bind(2, result.tries);
            m_recordForward.bind(3, result.nextTryMs);
            m_recordForward.bind(4, result.status);
            m_recordForward.bindText(5, error);
            if (result.state == ForwardState::State::Delivered)
                m_recordForward.bind(7, result.finishedMs);
            else
                m_recordForward.bindNull(7);
            m_recordForward.bind(8, result.durationMs);
            m_recordForward.bind(9, result.forwardId);
            // A local: a bound blob must live until the step.
            const QByteArray body = result.responseBody.left(ForwardState::maxResponseBody);
            m_recordForward.bindBlob(6, body);
            if (m_recordForward.step() != SqliteStatement::Step::Done)
                return fail(m_recordForward);
            m_recordForward.reset();
            if (result.state == ForwardState::State::Failed) {
                m_failLater.bindText(1, heldBack);
                m_failLater.bind(2, result.forwardId);
                if (m_failLater.step() != SqliteStatement::Step::Done)
                    return fail(m_failLater);
                m_failLater.reset();
            }
            ++outcome.recorded;
        }
        outcome.ok = true;
        return outcome;
    }

    StoreOutcome retryFailed(qint64 targetId)
    {
        m_retryFailed.bind(1, QDateTime::currentMSecsSinceEpoch());
        m_retryFailed.bind(2, targetId);
        m_retryFailed.bind(3, targetId);
        if (m_retryFailed.step() != SqliteStatement::Step::Done)
            return fail(m_retryFailed);
        m_retryFailed.reset();
        StoreOutcome outcome;
        outcome.ok = true;
        outcome.recorded = sqlite3_changes(m_db);
        return outcome;
    }

private:
    // Queues a new event's forwards, in the transaction that stores it, to every enabled target it matches.
    bool queueForwards(qint64 eventId, const QByteArray& companyKey, const QString& businessId,
                       const QStringList& changedFields, DeliveryOrigin origin, qint64 arrival)
    {
        for (const ForwardTarget& target : std::as_const(m_targets)) {
            if (!target.matches(businessId, changedFields, origin))
                continue;
            m_insertForward.bind(1, eventId);
            m_insertForward.bind(2, target.id);
            m_insertForward.bindText(3, companyKey);
            m_insertForward.bind(4, arrival);
            if (m_insertForward.step() != SqliteStatement::Step::Done)
                return false;
            m_insertForward.reset();
        }
        return true;
    }

    // A JSON body that is not a company change, or a test delivery: its own event, kept raw, never a
    // duplicate and never part of a company's state (no snapshot, no timeline: its company_key is its
    // origin). data_hash is the body's hash, so the row looks like any other.
    StoreOutcome storeUnrecognised(const IncomingDelivery& delivery, bool* isNew)
    {
        StoreOutcome outcome;
        const QByteArray hash = QCryptographicHash::hash(delivery.rawBody, QCryptographicHash::Sha256).toHex();
        const qint64 arrival
            = delivery.arrival.isValid() ? delivery.arrival.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
        const QByteArray uniqueId = delivery.change.uniqueId.toUtf8();
        const QByteArray remoteAddress = delivery.remoteAddress.toUtf8();
        const QByteArray headers = headersJson(delivery.headers);
        const QByteArray problem = delivery.problem.toUtf8();
        m_insertEvent.bindText(1, uniqueId.isNull() ? QByteArray("") : uniqueId);
        m_insertEvent.bindText(2, hash);
        const QByteArray origin = DeliveryOrigins::toText(delivery.origin).toLatin1();
        m_insertEvent.bindText(3, origin);
        m_insertEvent.bindNull(4);
        m_insertEvent.bindNull(5);
        m_insertEvent.bindNull(6);
        m_insertEvent.bindText(7, QByteArrayLiteral("{}"));
        m_insertEvent.bindBlob(8, delivery.rawBody.isNull() ? QByteArray("") : delivery.rawBody);
        m_insertEvent.bindText(9, remoteAddress);
        m_insertEvent.bind(10, arrival);
        m_insertEvent.bind(11, arrival);
        m_insertEvent.bind(12, 1);
        m_insertEvent.bind(13, 0);
        m_insertEvent.bindNull(14);
        m_insertEvent.bindText(15, QByteArray(""));
        m_insertEvent.bindText(16, origin);
        m_insertEvent.bindText(17, problem);
        m_insertEvent.bindText(18, delivery.query.isEmpty() ? QByteArray() : delivery.query);
        if (m_insertEvent.step() != SqliteStatement::Step::Done)
            return fail(m_insertEvent);
        m_insertEvent.reset();
        outcome.eventId = sqlite3_last_insert_rowid(m_db);
        if (!queueForwards(outcome.eventId, origin, QString(), {}, delivery.origin, arrival))
            return fail(m_insertForward);
        if (!addAttempt(outcome.eventId, arrival, delivery, remoteAddress, headers, QByteArray("")))
            return fail(m_insertAttempt);
        outcome.unrecognised = delivery.origin == DeliveryOrigin::Unrecognised;
        outcome.ok = true;
        *isNew = true;
        return outcome;
    }

    StoreOutcome joinCatchUp(qint64 eventId, qint64 arrival, const IncomingDelivery& delivery,
                             const QByteArray& remoteAddress, const QByteArray& headers, bool* isNew)
    {
        StoreOutcome outcome;
        m_updateDuplicate.bind(1, arrival);
        m_updateDuplicate.bind(2, delivery.change.numberOfTries);
        m_updateDuplicate.bind(3, eventId);
        if (m_updateDuplicate.step() != SqliteStatement::Step::Done)
            return fail(m_updateDuplicate);
        m_updateDuplicate.reset();
        if (!addAttempt(eventId, arrival, delivery, remoteAddress, headers,
                        delivery.rawBody.isNull() ? QByteArray("") : delivery.rawBody))
            return fail(m_insertAttempt);
        outcome.eventId = eventId;
        outcome.duplicate = true;
        outcome.ok = true;
        *isNew = false;
        return outcome;
    }

    // The event whose data a new event was compared with (see Schema, 4 -> 5).
    void bindBeforeEvent(qint64 snapshotEventId)
    {
        if (snapshotEventId > 0)
            m_insertEvent.bind(14, snapshotEventId);
        else
            m_insertEvent.bindNull(14);
    }

    // A company's last known state, as the snapshots table holds it.
    struct Snapshot
    {
        QByteArray dataText; // compact JSON, as stored
        QJsonObject data;
        QByteArray hash;
        qint64 eventId = 0; // 0: the company has no snapshot yet
        qint64 arrival = 0;
        bool caughtUp = false; // set by a catch-up event, not by a delivery
    };

    // The writer is the only one writing snapshots, so it keeps the recent ones in memory: reading
    // and parsing the previous state back from SQLite was a good part of each delivery's cost.
    bool findSnapshot(const QByteArray& companyKey, Snapshot* snapshot)
    {
        if (const auto cached = m_snapshots.constFind(companyKey); cached != m_snapshots.cend()) {
            *snapshot = *cached;
            return true;
        }
        m_findSnapshot.bindText(1, companyKey);
        const SqliteStatement::Step step = m_findSnapshot.step();
        if (step == SqliteStatement::Step::Error)
            return false;
        if (step == SqliteStatement::Step::Row) {
            snapshot->dataText = m_findSnapshot.columnBytes(0);
            snapshot->data = QJsonDocument::fromJson(snapshot->dataText).object();
            snapshot->hash = m_findSnapshot.columnBytes(1);
            snapshot->eventId = m_findSnapshot.columnInt64(2);
            snapshot->arrival = m_findSnapshot.columnInt64(3);
            snapshot->caughtUp = m_findSnapshot.columnInt64(4) != 0;
            rememberSnapshot(companyKey, *snapshot);
        }
        m_findSnapshot.reset();
        return true;
    }

    void rememberSnapshot(const QByteArray& companyKey, Snapshot snapshot)
    {
        constexpr qsizetype maxCachedSnapshots = 20000; // a few tens of MB at most
        if (m_snapshots.size() >= maxCachedSnapshots && !m_snapshots.contains(companyKey))
            m_snapshots.clear();
        m_snapshots.insert(companyKey, std::move(snapshot));
    }

    bool addAttempt(qint64 eventId, qint64 arrival, const IncomingDelivery& delivery, const QByteArray& remoteAddress,
                    const QByteArray& headers, const QByteArray& rawBody)
    {
        m_insertAttempt.bind(1, eventId);
        m_insertAttempt.bind(2, arrival);
        m_insertAttempt.bind(3, delivery.change.numberOfTries);
        m_insertAttempt.bindText(4, remoteAddress);
        m_insertAttempt.bindText(5, headers);
        m_insertAttempt.bindBlob(6, rawBody);
        const bool done = m_insertAttempt.step() == SqliteStatement::Step::Done;
        if (done)
            m_insertAttempt.reset();
        return done;
    }

    // Runs a statement that returns no rows.
    static bool run(SqliteStatement& statement, QString* error)
    {
        const bool done = statement.step() == SqliteStatement::Step::Done;
        if (!done)
            *error = statement.errorMessage();
        statement.reset();
        return done;
    }

    // Takes the error message, then resets the statement for the next transaction.
    static StoreOutcome fail(SqliteStatement& statement)
    {
        StoreOutcome outcome;
        outcome.error = statement.errorMessage();
        statement.reset();
        return outcome;
    }

    sqlite3* m_db = nullptr;
    QHash<QByteArray, Snapshot> m_snapshots;
    QList<ForwardTarget> m_targets; // enabled ones: id and filter
    SqliteStatement m_loadTargets, m_insertForward, m_insertTarget, m_updateTarget, m_deleteTargetForwards,
        m_deleteTarget, m_recordForward, m_failLater, m_retryFailed;
    SqliteStatement m_begin, m_commit, m_rollback, m_findDuplicate, m_updateDuplicate, m_findSnapshot, m_seenBefore,
        m_insertEvent, m_insertAttempt, m_upsertSnapshot, m_insertRejected, m_pruneRejected, m_pruneRejectedBodies;
};

EventWriter::EventWriter(StoreOptions options, QString databasePath, QObject* parent)
    : QThread(parent)
    , m_options(std::move(options))
    , m_databasePath(std::move(databasePath))
{
    setObjectName(u"EventWriter"_s);
}

EventWriter::~EventWriter()
{
    stop();
    wait();
}

void EventWriter::submit(IncomingDelivery delivery, QObject* context, Completion completion)
{
    enqueue(DeliveryJob {std::move(delivery), QPointer<QObject>(context), std::move(completion)});
}

void EventWriter::submitRejected(RejectedRequest rejected, QObject* context, Completion completion)
{
    enqueue(RejectedJob {std::move(rejected), QPointer<QObject>(context), std::move(completion)});
}

void EventWriter::submitCatchUp(QString changesFile, QString source, QObject* context, Completion completion)
{
    enqueue(CatchUpJob {std::move(changesFile), std::move(source), QPointer<QObject>(context), std::move(completion)});
}

void EventWriter::submitForward(ForwardChange change, QObject* context, Completion completion)
{
    enqueue(ForwardJob {std::move(change), QPointer<QObject>(context), std::move(completion)});
}

std::pair<QPointer<QObject>*, EventWriter::Completion*> EventWriter::waiterOf(Job& job)
{
    return std::visit([](auto& anyJob) { return std::pair {&anyJob.context, &anyJob.completion}; }, job);
}

void EventWriter::enqueue(Job job)
{
    QMutexLocker locker(&m_mutex);
    if (m_stopping || !m_openError.isEmpty()) {
        locker.unlock();
        auto [context, completion] = waiterOf(job);
        if (*context && *completion) {
            StoreOutcome outcome;
            outcome.error = m_openError.isEmpty() ? tr("The event store is closed.") : m_openError;
            QMetaObject::invokeMethod(
                context->data(), [completion = std::move(*completion), outcome] { completion(outcome); },
                Qt::QueuedConnection);
        }
        return;
    }
    m_queue.push_back(std::move(job));
    ++m_submitted;
    m_workAvailable.wakeOne();
}

bool EventWriter::flush(int timeoutMs)
{
    QMutexLocker locker(&m_mutex);
    const quint64 target = m_submitted;
    QDeadlineTimer deadline(timeoutMs);
    while (m_done < target && isRunning()) {
        if (!m_progress.wait(&m_mutex, deadline))
            return false;
    }
    return m_done >= target;
}

void EventWriter::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopping = true;
    m_workAvailable.wakeAll();
}

bool EventWriter::waitUntilReady(QString* error)
{
    QMutexLocker locker(&m_mutex);
    while (!m_ready)
        m_progress.wait(&m_mutex);
    if (!m_openError.isEmpty()) {
        *error = m_openError;
        return false;
    }
    return true;
}

void EventWriter::post(QThread* thread, QList<Ready> ready)
{
    // The thread's event dispatcher is a QObject living in that thread: the batch runs there.
    if (QObject* dispatcher = QAbstractEventDispatcher::instance(thread)) {
        QMetaObject::invokeMethod(
            dispatcher,
            [ready = std::move(ready)] {
                for (const Ready& item : ready) {
                    // Dropped when the context is gone (the connection closed) or moved away meanwhile.
                    if (item.context && item.context->thread() == QThread::currentThread())
                        item.completion(item.outcome);
                }
            },
            Qt::QueuedConnection);
        return;
    }
    for (Ready& item : ready) { // a thread without an event loop yet: one event per completion
        if (item.context)
            QMetaObject::invokeMethod(
                item.context.data(),
                [completion = std::move(item.completion), outcome = std::move(item.outcome)] { completion(outcome); },
                Qt::QueuedConnection);
    }
}

void EventWriter::run()
{
    // One connection creates the file, switches it to WAL, migrates the schema and then writes
    // through prepared statements (see SqliteStatement for why).
    QString error;
    SqliteConnection connection;
    Batch batch; // declared after the connection: its statements are finalized first
    if (connection.open(m_databasePath, m_options, &error)) {
        if (!Schema::migrate(connection, &error) && error.isEmpty())
            error = tr("The event database could not be prepared.");
        if (error.isEmpty() && batch.prepare(connection.handle(), &error))
            batch.loadTargets(&error);
    }
    {
        QMutexLocker locker(&m_mutex);
        m_openError = error;
        m_ready = true;
        m_progress.wakeAll();
    }
    if (!error.isEmpty()) {
        qCWarning(lcStoreWriter) << "cannot open the event store:" << error;
        // Fail whatever was queued before the error became known.
        QMutexLocker locker(&m_mutex);
        std::deque<Job> orphaned;
        orphaned.swap(m_queue);
        m_done = m_submitted;
        m_progress.wakeAll();
        locker.unlock();
        for (Job& job : orphaned) {
            auto [context, completion] = waiterOf(job);
            if (context && *context && *completion) {
                StoreOutcome outcome;
                outcome.error = error;
                QMetaObject::invokeMethod(
                    context->data(), [completion = std::move(*completion), outcome] { completion(outcome); },
                    Qt::QueuedConnection);
            }
        }
        return;
    }
    WalCheckpointer checkpointer(m_options, m_databasePath); // stopped before the connection closes
    checkpointer.start();
    sqlite3_wal_hook(connection.handle(), onWalCommit, &checkpointer);
    // After open() returned: the window is not held while a long history gets a new index; what is submitted
    // meanwhile waits for it (once, after an upgrade).
    QElapsedTimer indexing;
    indexing.start();
    QString indexError;
    if (!Schema::ensureReadIndexes(connection, &indexError))
        qCWarning(lcStoreWriter) << "could not build an index (reads stay slower):" << indexError;
    else if (indexing.elapsed() > 100)
        qCInfo(lcStoreWriter) << "indexes built in" << indexing.elapsed() << "ms";

    for (;;) {
        // No timer and no waiting for a batch to fill: a round starts as soon as anything is queued,
        // and whatever arrives while a COMMIT (its fsync) is in progress forms the next batch.
        std::vector<Job> jobs;
        {
            QMutexLocker locker(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_workAvailable.wait(&m_mutex);
            if (m_queue.empty() && m_stopping)
                break;
            const size_t count = qMin<size_t>(m_queue.size(), size_t(qMax(1, m_options.maxBatch)));
            jobs.reserve(count);
            for (size_t i = 0; i < count; ++i) {
                jobs.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }

        QList<StoreOutcome> outcomes;
        outcomes.reserve(qsizetype(jobs.size()));
        QList<qint64> newIds;
        QList<qint64> updatedIds;
        int rejectedCount = 0;
        bool keptBodies = false;
        bool targetsChanged = false;
        QString failure;
        batch.begin(&failure);
        for (size_t i = 0; i < jobs.size() && failure.isEmpty(); ++i) {
            if (auto* deliveryJob = std::get_if<DeliveryJob>(&jobs[i])) {
                bool isNew = false;
                StoreOutcome outcome = batch.store(deliveryJob->delivery, m_options.stalePolicy, &isNew);
                if (!outcome.ok) {
                    failure = outcome.error;
                    break;
                }
                (isNew ? newIds : updatedIds).append(outcome.eventId);
                outcomes.append(outcome);
            } else if (auto* forwardJob = std::get_if<ForwardJob>(&jobs[i])) {
                const ForwardChange& change = forwardJob->change;
                StoreOutcome outcome;
                switch (change.kind) {
                case ForwardChange::Kind::SaveTarget:
                    outcome = batch.saveTarget(change.target);
                    targetsChanged = true;
                    break;
                case ForwardChange::Kind::RemoveTarget:
                    outcome = batch.removeTarget(change.targetId);
                    targetsChanged = true;
                    break;
                case ForwardChange::Kind::RecordResults:
                    outcome = batch.recordForwards(change.results);
                    break;
                case ForwardChange::Kind::RetryFailed:
                    outcome = batch.retryFailed(change.targetId);
                    break;
                }
                if (!outcome.ok) {
                    failure = outcome.error;
                    break;
                }
                outcomes.append(outcome);
            } else if (auto* catchUpJob = std::get_if<CatchUpJob>(&jobs[i])) {
                StoreOutcome outcome = batch.storeCatchUp(catchUpJob->changesFile, catchUpJob->source, &newIds);
                if (!outcome.ok) {
                    failure = outcome.error;
                    break;
                }
                outcomes.append(outcome);
            } else {
                const RejectedRequest& rejected = std::get<RejectedJob>(jobs[i]).rejected;
                if (!batch.storeRejected(rejected, &failure))
                    break;
                ++rejectedCount;
                keptBodies = keptBodies || rejected.hasKeptBody();
                StoreOutcome logged;
                logged.ok = true;
                outcomes.append(logged);
            }
        }
        if (failure.isEmpty() && rejectedCount > 0)
            batch.pruneRejected(m_options.rejectedRetention, keptBodies, &failure);
        // COMMIT returns only once the WAL is fsynced (synchronous=FULL): only then are answers released.
        if (failure.isEmpty())
            batch.commit(&failure);
        if (!failure.isEmpty()) {
            batch.rollback();
            qCWarning(lcStoreWriter) << "a batch of" << jobs.size() << "writes failed:" << failure;
            emit writeFailed(failure);
        }
        // The next batch queues new events' forwards with the targets as committed.
        if (QString targetsError; targetsChanged && !batch.loadTargets(&targetsError))
            qCWarning(lcStoreWriter) << "could not read the forward targets:" << targetsError;

        // One posted event per thread and commit rather than one per delivery: the receiver thread
        // wakes once and answers the whole batch.
        QHash<QThread*, QList<Ready>> ready;
        for (size_t i = 0; i < jobs.size(); ++i) {
            auto [context, completion] = waiterOf(jobs[i]);
            if (!*context || !*completion)
                continue;
            StoreOutcome outcome;
            if (failure.isEmpty())
                outcome = outcomes.at(qsizetype(i));
            else
                outcome.error = failure;
            QThread* thread = (*context)->thread();
            ready[thread].append(Ready {std::move(*context), std::move(*completion), std::move(outcome)});
        }
        for (auto it = ready.begin(); it != ready.end(); ++it)
            post(it.key(), std::move(it.value()));
        if (failure.isEmpty() && (!newIds.isEmpty() || !updatedIds.isEmpty() || rejectedCount > 0))
            emit committed(newIds, updatedIds, rejectedCount);

        QMutexLocker locker(&m_mutex);
        m_done += jobs.size();
        m_progress.wakeAll();
    }
}
