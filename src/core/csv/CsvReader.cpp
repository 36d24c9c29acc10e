#include "core/csv/CsvReader.h"

#include "core/Utf8.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<char16_t, 3> candidates {u',', u';', u'\t'};
constexpr int linesToSniff = 50;

bool allEmpty(const QStringList& fields)
{
    for (const QString& field : fields) {
        if (!field.isEmpty())
            return false;
    }
    return true;
}

// Splits text into records. Quote handling follows RFC 4180 and is lenient where files are not: a quote
// inside an unquoted field is kept as text, text after a closing quote is appended.
class Parser
{
public:
    Parser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    { }

    // false at the end of the text. line is where the record started.
    bool next(QStringList* fields, int* line)
    {
        if (m_pos >= m_text.size())
            return false;
        fields->clear();
        *line = m_line;
        QString field;
        bool quoted = false; // inside quotes
        bool wasQuoted = false; // the field began with a quote
        const qsizetype n = m_text.size();
        while (m_pos < n) {
            const QChar c = m_text[m_pos];
            if (quoted) {
                if (c == u'"') {
                    if (m_pos + 1 < n && m_text[m_pos + 1] == u'"') {
                        field += u'"';
                        m_pos += 2;
                        continue;
                    }
                    quoted = false;
                    ++m_pos;
                    continue;
                }
                if (c == u'\n' || (c == u'\r' && !(m_pos + 1 < n && m_text[m_pos + 1] == u'\n')))
                    ++m_line;
                field += c;
                ++m_pos;
                continue;
            }
            if (c == m_delimiter) {
                fields->append(field);
                field.clear();
                wasQuoted = false;
                ++m_pos;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                ++m_pos;
                if (c == u'\r' && m_pos < n && m_text[m_pos] == u'\n')
                    ++m_pos;
                ++m_line;
                fields->append(field);
                return true;
            }
            if (c == u'"') {
                if (field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else {
                    m_strayQuote = true;
                    field += c;
                }
                ++m_pos;
                continue;
            }
            field += c;
            ++m_pos;
        }
        if (quoted)
            m_unterminated = true;
        fields->append(field);
        return true;
    }

    bool takeStrayQuote() { return std::exchange(m_strayQuote, false); }
    bool unterminated() const { return m_unterminated; }

private:
    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_strayQuote = false;
    bool m_unterminated = false;
};

// Windows-1252 is ISO-8859-1 except for 0x80-0x9F, where Latin-1 has C1 control codes that no text file
// means. Qt 6.4 decodes Windows-1252 only when built with ICU, so the 32 code points are spelled out here;
// the five bytes Windows-1252 leaves undefined keep their Latin-1 meaning (U+0080 + offset).
constexpr std::array<char16_t, 32> windows1252From0x80 {
    u'\u20AC', u'\u0081', u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021', // 0x80-0x87
    u'\u02C6', u'\u2030', u'\u0160', u'\u2039', u'\u0152', u'\u008D', u'\u017D', u'\u008F', // 0x88-0x8F
    u'\u0090', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022', u'\u2013', u'\u2014', // 0x90-0x97
    u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\u009D', u'\u017E', u'\u0178', // 0x98-0x9F
};

bool definedInWindows1252Only(uchar byte)
{
    return byte >= 0x80 && byte <= 0x9F && windows1252From0x80[byte - 0x80] != char16_t(byte);
}

// Bytes that are not UTF-8 and use 0x80-0x9F for printable characters come from Windows (Excel's "CSV").
bool hasWindows1252Characters(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (definedInWindows1252Only(uchar(c)))
            return true;
    }
    return false;
}

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar* out = text.data();
    for (const char c : bytes) {
        const auto byte = uchar(c);
        *out++ = (byte >= 0x80 && byte <= 0x9F) ? QChar(windows1252From0x80[byte - 0x80]) : QChar(char16_t(byte));
    }
    return text;
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes, QString* encodingName)
{
    QString name;
    QString text;
    const QByteArrayView view(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        name = u"UTF-8 with BOM"_s;
        text = QString::fromUtf8(view.sliced(3));
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        // Excel's "Unicode Text" is UTF-16 LE with a BOM; the BOM is the only reliable sign of UTF-16.
        const bool littleEndian = bytes.startsWith("\xFF\xFE");
        name = littleEndian ? u"UTF-16 LE"_s : u"UTF-16 BE"_s;
        QStringDecoder decoder(littleEndian ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::ConvertInitialBom);
        text = decoder.decode(view.sliced(2));
    } else if (Utf8::firstInvalidByte(bytes) < 0) {
        name = u"UTF-8"_s;
        text = QString::fromUtf8(bytes);
    } else if (hasWindows1252Characters(view)) {
        name = u"Windows-1252"_s;
        text = fromWindows1252(view);
    } else {
        name = u"ISO-8859-1"_s;
        text = QString::fromLatin1(bytes);
    }
    if (encodingName)
        *encodingName = name;
    return text;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // Count each candidate per line outside quotes; the winner is the one whose most common non-zero count
    // holds for the most lines (a comma inside "Oy, Ab" names does not fool it when semicolons are steady).
    QList<std::array<int, 3>> perLine;
    std::array<int, 3> current {};
    bool quoted = false;
    for (qsizetype i = 0; i < text.size() && perLine.size() < linesToSniff; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (current != std::array<int, 3> {})
                perLine.append(current);
            current = {};
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == QChar(candidates[k]))
                    ++current[k];
            }
        }
    }
    if (current != std::array<int, 3> {} && perLine.size() < linesToSniff)
        perLine.append(current);

    QChar best = u',';
    int bestConsistent = 0;
    int bestMode = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> frequency;
        for (const auto& counts : perLine) {
            if (counts[k] > 0)
                ++frequency[counts[k]];
        }
        int mode = 0;
        int consistent = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > consistent || (it.value() == consistent && it.key() > mode)) {
                consistent = it.value();
                mode = it.key();
            }
        }
        if (consistent > bestConsistent || (consistent == bestConsistent && mode > bestMode)) {
            best = QChar(candidates[k]);
            bestConsistent = consistent;
            bestMode = mode;
        }
    }
    return best;
}

