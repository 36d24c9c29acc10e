#include "store/Schema.h"

#include "store/SqliteConnection.h"
#include "store/SqliteStatement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Step i takes the schema from version i to i + 1. Append new steps; never edit old ones.
const QList<QStringList>& steps()
{
    static const QList<QStringList> list = {
        {
            // 0 -> 1: events, their attempts, company snapshots, the rejected log.
            u"CREATE TABLE events ("
            " id INTEGER PRIMARY KEY,"
            " unique_id TEXT NOT NULL,"
            " data_hash TEXT NOT NULL,"
            " company_key TEXT NOT NULL,"
            " business_id TEXT,"
            " company_name TEXT,"
            " type TEXT,"
            " data TEXT NOT NULL,"
            " raw_body BLOB NOT NULL,"
            " remote_address TEXT,"
            " first_arrival INTEGER NOT NULL,"
            " last_arrival INTEGER NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 1,"
            " max_tries INTEGER NOT NULL DEFAULT 1,"
            " stale INTEGER NOT NULL DEFAULT 0,"
            " before_data TEXT,"
            " changed_fields TEXT,"
            " UNIQUE (unique_id, data_hash))"_s,
            u"CREATE INDEX events_company ON events (company_key, id)"_s,
            u"CREATE INDEX events_company_hash ON events (company_key, data_hash)"_s,
            u"CREATE INDEX events_first_arrival ON events (first_arrival)"_s,
            u"CREATE TABLE attempts ("
            " id INTEGER PRIMARY KEY,"
            " event_id INTEGER NOT NULL REFERENCES events (id),"
            " arrival INTEGER NOT NULL,"
            " number_of_tries INTEGER NOT NULL,"
            " remote_address TEXT,"
            " headers TEXT NOT NULL,"
            " raw_body BLOB NOT NULL)"_s,
            u"CREATE INDEX attempts_event ON attempts (event_id)"_s,
            u"CREATE TABLE snapshots ("
            " company_key TEXT PRIMARY KEY,"
            " data TEXT NOT NULL,"
            " data_hash TEXT NOT NULL,"
            " event_id INTEGER NOT NULL,"
            " arrival INTEGER NOT NULL)"_s,
            u"CREATE TABLE rejected ("
            " id INTEGER PRIMARY KEY,"
            " arrival INTEGER NOT NULL,"
            " remote_address TEXT,"
            " method TEXT,"
            " path TEXT,"
            " status INTEGER NOT NULL,"
            " reason TEXT NOT NULL,"
            " body_size INTEGER NOT NULL DEFAULT -1)"_s,
        },
        {
            // 1 -> 2: from now on an attempt's raw_body is empty when it is the event's own body
            // (the first attempt), so each body is stored once. The (company_key, data_hash) index
            // goes: only a retry's stale check looked a hash up by company, and events_company finds
            // a company's few events as well, while every delivery paid for one more index page.
            u"DROP INDEX events_company_hash"_s,
        },
        {
            // 2 -> 3: unique_id names the customer data record that tracks a company, not a delivery,
            // so (unique_id, data_hash) is no longer unique: a company going A -> B -> A has two
            // events with A. SQLite cannot drop a constraint, so the table is rebuilt (with the ids
            // kept). origin says how an event came in ('delivery', 'unrecognised'; text so that later
            // kinds fit); problem why an unrecognised body could not be read. Rejected requests
            // refused for their content keep their body.
            u"CREATE TABLE events_v3 ("
            " id INTEGER PRIMARY KEY,"
            " unique_id TEXT NOT NULL,"
            " data_hash TEXT NOT NULL,"
            " company_key TEXT NOT NULL,"
            " business_id TEXT,"
            " company_name TEXT,"
            " type TEXT,"
            " data TEXT NOT NULL,"
            " raw_body BLOB NOT NULL,"
            " remote_address TEXT,"
            " first_arrival INTEGER NOT NULL,"
            " last_arrival INTEGER NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 1,"
            " max_tries INTEGER NOT NULL DEFAULT 1,"
            " stale INTEGER NOT NULL DEFAULT 0,"
            " before_data TEXT,"
            " changed_fields TEXT,"
            " origin TEXT NOT NULL DEFAULT 'delivery',"
            " problem TEXT)"_s,
            u"INSERT INTO events_v3 (id, unique_id, data_hash, company_key, business_id, company_name, type, data,"
            " raw_body, remote_address, first_arrival, last_arrival, attempts, max_tries, stale, before_data,"
            " changed_fields) SELECT id, unique_id, data_hash, company_key, business_id, company_name, type, data,"
            " raw_body, remote_address, first_arrival, last_arrival, attempts, max_tries, stale, before_data,"
            " changed_fields FROM events"_s,
            u"DROP TABLE events"_s,
            u"ALTER TABLE events_v3 RENAME TO events"_s,
            u"CREATE INDEX events_company ON events (company_key, id)"_s,
            u"CREATE INDEX events_first_arrival ON events (first_arrival)"_s,
            u"CREATE INDEX events_attempt_of ON events (unique_id, data_hash)"_s,
            u"ALTER TABLE rejected ADD COLUMN body BLOB"_s,
        },
        {
            // 3 -> 4: forwarding. query keeps the query string a delivery came with, without the receiver's
            // secret parameter (a target may ask for it). forward_targets are the user's endpoints (headers as a
            // JSON array of [name, value], filter as ForwardFilter's JSON); forwards is the durable outbox: one
            // row per event and target, written by the writer in the transaction that stores the event. state is
            // 'pending', 'retrying', 'delivered' or 'failed'; times in ms since epoch. forwards_open finds the
            // oldest open forward of each company per target (the one in flight).
            u"ALTER TABLE events ADD COLUMN query TEXT"_s,
            u"CREATE TABLE forward_targets ("
            " id INTEGER PRIMARY KEY,"
            " url TEXT NOT NULL,"
            " enabled INTEGER NOT NULL DEFAULT 1,"
            " paused INTEGER NOT NULL DEFAULT 0,"
            " headers TEXT NOT NULL DEFAULT '[]',"
            " filter TEXT NOT NULL DEFAULT '{}',"
            " timeout_ms INTEGER NOT NULL,"
            " send_query INTEGER NOT NULL DEFAULT 0,"
            " created INTEGER NOT NULL)"_s,
            u"CREATE TABLE forwards ("
            " id INTEGER PRIMARY KEY,"
            " event_id INTEGER NOT NULL REFERENCES events (id),"
            " target_id INTEGER NOT NULL REFERENCES forward_targets (id),"
            " company_key TEXT NOT NULL,"
            " state TEXT NOT NULL DEFAULT 'pending',"
            " tries INTEGER NOT NULL DEFAULT 0,"
            " next_try INTEGER NOT NULL,"
            " last_status INTEGER,"
            " last_error TEXT,"
            " response_body BLOB,"
            " delivered_at INTEGER,"
            " duration_ms INTEGER)"_s,
            u"CREATE INDEX forwards_open ON forwards (target_id, company_key, id)"
            " WHERE state IN ('pending', 'retrying')"_s,
            u"CREATE INDEX forwards_event ON forwards (event_id)"_s,
            u"CREATE INDEX forwards_target_state ON forwards (target_id, state)"_s,
        },
        {
            // 4 -> 5: a new event names the event whose data it was compared with (before_event) instead of
            // holding a copy of that data (before_data, about 200 bytes: a sixth of the history). The company's
            // snapshot is always some event's data, and events are never deleted, so the copy said nothing the
            // history does not. Older rows keep their before_data; readers take whichever is set
            // (Schema::beforeDataColumn). Adding a column rewrites nothing: the upgrade is instant.
            u"ALTER TABLE events ADD COLUMN before_event INTEGER"_s,
        },
    };
    return list;
}

