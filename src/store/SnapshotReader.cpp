#include "store/SnapshotReader.h"

#include "store/SqliteStatement.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

SnapshotReader::SnapshotReader(QString databasePath)
    : m_path(std::move(databasePath))
{ }

bool SnapshotReader::ensureOpen(QString* error)
{
    return m_db.isOpen() || m_db.openReader(m_path, error);
}

bool SnapshotReader::count(qint64* withBusinessId, qint64* withoutBusinessIdCount, QString* error)
{
    if (!ensureOpen(error))
        return false;
    // Snapshots of companies without a business id are keyed "unique_id:<id>" (see EventWriter).
    SqliteStatement query;
    if (!query.prepare(m_db.handle(),
                       "SELECT count(*), coalesce(sum(substr(company_key, 1, 10) = 'unique_id:'), 0) FROM snapshots",
                       error))
        return false;
    if (query.step() != SqliteStatement::Step::Row) {
        *error = query.errorMessage();
        return false;
    }
    *withoutBusinessIdCount = query.columnInt64(1);
    *withBusinessId = query.columnInt64(0) - *withoutBusinessIdCount;
    return true;
}

bool SnapshotReader::page(const QString& afterKey, int limit, QList<CompanySnapshot>* snapshots, QString* error)
{
    snapshots->clear();
    if (!ensureOpen(error))
        return false;
    SqliteStatement query;
    if (!query.prepare(m_db.handle(),
                       "SELECT s.company_key, s.data, s.event_id, e.unique_id FROM snapshots s"
                       " LEFT JOIN events e ON e.id = s.event_id WHERE s.company_key > ?"
                       " AND NOT (substr(s.company_key, 1, 10) = 'unique_id:') ORDER BY s.company_key LIMIT ?",
                       error))
        return false;
    query.bindText(1, afterKey.isNull() ? u""_s : afterKey); // a null would compare as NULL: no rows
    query.bind(2, limit);
    SqliteStatement::Step step;
    while ((step = query.step()) == SqliteStatement::Step::Row) {
        CompanySnapshot snapshot;
        snapshot.companyKey = query.columnText(0);
        snapshot.data = QJsonDocument::fromJson(query.columnBytes(1)).object();
        snapshot.eventId = query.columnInt64(2);
        snapshot.uniqueId = query.columnText(3);
        snapshots->append(std::move(snapshot));
    }
    if (step == SqliteStatement::Step::Error) {
        *error = query.errorMessage();
        return false;
    }
    return true;
}
