#include "store/ForwardOutbox.h"

#include "store/SqliteStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QDateTime fromMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

// Steps through a query's rows, calling row() for each; false with *error when a step fails.
bool eachRow(SqliteStatement& query, QString* error, const std::function<void()>& row)
{
    for (;;) {
        const SqliteStatement::Step step = query.step();
        if (step == SqliteStatement::Step::Error) {
            *error = query.errorMessage();
            return false;
        }
        if (step == SqliteStatement::Step::Done)
            return true;
        row();
    }
}

} // namespace

ForwardOutbox::ForwardOutbox(QString databasePath)
    : m_path(std::move(databasePath))
{ }

ForwardOutbox::~ForwardOutbox() = default;

bool ForwardOutbox::ensureOpen(QString* error)
{
    if (m_connection)
        return true;
    auto connection = std::make_unique<SqliteConnection>();
    if (!connection->openReader(m_path, error))
        return false;
    m_connection = std::move(connection);
    return true;
}

bool ForwardOutbox::targets(QList<ForwardTarget>* targets, QString* error)
{
    targets->clear();
    SqliteStatement query;
    if (!ensureOpen(error)
        || !query.prepare(
            m_connection->handle(),
            "SELECT id, url, enabled, paused, headers, filter, timeout_ms, send_query FROM forward_targets"
            " ORDER BY id",
            error))
        return false;
    return eachRow(query, error, [&] {
        ForwardTarget target;
        target.id = query.columnInt64(0);
        target.url = QUrl(QString::fromUtf8(query.columnBytes(1)));
        target.enabled = query.columnInt64(2) != 0;
        target.paused = query.columnInt64(3) != 0;
        for (const QJsonValue& pair : QJsonDocument::fromJson(query.columnBytes(4)).array()) {
            const QJsonArray nameValue = pair.toArray();
            target.headers.append({nameValue.at(0).toString().toUtf8(), nameValue.at(1).toString().toUtf8()});
        }
        target.filter = ForwardFilter::fromJson(QJsonDocument::fromJson(query.columnBytes(5)).object());
        target.timeoutMs = int(query.columnInt64(6));
        target.sendQuery = query.columnInt64(7) != 0;
        targets->append(target);
    });
}

bool ForwardOutbox::openForwards(qint64 afterId, QList<DueForward>* open, qint64* lastId, QString* error)
{
    open->clear();
    *lastId = afterId;
    if (!ensureOpen(error))
        return false;
    const auto readRow = [open](const SqliteStatement& query) {
        open->append({query.columnInt64(0), query.columnInt64(1), query.columnInt64(2), query.columnBytes(3),
                      int(query.columnInt64(4)), query.columnInt64(5)});
    };
    if (afterId > 0) {
        // What was queued since: one statement, so one snapshot; prepared once (this runs on every look).
        if (!m_newForwardsQuery) {
            auto query = std::make_unique<SqliteStatement>();
            if (!query->prepare(m_connection->handle(),
                                "SELECT id, event_id, target_id, company_key, tries, next_try FROM forwards"
                                " WHERE id > ? AND state IN ('pending', 'retrying') ORDER BY id",
                                error))
                return false;
            m_newForwardsQuery = std::move(query);
        }
        SqliteStatement& query = *m_newForwardsQuery;
        query.bind(1, afterId);
        const bool ok = eachRow(query, error, [&] { readRow(query); });
        query.reset();
        if (ok && !open->isEmpty())
            *lastId = open->constLast().forwardId;
        return ok;
    }
    // All of them (at the start and after changes): the highest id and the rows below it in one read transaction,
    // so a forward committed in between is neither missed nor read twice by the next call.
    SqliteStatement last;
    SqliteStatement query;
    if (!last.prepare(m_connection->handle(), "SELECT coalesce(max(id), 0) FROM forwards", error)
        || !query.prepare(m_connection->handle(),
                          "SELECT id, event_id, target_id, company_key, tries, next_try"
                          " FROM forwards INDEXED BY forwards_open"
                          " WHERE state IN ('pending', 'retrying') AND id <= ?"
                          " ORDER BY target_id, company_key, id",
                          error)
        || !m_connection->exec("BEGIN", error))
        return false;
    bool ok = last.step() == SqliteStatement::Step::Row;
    if (!ok) {
        *error = last.errorMessage();
    } else {
        const qint64 highest = last.columnInt64(0);
        query.bind(1, highest);
        ok = eachRow(query, error, [&] { readRow(query); });
        if (ok)
            *lastId = highest;
    }
    last.reset();
    query.reset();
    QString endError;
    if (!m_connection->exec("COMMIT", &endError) && ok) {
        *error = endError;
        return false;
    }
    return ok;
}

