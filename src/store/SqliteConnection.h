#pragma once

#include "store/StoreOptions.h"

#include <QString>

struct sqlite3;

// A connection to the event database through SQLite's C API, the store's one way to SQLite: the
// writer and its checkpointer open theirs with open(), every reading thread a read-only one with
// openReader(). A connection is used by one thread at a time.
class SqliteConnection
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // The writer's connection: creates the file when missing, switches it to WAL and applies the
    // writer's pragmas. On failure *error says what went wrong and what to do.
    bool open(const QString& path, const StoreOptions& options, QString* error);
    // A read-only connection (PRAGMA query_only) to an existing file; waits for a moment when the
    // writer holds a lock (checkpoints) rather than failing.
    bool openReader(const QString& path, QString* error);
    void close(); // finalize every statement first
    bool isOpen() const { return m_db != nullptr; }
    bool exec(const char* sql, QString* error);
    QString errorMessage() const;
    sqlite3* handle() const { return m_db; }

    // The version of the SQLite library the program runs on (sqlite3_libversion()), e.g. "3.40.1".
    static QString libraryVersion();

private:
    bool openFile(const QString& path, int flags, QString* error);

    sqlite3* m_db = nullptr;
};
