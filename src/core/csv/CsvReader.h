#pragma once

#include "core/csv/CsvTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct CsvReadOptions
{
    QChar delimiter; // null = detect among comma, semicolon and tab
    bool hasHeader = true; // false: columns are named "Column 1", "Column 2", ...
};

// Reads CSV as spreadsheets and CRMs write it: RFC 4180 quoting (doubled quotes, delimiters and line breaks
// inside quoted fields), CRLF, LF or CR line ends, and no promise about the delimiter or the encoding.
// Vainu's own exports are ISO-8859-1 with semicolons; Excel writes UTF-8 with a BOM ("CSV UTF-8"),
// Windows-1252 ("CSV" on Windows) or UTF-16 LE with a BOM and tabs ("Unicode Text"); others write plain UTF-8.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    using Options = CsvReadOptions;

    // Never fails: undecodable bytes cannot happen (anything that is not UTF-8 or UTF-16 is read as
    // Windows-1252 or ISO-8859-1, which give every byte a character), and
    // structural problems are listed in CsvTable::issues.
    static CsvTable read(const QByteArray& bytes, const Options& options);
    static CsvTable read(const QByteArray& bytes) { return read(bytes, Options {}); }

    // Reads a file; on failure returns false and sets errorMessage (translated, says what to do).
    static bool readFile(const QString& path, CsvTable* table, QString* errorMessage, const Options& options = {});

    // The text of the bytes and the name of the encoding found: a UTF-8 or UTF-16 (LE or BE) BOM, else valid
    // UTF-8, else Windows-1252 when bytes 0x80-0x9F hold characters it defines, else ISO-8859-1.
    static QString decode(const QByteArray& bytes, QString* encodingName = nullptr);
    // The delimiter among ',', ';' and '\t' that splits the first lines most consistently; ',' when unsure.
    static QChar detectDelimiter(QStringView text);

    static constexpr qint64 maxFileBytes = 200 * 1024 * 1024;
};