bool ForwardOutbox::payload(qint64 eventId, ForwardPayload* payload, QString* error)
{
    if (!ensureOpen(error))
        return false;
    if (!m_payloadQuery) {
        auto query = std::make_unique<SqliteStatement>();
        if (!query->prepare(m_connection->handle(),
                            "SELECT e.raw_body, e.query, e.origin, e.business_id,"
                            " (SELECT a.headers FROM attempts a WHERE a.event_id = e.id ORDER BY a.id LIMIT 1)"
                            " FROM events e WHERE e.id = ?",
                            error))
            return false;
        m_payloadQuery = std::move(query);
    }
    SqliteStatement& query = *m_payloadQuery;
    query.bind(1, eventId);
    const SqliteStatement::Step step = query.step();
    if (step != SqliteStatement::Step::Row) {
        if (step == SqliteStatement::Step::Error)
            *error = query.errorMessage();
        query.reset();
        return false;
    }
    payload->eventId = eventId;
    payload->body = query.columnBytes(0);
    payload->query = query.columnBytes(1);
    payload->origin = DeliveryOrigins::fromText(QString::fromUtf8(query.columnBytes(2)));
    payload->businessId = QString::fromUtf8(query.columnBytes(3));
    const QByteArray headerJson = query.columnBytes(4);
    query.reset(); // ends the read: a statement left on its row would hold back the writer's checkpoints
    const QJsonObject headers = QJsonDocument::fromJson(headerJson).object();
    payload->contentType = headers.value(u"content-type"_s).toString().toUtf8();
    return true;
}

bool ForwardOutbox::states(qint64 eventId, QList<ForwardState>* states, QString* error)
{
    states->clear();
    SqliteStatement query;
    if (!ensureOpen(error)
        || !query.prepare(m_connection->handle(),
                          "SELECT id, event_id, target_id, company_key, state, tries, next_try, last_status,"
                          " last_error, response_body, delivered_at, duration_ms FROM forwards WHERE event_id = ?"
                          " ORDER BY target_id",
                          error))
        return false;
    query.bind(1, eventId);
    return eachRow(query, error, [&] {
        ForwardState state;
        state.id = query.columnInt64(0);
        state.eventId = query.columnInt64(1);
        state.targetId = query.columnInt64(2);
        state.companyKey = QString::fromUtf8(query.columnBytes(3));
        state.state = ForwardState::fromText(query.columnBytes(4));
        state.tries = int(query.columnInt64(5));
        if (state.isOpen())
            state.nextTry = fromMs(query.columnInt64(6));
        state.lastStatus = int(query.columnInt64(7));
        state.lastError = QString::fromUtf8(query.columnBytes(8));
        state.responseBody = query.columnBytes(9);
        state.deliveredAt = fromMs(query.columnInt64(10));
        state.durationMs = int(query.columnInt64(11));
        states->append(state);
    });
}

bool ForwardOutbox::counts(QHash<qint64, ForwardCounts>* counts, QString* error)
{
    counts->clear();
    SqliteStatement query;
    if (!ensureOpen(error)
        || !query.prepare(m_connection->handle(),
                          "SELECT target_id, state, count(*) FROM forwards GROUP BY target_id, state", error))
        return false;
    return eachRow(query, error, [&] {
        ForwardCounts& target = (*counts)[query.columnInt64(0)];
        const qint64 count = query.columnInt64(2);
        switch (ForwardState::fromText(query.columnBytes(1))) {
        case ForwardState::State::Pending:
            target.pending += count;
            break;
        case ForwardState::State::Retrying:
            target.retrying += count;
            break;
        case ForwardState::State::Delivered:
            target.delivered += count;
            break;
        case ForwardState::State::Failed:
            target.failed += count;
            break;
        }
    });
}

bool ForwardOutbox::eventIds(const QDateTime& since, const QString& businessId, QList<qint64>* ids, QString* error)
{
    ids->clear();
    SqliteStatement query;
    if (!ensureOpen(error)
        || !query.prepare(m_connection->handle(),
                          "SELECT id FROM events WHERE origin <> 'test' AND first_arrival >= ?"
                          " AND (? IS NULL OR business_id = ?) ORDER BY id",
                          error))
        return false;
    query.bind(1, since.isValid() ? since.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    const QByteArray company = businessId.isEmpty() ? QByteArray() : businessId.toUtf8();
    query.bindText(2, company);
    query.bindText(3, company);
    return eachRow(query, error, [&] { ids->append(query.columnInt64(0)); });
}

bool ForwardOutbox::existingIds(const QList<qint64>& ids, QList<qint64>* existing, QString* error)
{
    existing->clear();
    SqliteStatement query;
    if (!ensureOpen(error) || !query.prepare(m_connection->handle(), "SELECT 1 FROM events WHERE id = ?", error))
        return false;
    for (qint64 id : ids) {
        query.bind(1, id);
        const SqliteStatement::Step step = query.step();
        query.reset();
        if (step == SqliteStatement::Step::Error) {
            *error = query.errorMessage();
            return false;
        }
        if (step == SqliteStatement::Step::Row)
            existing->append(id);
    }
    return true;
}
