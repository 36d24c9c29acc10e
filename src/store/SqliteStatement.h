#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// A statement on a SQLite connection (SqliteConnection), prepared once and reused for every row.
// The writer's hot path binds UTF-8 bytes and integers directly: through Qt SQL each bound value
// cost a QVariant, a placeholder name built with QString::arg and a UTF-16 to UTF-8 conversion,
// which was most of the writer's time per delivery. The readers read columns the same way, without
// a QVariant per value.
class SqliteStatement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* db, const char* sql, QString* error);
    bool prepare(sqlite3* db, const QByteArray& sql, QString* error) { return prepare(db, sql.constData(), error); }

    // Parameters are numbered from 1. Text and blobs must stay alive until reset(): they are not
    // copied. A null QByteArray binds SQL NULL.
    void bind(int index, qint64 value);
    void bindText(int index, const QByteArray& utf8);
    void bindText(int index, const QString& text); // copied (as UTF-8); a null QString binds NULL
    void bindBlob(int index, const QByteArray& bytes);
    void bindNull(int index);

    Step step();
    qint64 columnInt64(int column) const;
    QByteArray columnBytes(int column) const; // a deep copy of a text or blob column
    QString columnText(int column) const; // a null QString for SQL NULL
    bool columnIsNull(int column) const;
    // Ready for the next row: resets the statement and drops the bound values.
    void reset();
    QString errorMessage() const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};
