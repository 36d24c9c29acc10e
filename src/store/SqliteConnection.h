#pragma once

#include "store/StoreOptions.h"

#include <QString>

struct sqlite3;

// The writer's own connection to the event database through SQLite's C API (the hot path of
// EventWriter; readers and the schema migration use Qt SQL). Applies the writer's pragmas.
class SqliteConnection
{
public:
    SqliteConnection() = default;
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // On failure *error says what went wrong and what to do.
    bool open(const QString& path, const StoreOptions& options, QString* error);
    // A read-only connection (a reading thread's): never creates the file, waits a moment for the writer's locks.
    bool openReadOnly(const QString& path, QString* error);
    void close(); // finalize every statement first
    bool exec(const char* sql, QString* error);
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};
