#include "store/SqliteConnection.h"

#include "store/SqliteStatement.h"

#include <QCoreApplication>
#include <QFile>

#include <sqlite3.h>

SqliteConnection::~SqliteConnection()
{
    close();
}

bool SqliteConnection::openFile(const QString& path, int flags, QString* error)
{
    close();
    const QByteArray fileName = QFile::encodeName(path);
    if (sqlite3_open_v2(fileName.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        *error = QCoreApplication::translate("StoreDatabase", "Cannot open the event database %1: %2")
                     .arg(path, m_db ? errorMessage() : QString());
        close();
        return false;
    }
    // Waits for a moment when another connection holds a lock (a checkpoint), rather than failing.
    sqlite3_busy_timeout(m_db, 5000);
    return true;
}

bool SqliteConnection::open(const QString& path, const StoreOptions& options, QString* error)
{
    if (!openFile(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, error))
        return false;
    // WAL: readers never block the writer and the writer never blocks readers.
    QString why;
    SqliteStatement journalMode;
    if (!journalMode.prepare(m_db, "PRAGMA journal_mode=WAL", &why)
        || journalMode.step() != SqliteStatement::Step::Row) {
        *error = QCoreApplication::translate("StoreDatabase", "Cannot prepare the event database %1: %2")
                     .arg(path, why.isEmpty() ? errorMessage() : why);
        close();
        return false;
    }
    if (journalMode.columnBytes(0).toLower() != "wal") {
        *error = QCoreApplication::translate("StoreDatabase",
                                             "The event database %1 cannot use write-ahead logging (it may be "
                                             "on a network file system). Choose a local data folder.")
                     .arg(path);
        close();
        return false;
    }
    journalMode.reset();
    // synchronousFull fsyncs the WAL on every COMMIT. FULL is kept deliberately although NORMAL
    // would be faster: in WAL mode NORMAL survives a killed process but may lose the last
    // transactions on a power cut, and a 2xx promises Vainu the delivery is kept. Group commit (one
    // fsync per batch) is what keeps FULL affordable under load.
    QByteArray pragmas = "PRAGMA wal_autocheckpoint=4000;";
    pragmas += options.synchronousFull ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;";
#ifdef Q_OS_MACOS
    // On macOS fsync() only hands the data to the drive, which may keep it in its volatile cache
    // and write it in any order; only F_FULLFSYNC asks the drive to put it on permanent storage.
    // Without fullfsync, synchronous=FULL would not keep an answered delivery through a power cut
    // there. It covers the checkpoints' syncs of the database file too.
    if (options.synchronousFull)
        pragmas += "PRAGMA fullfsync=ON;";
#endif
    if (options.maxPageCount > 0)
        pragmas += "PRAGMA max_page_count=" + QByteArray::number(options.maxPageCount) + ';';
    if (!exec(pragmas.constData(), &why)) {
        *error
            = QCoreApplication::translate("StoreDatabase", "Cannot prepare the event database %1: %2").arg(path, why);
        close();
        return false;
    }
    return true;
}

bool SqliteConnection::openReader(const QString& path, QString* error)
{
    // Read-write without create, then query_only: a reader never makes up an empty database, and
    // it may still create the WAL's shared-memory file a read-only open could not.
    if (!openFile(path, SQLITE_OPEN_READWRITE, error))
        return false;
    QString why;
    if (!exec("PRAGMA query_only=1", &why)) {
        *error
            = QCoreApplication::translate("StoreDatabase", "Cannot prepare the event database %1: %2").arg(path, why);
        close();
        return false;
    }
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

QString SqliteConnection::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString SqliteConnection::libraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}
