#pragma once

#include "store/CompanySnapshot.h"
#include "store/SqliteConnection.h"

#include <QList>
#include <QString>

// Reads the companies' snapshots in pages, on a read-only connection of its own: catching up walks
// every company the history knows without holding them all in memory. Use it in one thread only.
class SnapshotReader
{
public:
    explicit SnapshotReader(QString databasePath);
    SnapshotReader(const SnapshotReader&) = delete;
    SnapshotReader& operator=(const SnapshotReader&) = delete;

    // Snapshots of companies with a business id, and of those without one (which cannot be looked up).
    bool count(qint64* withBusinessId, qint64* withoutBusinessId, QString* error);
    // Up to `limit` snapshots with a business id whose key sorts after `afterKey`, in key order.
    bool page(const QString& afterKey, int limit, QList<CompanySnapshot>* snapshots, QString* error);

private:
    bool ensureOpen(QString* error);

    QString m_path;
    SqliteConnection m_db;
};
