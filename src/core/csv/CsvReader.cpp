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

} // namespace

QString CsvReader::decode(const QByteArray& bytes, QString* encodingName)
{
    QString name;
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        name = u"UTF-8 with BOM"_s;
        text = QString::fromUtf8(QByteArrayView(bytes).sliced(3));
    } else if (Utf8::firstInvalidByte(bytes) < 0) {
        name = u"UTF-8"_s;
        text = QString::fromUtf8(bytes);
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
