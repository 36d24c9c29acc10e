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
    void close(); // finalize every statement first
    bool exec(const char* sql, QString* error);
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};