// Indexes that only make reads faster. They are not schema steps: on a long history one takes seconds to build (a
// read of the whole table), which a step would spend inside EventStore::open() on the GUI thread, and a step would
// keep an older version from opening the file. The writer builds them after the store opened (ensureReadIndexes);
// until one exists its reads are slower, not wrong.
const QList<QByteArray>& readIndexes()
{
    static const QList<QByteArray> list = {
        // The Live events page's counters of duplicates, retries and stale events (EventStore::counters): only
        // the few events that count, with the columns summed. Without it they read every row of events (1.0 s
        // for a million events, every second while deliveries arrive).
        "CREATE INDEX IF NOT EXISTS events_repeats ON events (attempts, max_tries, stale)"
        " WHERE attempts > 1 OR max_tries > 1 OR stale <> 0",
    };
    return list;
}

bool exec(SqliteConnection& db, const QString& sql, QString* error)
{
    return db.exec(sql.toUtf8().constData(), error);
}

} // namespace

bool Schema::ensureReadIndexes(SqliteConnection& db, QString* error)
{
    for (const QByteArray& sql : readIndexes()) {
        if (!db.exec(sql.constData(), error))
            return false;
    }
    return true;
}

int Schema::currentVersion()
{
    return int(steps().size());
}

bool Schema::migrate(SqliteConnection& db, QString* error, int targetVersion)
{
    int version = 0;
    {
        SqliteStatement versionQuery;
        if (!versionQuery.prepare(db.handle(), "PRAGMA user_version", error))
            return false;
        if (versionQuery.step() != SqliteStatement::Step::Row) {
            *error = versionQuery.errorMessage();
            return false;
        }
        version = int(versionQuery.columnInt64(0));
    }
    if (version > currentVersion()) {
        *error = QCoreApplication::translate("Schema",
                                             "The event database has schema version %1, but this version of the "
                                             "application understands only up to %2. Use a newer version of the "
                                             "application or another data folder.")
                     .arg(version)
                     .arg(currentVersion());
        return false;
    }
    while (version < qMin(targetVersion, currentVersion())) {
        if (!db.exec("BEGIN", error))
            return false;
        for (const QString& sql : steps().at(version)) {
            if (!exec(db, sql, error)) {
                QString ignored;
                db.exec("ROLLBACK", &ignored);
                return false;
            }
        }
        if (!exec(db, u"PRAGMA user_version = %1"_s.arg(version + 1), error) || !db.exec("COMMIT", error)) {
            QString ignored;
            db.exec("ROLLBACK", &ignored);
            return false;
        }
        ++version;
    }
    return true;
}
