#include "store/StoreDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

QSqlDatabase StoreDatabase::open(const QString& connectionName, const QString& path, Mode mode,
                                 const StoreOptions& options, QString* error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    if (!db.isValid()) {
        *error = QCoreApplication::translate("StoreDatabase",
                                             "The SQLite driver for Qt is missing. Install the Qt 6 SQLite "
                                             "plugin (on Debian: libqt6sql6-sqlite).");
        return db;
    }
    db.setDatabaseName(path);
    // Readers wait for a moment when the writer holds a lock (checkpoints), rather than failing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        *error = QCoreApplication::translate("StoreDatabase", "Cannot open the event database %1: %2")
                     .arg(path, db.lastError().text());
        return db;
    }
    QStringList pragmas;
    if (mode == Mode::Writer) {
        // WAL: readers never block the writer and the writer never blocks readers. With
        // synchronous=FULL every commit is fsynced before the 2xx goes out, so an answered delivery
        // survives a crash of the process and of the machine; group commit keeps that affordable.
        pragmas << u"PRAGMA journal_mode=WAL"_s
                << (options.synchronousFull ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=NORMAL"_s)
                << u"PRAGMA wal_autocheckpoint=4000"_s;
        if (options.maxPageCount > 0)
            pragmas << u"PRAGMA max_page_count=%1"_s.arg(options.maxPageCount);
    } else {
        pragmas << u"PRAGMA query_only=1"_s;
    }
    for (const QString& pragma : std::as_const(pragmas)) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            *error = QCoreApplication::translate("StoreDatabase", "Cannot prepare the event database %1: %2")
                         .arg(path, query.lastError().text());
            db.close();
            return db;
        }
        if (pragma.startsWith(u"PRAGMA journal_mode"_s) && query.next()
            && query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            *error = QCoreApplication::translate("StoreDatabase",
                                                 "The event database %1 cannot use write-ahead logging (it may be "
                                                 "on a network file system). Choose a local data folder.")
                         .arg(path);
            db.close();
            return db;
        }
    }
    return db;
}
