#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

// Reads and writes an event database file through SQLite's C API, the way another program would:
// what the store wrote is checked without the store's own code, and tests can prepare a file of an
// older schema. Link SQLite::SQLite3.
namespace SqliteTestSupport {

// A connection without any of the store's pragmas, closed when it goes.
class Database
{
public:
    explicit Database(const QString& path, bool readOnly = false)
    {
        const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
    }
    ~Database() { sqlite3_close_v2(m_db); }
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// Runs one statement with its values bound in order (QByteArray as a blob, QString as text, anything
// else as an integer). True when it ran to the end; *firstValue gets the first column of the first
// row as text (null when there is no row).
inline bool exec(sqlite3* db, const QByteArray& sql, const QVariantList& binds = {}, QString* firstValue = nullptr)
{
    sqlite3_stmt* statement = nullptr;
    if (!db || sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return false;
    int index = 0;
    for (const QVariant& value : binds) {
        ++index;
        if (!value.isValid()) {
            sqlite3_bind_null(statement, index);
        } else if (value.typeId() == QMetaType::QByteArray) {
            const QByteArray bytes = value.toByteArray();
            sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        } else if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, index, value.toLongLong());
        }
    }
    int result = sqlite3_step(statement);
    if (firstValue) {
        *firstValue = QString();
        if (result == SQLITE_ROW)
            *firstValue = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    while (result == SQLITE_ROW)
        result = sqlite3_step(statement);
    sqlite3_finalize(statement);
    return result == SQLITE_DONE;
}

// The first column of the first row as text; null when the statement fails or has no row.
inline QString value(sqlite3* db, const QByteArray& sql, const QVariantList& binds = {})
{
    QString first;
    return exec(db, sql, binds, &first) ? first : QString();
}

} // namespace SqliteTestSupport
