#include "store/SqliteConnection.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::open(const QString& path, const StoreOptions& options, QString* error)
{
    close();
    const QByteArray fileName = QFile::encodeName(path);
    if (sqlite3_open_v2(fileName.constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK) {
        *error = QCoreApplication::translate("StoreDatabase", "Cannot open the event database %1: %2")
                     .arg(path, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // The same pragmas as the Qt SQL writer connection (StoreDatabase): WAL, and fsync of the WAL
    // on every COMMIT when synchronousFull. FULL is kept deliberately although NORMAL would be
    // faster: in WAL mode NORMAL survives a killed process but may lose the last transactions on a
    // power cut, and a 2xx promises Vainu the delivery is kept. Group commit (one fsync per batch)
    // is what keeps FULL affordable under load.
    QByteArray pragmas = "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=4000;";
    pragmas += options.synchronousFull ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;";
    if (options.maxPageCount > 0)
        pragmas += "PRAGMA max_page_count=" + QByteArray::number(options.maxPageCount) + ';';
    QString why;
    if (!exec(pragmas.constData(), &why)) {
        *error
            = QCoreApplication::translate("StoreDatabase", "Cannot prepare the event database %1: %2").arg(path, why);
        close();
        return false;
    }
    return true;
}

bool SqliteConnection::openReadOnly(const QString& path, QString* error)
{
    close();
    const QByteArray fileName = QFile::encodeName(path);
    if (sqlite3_open_v2(fileName.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK) {
        *error = QCoreApplication::translate("StoreDatabase", "Cannot open the event database %1: %2")
                     .arg(path, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString());
        close();
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

void SqliteConnection::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

bool SqliteConnection::exec(const char* sql, QString* error)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
    sqlite3_free(message);
    return false;
}