CsvTable CsvReader::read(const QByteArray& bytes, const Options& options)
{
    CsvTable table;
    const QString text = decode(bytes, &table.encoding);
    table.delimiter = options.delimiter.isNull() ? detectDelimiter(text) : options.delimiter;

    Parser parser(text, table.delimiter);
    QStringList fields;
    int line = 0;
    bool haveHeader = !options.hasHeader;
    while (parser.next(&fields, &line)) {
        const bool stray = parser.takeStrayQuote();
        if (allEmpty(fields))
            continue; // blank lines, and the ";;;;" rows spreadsheets leave behind
        if (!haveHeader) {
            for (QString& name : fields)
                name = name.trimmed();
            table.header = fields;
            haveHeader = true;
            continue;
        }
        // Trailing empty fields beyond the header (a delimiter at the end of each line) are not an error.
        while (fields.size() > table.header.size() && table.header.size() > 0 && fields.constLast().isEmpty())
            fields.removeLast();
        const int rowIndex = int(table.rows.size());
        if (stray) {
            table.issues.append({CsvIssue::Kind::StrayQuote, line, rowIndex,
                                 tr("Line %1: a quote inside an unquoted field was kept as text.").arg(line)});
        }
        if (options.hasHeader && fields.size() != table.header.size()) {
            table.issues.append({CsvIssue::Kind::RaggedRow, line, rowIndex,
                                 tr("Line %1 has %n field(s); the header has %2.", nullptr, int(fields.size()))
                                     .arg(line)
                                     .arg(table.header.size())});
        }
        table.rows.append(fields);
        table.rowLines.append(line);
    }
    if (!options.hasHeader) {
        qsizetype widest = 0;
        for (const QStringList& row : std::as_const(table.rows))
            widest = std::max(widest, row.size());
        for (qsizetype i = 0; i < widest; ++i)
            table.header.append(tr("Column %1").arg(i + 1));
    }
    if (parser.unterminated()) {
        table.issues.append({CsvIssue::Kind::UnterminatedQuote, line, int(table.rows.size()) - 1,
                             tr("The quoted field that starts on line %1 is never closed: the file may be cut "
                                "short. Check the end of the file.")
                                 .arg(line)});
    }
    return table;
}

bool CsvReader::readFile(const QString& path, CsvTable* table, QString* errorMessage, const Options& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = tr("Cannot open %1: %2. Check that the file exists and that you may read it.")
                                .arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    if (file.size() > maxFileBytes) {
        if (errorMessage)
            *errorMessage = tr("%1 is larger than %2 MB. Split it into smaller files.")
                                .arg(QFileInfo(path).fileName())
                                .arg(maxFileBytes / (1024 * 1024));
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        if (errorMessage)
            *errorMessage = tr("Cannot read %1: %2.").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    *table = read(bytes, options);
    if (table->header.isEmpty()) {
        if (errorMessage)
            *errorMessage = tr("%1 is empty: it has no header line and no rows.").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}
