#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV: fields with the delimiter, a quote or a line break are quoted, quotes doubled, CRLF
// line ends. UTF-8 with a BOM by default, because that is what spreadsheets open correctly.
class CsvWriter
{
public:
    explicit CsvWriter(QChar delimiter = u',', bool withBom = true);

    void addRow(const QStringList& fields);
    QByteArray data() const;

    // One field as it appears in the file.
    static QString quote(const QString& field, QChar delimiter);
    static QByteArray write(const QStringList& header, const QList<QStringList>& rows, QChar delimiter = u',');

private:
    QString m_text;
    QChar m_delimiter;
    bool m_withBom;
};
