#include "store/SnapshotReader.h"

#include "store/StoreDatabase.h"
#include "store/StoreOptions.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"vw_snapshot_reader_%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Snapshots of companies without a business id are keyed "unique_id:<id>" (see EventWriter).
const QString withoutBusinessId = u"substr(company_key, 1, 10) = 'unique_id:'"_s;

} // namespace

SnapshotReader::SnapshotReader(QString databasePath)
    : m_path(std::move(databasePath))
    , m_connectionName(nextConnectionName())
{ }

SnapshotReader::~SnapshotReader()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool SnapshotReader::ensureOpen(QString* error)
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName, false).isOpen();
    const QSqlDatabase db
        = StoreDatabase::open(m_connectionName, m_path, StoreDatabase::Mode::Reader, StoreOptions {}, error);
    return db.isOpen();
}

bool SnapshotReader::count(qint64* withBusinessId, qint64* withoutBusinessIdCount, QString* error)
{
    if (!ensureOpen(error))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT count(*), coalesce(sum(%1), 0) FROM snapshots"_s.arg(withoutBusinessId))
        || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    *withoutBusinessIdCount = query.value(1).toLongLong();
    *withBusinessId = query.value(0).toLongLong() - *withoutBusinessIdCount;
    return true;
}

bool SnapshotReader::page(const QString& afterKey, int limit, QList<CompanySnapshot>* snapshots, QString* error)
{
    snapshots->clear();
    if (!ensureOpen(error))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT s.company_key, s.data, s.event_id, e.unique_id FROM snapshots s"
                  " LEFT JOIN events e ON e.id = s.event_id WHERE s.company_key > ? AND NOT (%1)"
                  " ORDER BY s.company_key LIMIT ?"_s.arg(u"substr(s.company_key, 1, 10) = 'unique_id:'"_s));
    query.addBindValue(afterKey.isNull() ? u""_s : afterKey); // a null would compare as NULL: no rows
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        CompanySnapshot snapshot;
        snapshot.companyKey = query.value(0).toString();
        snapshot.data = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        snapshot.eventId = query.value(2).toLongLong();
        snapshot.uniqueId = query.value(3).toString();
        snapshots->append(std::move(snapshot));
    }
    return true;
}
