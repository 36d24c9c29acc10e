#include "store/EventWriter.h"

#include "core/FieldChange.h"
#include "store/Schema.h"
#include "store/StoreDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStoreWriter, "vainu.store.writer")

namespace {

QString headersJson(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QJsonObject object;
    for (const auto& [name, value] : headers) {
        const QString key = QString::fromLatin1(name).toLower();
        const QString text = QString::fromUtf8(value);
        const QString previous = object.value(key).toString();
        object.insert(key, previous.isEmpty() ? text : previous + u", "_s + text);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

// The statements of one connection, prepared once and reused for every delivery.
class EventWriter::Batch
{
public:
    explicit Batch(QSqlDatabase db)
        : m_db(db)
        , findDuplicate(db)
        , updateDuplicate(db)
        , findSnapshot(db)
        , seenBefore(db)
        , insertEvent(db)
        , insertAttempt(db)
        , upsertSnapshot(db)
        , insertRejected(db)
        , pruneRejected(db)
    { }

    bool prepare(QString* error)
    {
        const std::pair<QSqlQuery*, QString> statements[] = {
            {&findDuplicate, u"SELECT id, changed_fields FROM events WHERE unique_id = ? AND data_hash = ?"_s},
            {&updateDuplicate,
             u"UPDATE events SET attempts = attempts + 1, last_arrival = max(last_arrival, ?),"
             " max_tries = max(max_tries, ?) WHERE id = ?"_s},
            {&findSnapshot, u"SELECT data, data_hash, event_id, arrival FROM snapshots WHERE company_key = ?"_s},
            {&seenBefore, u"SELECT 1 FROM events WHERE company_key = ? AND data_hash = ? AND id < ? LIMIT 1"_s},
            {&insertEvent,
             u"INSERT INTO events (unique_id, data_hash, company_key, business_id, company_name, type, data,"
             " raw_body, remote_address, first_arrival, last_arrival, attempts, max_tries, stale, before_data,"
             " changed_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"_s},
            {&insertAttempt,
             u"INSERT INTO attempts (event_id, arrival, number_of_tries, remote_address, headers, raw_body)"
             " VALUES (?, ?, ?, ?, ?, ?)"_s},
            {&upsertSnapshot,
             u"INSERT INTO snapshots (company_key, data, data_hash, event_id, arrival) VALUES (?, ?, ?, ?, ?)"
             " ON CONFLICT (company_key) DO UPDATE SET data = excluded.data, data_hash = excluded.data_hash,"
             " event_id = excluded.event_id, arrival = excluded.arrival"_s},
            {&insertRejected,
             u"INSERT INTO rejected (arrival, remote_address, method, path, status, reason, body_size)"
             " VALUES (?, ?, ?, ?, ?, ?, ?)"_s},
            {&pruneRejected, u"DELETE FROM rejected WHERE id <= (SELECT max(id) FROM rejected) - ?"_s},
        };
        for (const auto& [query, sql] : statements) {
            if (!query->prepare(sql)) {
                *error = query->lastError().text();
                return false;
            }
        }
        return true;
    }

    StoreOutcome store(const IncomingDelivery& delivery, const StalePolicy& policy, bool* isNew)
    {
        StoreOutcome outcome;
        const CompanyChange& change = delivery.change;
        const QString hash = QString::fromLatin1(change.dataHash());
        const qint64 arrival
            = delivery.arrival.isValid() ? delivery.arrival.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
        const QString headers = headersJson(delivery.headers);

        findDuplicate.addBindValue(change.uniqueId);
        findDuplicate.addBindValue(hash);
        if (!findDuplicate.exec())
            return fail(findDuplicate);
        if (findDuplicate.next()) {
            outcome.eventId = findDuplicate.value(0).toLongLong();
            outcome.changedFields = findDuplicate.value(1).toString().split(u',', Qt::SkipEmptyParts);
            findDuplicate.finish();
            updateDuplicate.addBindValue(arrival);
            updateDuplicate.addBindValue(change.numberOfTries);
            updateDuplicate.addBindValue(outcome.eventId);
            if (!updateDuplicate.exec())
                return fail(updateDuplicate);
            if (!addAttempt(outcome.eventId, arrival, delivery, headers))
                return fail(insertAttempt);
            outcome.duplicate = true;
            outcome.ok = true;
            *isNew = false;
            return outcome;
        }
        findDuplicate.finish();

        const QString businessId = change.businessId();
        const QString companyKey = businessId.isEmpty() ? u"unique_id:"_s + change.uniqueId : businessId;
        findSnapshot.addBindValue(companyKey);
        if (!findSnapshot.exec())
            return fail(findSnapshot);
        const bool hasBefore = findSnapshot.next();
        QJsonObject before;
        QString snapshotHash;
        qint64 snapshotEventId = 0;
        qint64 snapshotArrival = 0;
        if (hasBefore) {
            before = QJsonDocument::fromJson(findSnapshot.value(0).toString().toUtf8()).object();
            snapshotHash = findSnapshot.value(1).toString();
            snapshotEventId = findSnapshot.value(2).toLongLong();
            snapshotArrival = findSnapshot.value(3).toLongLong();
        }
        findSnapshot.finish();

        if (hasBefore && snapshotHash != hash && change.numberOfTries > 1) {
            seenBefore.addBindValue(companyKey);
            seenBefore.addBindValue(hash);
            seenBefore.addBindValue(snapshotEventId);
            if (!seenBefore.exec())
                return fail(seenBefore);
            const bool seen = seenBefore.next();
            seenBefore.finish();
            outcome.stale = policy.isStale(change.numberOfTries, seen, snapshotArrival, arrival);
        }

        for (const FieldChange& fieldChange : diffCompanyData(before, change.data))
            outcome.changedFields.append(fieldChange.field);

        insertEvent.addBindValue(change.uniqueId);
        insertEvent.addBindValue(hash);
        insertEvent.addBindValue(companyKey);
        insertEvent.addBindValue(businessId);
        insertEvent.addBindValue(change.companyName());
        insertEvent.addBindValue(change.type);
        insertEvent.addBindValue(compactJson(change.data));
        insertEvent.addBindValue(delivery.rawBody);
        insertEvent.addBindValue(delivery.remoteAddress);
        insertEvent.addBindValue(arrival);
        insertEvent.addBindValue(arrival);
        insertEvent.addBindValue(change.numberOfTries);
        insertEvent.addBindValue(outcome.stale ? 1 : 0);
        insertEvent.addBindValue(hasBefore ? QVariant(compactJson(before)) : QVariant(QMetaType(QMetaType::QString)));
        insertEvent.addBindValue(outcome.changedFields.join(u','));
        if (!insertEvent.exec())
            return fail(insertEvent);
        outcome.eventId = insertEvent.lastInsertId().toLongLong();
        if (!addAttempt(outcome.eventId, arrival, delivery, headers))
            return fail(insertAttempt);

        if (!outcome.stale) {
            upsertSnapshot.addBindValue(companyKey);
            upsertSnapshot.addBindValue(compactJson(change.data));
            upsertSnapshot.addBindValue(hash);
            upsertSnapshot.addBindValue(outcome.eventId);
            upsertSnapshot.addBindValue(arrival);
            if (!upsertSnapshot.exec())
                return fail(upsertSnapshot);
        }
        outcome.ok = true;
        *isNew = true;
        return outcome;
    }

    bool storeRejected(const RejectedRequest& rejected, int limit, QString* error)
    {
        insertRejected.addBindValue(rejected.arrival.isValid() ? rejected.arrival.toMSecsSinceEpoch()
                                                               : QDateTime::currentMSecsSinceEpoch());
        insertRejected.addBindValue(rejected.remoteAddress);
        insertRejected.addBindValue(rejected.method);
        insertRejected.addBindValue(rejected.path);
        insertRejected.addBindValue(rejected.status);
        insertRejected.addBindValue(rejected.reason);
        insertRejected.addBindValue(rejected.bodySize);
        if (!insertRejected.exec()) {
            *error = insertRejected.lastError().text();
            return false;
        }
        // Prune now and then rather than on every row: the log may overshoot its limit by a little.
        if (++m_rejectedSincePrune >= 64) {
            m_rejectedSincePrune = 0;
            pruneRejected.addBindValue(limit);
            if (!pruneRejected.exec()) {
                *error = pruneRejected.lastError().text();
                return false;
            }
        }
        return true;
    }

private:
    bool addAttempt(qint64 eventId, qint64 arrival, const IncomingDelivery& delivery, const QString& headers)
    {
        insertAttempt.addBindValue(eventId);
        insertAttempt.addBindValue(arrival);
        insertAttempt.addBindValue(delivery.change.numberOfTries);
        insertAttempt.addBindValue(delivery.remoteAddress);
        insertAttempt.addBindValue(headers);
        insertAttempt.addBindValue(delivery.rawBody);
        return insertAttempt.exec();
    }

    static StoreOutcome fail(const QSqlQuery& query)
    {
        StoreOutcome outcome;
        outcome.error = query.lastError().text();
        return outcome;
    }

    QSqlDatabase m_db;
    int m_rejectedSincePrune = 0;

public:
    QSqlQuery findDuplicate, updateDuplicate, findSnapshot, seenBefore, insertEvent, insertAttempt, upsertSnapshot,
        insertRejected, pruneRejected;
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

void EventWriter::submitRejected(RejectedRequest rejected)
{
    enqueue(std::move(rejected));
}

void EventWriter::enqueue(Job job)
{
    QMutexLocker locker(&m_mutex);
    if (m_stopping || !m_openError.isEmpty()) {
        locker.unlock();
        if (auto* deliveryJob = std::get_if<DeliveryJob>(&job)) {
            StoreOutcome outcome;
            outcome.error = m_openError.isEmpty() ? tr("The event store is closed.") : m_openError;
            if (deliveryJob->context && deliveryJob->completion) {
                QMetaObject::invokeMethod(
                    deliveryJob->context.data(),
                    [completion = std::move(deliveryJob->completion), outcome] { completion(outcome); },
                    Qt::QueuedConnection);
            }
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

void EventWriter::run()
{
    const QString connectionName = u"vw_store_writer_%1"_s.arg(quintptr(this));
    {
        QString error;
        QSqlDatabase db
            = StoreDatabase::open(connectionName, m_databasePath, StoreDatabase::Mode::Writer, m_options, &error);
        std::unique_ptr<Batch> batch;
        if (error.isEmpty() && !Schema::migrate(db, &error) && error.isEmpty())
            error = tr("The event database could not be prepared.");
        if (error.isEmpty()) {
            batch = std::make_unique<Batch>(db);
            if (!batch->prepare(&error))
                batch.reset();
        }
        {
            QMutexLocker locker(&m_mutex);
            m_openError = error;
            m_ready = true;
            m_progress.wakeAll();
        }
        if (!error.isEmpty()) {
            qCWarning(lcStoreWriter) << "cannot open the event store:" << error;
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            // Fail whatever was queued before the error became known.
            QMutexLocker locker(&m_mutex);
            std::deque<Job> orphaned;
            orphaned.swap(m_queue);
            m_done = m_submitted;
            m_progress.wakeAll();
            locker.unlock();
            for (Job& job : orphaned) {
                if (auto* deliveryJob = std::get_if<DeliveryJob>(&job); deliveryJob && deliveryJob->context) {
                    StoreOutcome outcome;
                    outcome.error = error;
                    QMetaObject::invokeMethod(
                        deliveryJob->context.data(),
                        [completion = std::move(deliveryJob->completion), outcome] { completion(outcome); },
                        Qt::QueuedConnection);
                }
            }
            return;
        }

        for (;;) {
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
            QString failure;
            QSqlQuery control(db);
            if (!control.exec(u"BEGIN IMMEDIATE"_s))
                failure = control.lastError().text();
            for (size_t i = 0; i < jobs.size() && failure.isEmpty(); ++i) {
                if (auto* deliveryJob = std::get_if<DeliveryJob>(&jobs[i])) {
                    bool isNew = false;
                    StoreOutcome outcome = batch->store(deliveryJob->delivery, m_options.stalePolicy, &isNew);
                    if (!outcome.ok) {
                        failure = outcome.error;
                        break;
                    }
                    (isNew ? newIds : updatedIds).append(outcome.eventId);
                    outcomes.append(outcome);
                } else {
                    if (!batch->storeRejected(std::get<RejectedRequest>(jobs[i]), m_options.rejectedLogLimit, &failure))
                        break;
                    ++rejectedCount;
                    outcomes.append(StoreOutcome {});
                }
            }
            if (failure.isEmpty() && !control.exec(u"COMMIT"_s))
                failure = control.lastError().text();
            if (!failure.isEmpty()) {
                QSqlQuery rollback(db);
                rollback.exec(u"ROLLBACK"_s);
                qCWarning(lcStoreWriter) << "a batch of" << jobs.size() << "writes failed:" << failure;
                emit writeFailed(failure);
            }

            for (size_t i = 0; i < jobs.size(); ++i) {
                auto* deliveryJob = std::get_if<DeliveryJob>(&jobs[i]);
                if (!deliveryJob || !deliveryJob->context || !deliveryJob->completion)
                    continue;
                StoreOutcome outcome;
                if (failure.isEmpty())
                    outcome = outcomes.at(qsizetype(i));
                else
                    outcome.error = failure;
                QMetaObject::invokeMethod(
                    deliveryJob->context.data(),
                    [completion = std::move(deliveryJob->completion), outcome] { completion(outcome); },
                    Qt::QueuedConnection);
            }
            if (failure.isEmpty() && (!newIds.isEmpty() || !updatedIds.isEmpty() || rejectedCount > 0))
                emit committed(newIds, updatedIds, rejectedCount);

            QMutexLocker locker(&m_mutex);
            m_done += jobs.size();
            m_progress.wakeAll();
        }
        batch.reset();
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}
