#include "core/csv/CsvWriter.h"

using namespace Qt::StringLiterals;

CsvWriter::CsvWriter(QChar delimiter, bool withBom)
    : m_delimiter(delimiter)
    , m_withBom(withBom)
{ }

QString CsvWriter::quote(const QString& field, QChar delimiter)
{
    const bool needsQuotes = field.contains(delimiter) || field.contains(u'"') || field.contains(u'\n')
        || field.contains(u'\r') || field.startsWith(u' ') || field.endsWith(u' ');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

void CsvWriter::addRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text += m_delimiter;
        m_text += quote(fields.at(i), m_delimiter);
    }
    m_text += u"\r\n"_s;
}

QByteArray CsvWriter::data() const
{
    QByteArray bytes = m_withBom ? "\xEF\xBB\xBF"_ba : QByteArray();
    bytes += m_text.toUtf8();
    return bytes;
}

QByteArray CsvWriter::write(const QStringList& header, const QList<QStringList>& rows, QChar delimiter)
{
    CsvWriter writer(delimiter);
    writer.addRow(header);
    for (const QStringList& row : rows)
        writer.addRow(row);
    return writer.data();
}
