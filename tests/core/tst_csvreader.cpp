#include "core/csv/CsvReader.h"
#include "core/csv/CsvWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void rowLinesFollowEmbeddedNewlines();
    void raggedRowsAreReportedAndKept();
    void unterminatedQuoteIsReported();
    void strayQuoteIsKeptAsText();
    void noHeaderNamesColumns();
    void explicitDelimiterWins();
    void writerRoundTrip_data();
    void writerRoundTrip();
    void tenMegabyteFile();
    void readFileErrors();
};

void TestCsvReader::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<Rows>("rows");

    const QStringList idName {u"id"_s, u"name"_s};
    QTest::newRow("comma") << "id,name\n1,Vainu\n2,Acme\n"_ba << u","_s << u"UTF-8"_s << idName
                           << Rows {{u"1"_s, u"Vainu"_s}, {u"2"_s, u"Acme"_s}};
    QTest::newRow("semicolon") << "id;name\n1;Vainu\n"_ba << u";"_s << u"UTF-8"_s << idName
                               << Rows {{u"1"_s, u"Vainu"_s}};
    QTest::newRow("tab") << "id\tname\n1\tVainu, Oy\n"_ba << u"\t"_s << u"UTF-8"_s << idName
                         << Rows {{u"1"_s, u"Vainu, Oy"_s}};
    QTest::newRow("semicolon beats commas in names")
        << "id;name;city\n1;Vainu, Oy;Helsinki\n2;Acme, Ab, Ltd;Espoo\n"_ba << u";"_s << u"UTF-8"_s
        << QStringList {u"id"_s, u"name"_s, u"city"_s}
        << Rows {{u"1"_s, u"Vainu, Oy"_s, u"Helsinki"_s}, {u"2"_s, u"Acme, Ab, Ltd"_s, u"Espoo"_s}};
    QTest::newRow("crlf") << "id,name\r\n1,Vainu\r\n"_ba << u","_s << u"UTF-8"_s << idName
                          << Rows {{u"1"_s, u"Vainu"_s}};
    QTest::newRow("cr only") << "id,name\r1,Vainu\r"_ba << u","_s << u"UTF-8"_s << idName
                             << Rows {{u"1"_s, u"Vainu"_s}};
    QTest::newRow("no final newline") << "id,name\n1,Vainu"_ba << u","_s << u"UTF-8"_s << idName
                                      << Rows {{u"1"_s, u"Vainu"_s}};
    QTest::newRow("quotes") << "id,name\n1,\"Vainu, \"\"the\"\" company\"\n"_ba << u","_s << u"UTF-8"_s << idName
                            << Rows {{u"1"_s, u"Vainu, \"the\" company"_s}};
    QTest::newRow("embedded newline") << "id,name\n1,\"line one\nline two\"\n2,x\n"_ba << u","_s << u"UTF-8"_s << idName
                                      << Rows {{u"1"_s, u"line one\nline two"_s}, {u"2"_s, u"x"_s}};
    QTest::newRow("embedded crlf") << "id;name\r\n1;\"a\r\nb\"\r\n"_ba << u";"_s << u"UTF-8"_s << idName
                                   << Rows {{u"1"_s, u"a\r\nb"_s}};
    QTest::newRow("empty quoted field") << "id,name\n1,\"\"\n"_ba << u","_s << u"UTF-8"_s << idName
                                        << Rows {{u"1"_s, QString()}};
    QTest::newRow("utf8 bom") << "\xEF\xBB\xBFid;name\n1;Etel\xC3\xA4"
                                 "maa\n"_ba
                              << u";"_s << u"UTF-8 with BOM"_s << idName << Rows {{u"1"_s, u"Etel\u00e4maa"_s}};
    QTest::newRow("utf8 no bom") << "id;name\n1;\xC3\x96stermalm AB\n"_ba << u";"_s << u"UTF-8"_s << idName
                                 << Rows {{u"1"_s, u"\u00d6stermalm AB"_s}};
    QTest::newRow("latin1") << "id;name\n1;Etel\xE4"
                               "esplanadi \xD6\n"_ba
                            << u";"_s << u"ISO-8859-1"_s << idName << Rows {{u"1"_s, u"Etel\u00e4esplanadi \u00d6"_s}};
    // Excel's "CSV" on Windows: € (0x80), en dash (0x96) and curly quotes (0x93, 0x94) where Latin-1 has
    // control codes, Å (0xC5) where both agree.
    QTest::newRow("windows-1252") << "id;amount\n1;\x80 1 200 \x96 \x93Oy\x94 \xC5"
                                     "bo\n"_ba
                                  << u";"_s << u"Windows-1252"_s << QStringList {u"id"_s, u"amount"_s}
                                  << Rows {{u"1"_s, u"\u20ac 1 200 \u2013 \u201cOy\u201d \u00c5bo"_s}};
    // 0x81 is undefined in Windows-1252: it stays U+0081 beside the defined ‰ (0x89).
    QTest::newRow("windows-1252 undefined byte")
        << "id;name\n1;\x89\x81\n"_ba << u";"_s << u"Windows-1252"_s << idName << Rows {{u"1"_s, u"\u2030\u0081"_s}};
    // Only bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): nothing says Windows.
    QTest::newRow("latin1 with undefined c1 bytes")
        << "id;name\n1;\x81\x8D\x8F\x90\x9D\xE4\n"_ba << u";"_s << u"ISO-8859-1"_s << idName
        << Rows {{u"1"_s, u"\u0081\u008d\u008f\u0090\u009d\u00e4"_s}};
    // Excel's "Unicode Text": UTF-16 LE with a BOM, tab-separated, CRLF.
    QTest::newRow("utf16le excel unicode text")
        << "\xFF\xFE"
           "i\0d\0\t\0n\0a\0m\0e\0\r\0\n\0"
           "1\0\t\0\xC5\0b\0o\0 \0\xAC\x20\r\0\n\0"_ba
        << u"\t"_s << u"UTF-16 LE"_s << idName << Rows {{u"1"_s, u"\u00c5bo \u20ac"_s}};
    QTest::newRow("utf16be bom") << "\xFE\xFF"
                                    "\0i\0d\0;\0n\0a\0m\0e\0\n"
                                    "\0"
                                    "1\0;\x20\xAC\0\xC5\0\n"_ba
                                 << u";"_s << u"UTF-16 BE"_s << idName << Rows {{u"1"_s, u"\u20ac\u00c5"_s}};
    QTest::newRow("empty lines skipped") << "\nid,name\n\n1,a\n\n\n2,b\n\n"_ba << u","_s << u"UTF-8"_s << idName
                                         << Rows {{u"1"_s, u"a"_s}, {u"2"_s, u"b"_s}};
    QTest::newRow("delimiter-only lines skipped")
        << "id;name\n1;a\n;\n"_ba << u";"_s << u"UTF-8"_s << idName << Rows {{u"1"_s, u"a"_s}};
    QTest::newRow("trailing delimiter") << "id;name;\n1;a;\n"_ba << u";"_s << u"UTF-8"_s
                                        << QStringList {u"id"_s, u"name"_s, QString()}
                                        << Rows {{u"1"_s, u"a"_s, QString()}};
    QTest::newRow("header trimmed") << "  id , name \n1,a\n"_ba << u","_s << u"UTF-8"_s << idName
                                    << Rows {{u"1"_s, u"a"_s}};
    QTest::newRow("only header") << "id,name\n"_ba << u","_s << u"UTF-8"_s << idName << Rows {};
    QTest::newRow("empty") << QByteArray() << u","_s << u"UTF-8"_s << QStringList() << Rows {};
}

void TestCsvReader::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, delimiter);
    QFETCH(QString, encoding);
    QFETCH(QStringList, header);
    QFETCH(Rows, rows);

    const CsvTable table = CsvReader::read(bytes);
    QCOMPARE(QString(table.delimiter), delimiter);
    QCOMPARE(table.encoding, encoding);
    QCOMPARE(table.header, header);
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.rowLines.size(), table.rows.size());
    QVERIFY2(table.issues.isEmpty(), qPrintable(table.issues.value(0).message));
}

void TestCsvReader::rowLinesFollowEmbeddedNewlines()
{
    const CsvTable table = CsvReader::read("id,notes\n1,\"a\nb\nc\"\n\n2,x\n"_ba);
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rowLines, (QList<int> {2, 6}));
}

void TestCsvReader::raggedRowsAreReportedAndKept()
{
    const CsvTable table = CsvReader::read("id;name;country\n1;a;FI\n2;b\n3;c;SE;extra\n4;d;NO\n"_ba);
    QCOMPARE(table.rows.size(), 4);
    QCOMPARE(table.rows.at(1), (QStringList {u"2"_s, u"b"_s}));
    QCOMPARE(table.field(1, 2), QString());
    QCOMPARE(table.issues.size(), 2);
    QCOMPARE(table.issues.at(0).kind, CsvIssue::Kind::RaggedRow);
    QCOMPARE(table.issues.at(0).line, 3);
    QCOMPARE(table.issues.at(0).row, 1);
    QVERIFY(table.issues.at(0).message.contains(u"3"_s));
    QCOMPARE(table.issues.at(1).line, 4);
    QCOMPARE(table.issues.at(1).row, 2);
}

void TestCsvReader::unterminatedQuoteIsReported()
{
    const CsvTable table = CsvReader::read("id,name\n1,\"never closed\n2,b\n"_ba);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.at(0).at(1), u"never closed\n2,b\n"_s);
    QCOMPARE(table.issues.size(), 1);
    QCOMPARE(table.issues.at(0).kind, CsvIssue::Kind::UnterminatedQuote);
    QCOMPARE(table.issues.at(0).line, 2);
}

void TestCsvReader::strayQuoteIsKeptAsText()
{
    const CsvTable table = CsvReader::read("id,name\n1,Vainu \"io\" Oy\n"_ba);
    QCOMPARE(table.rows.at(0).at(1), u"Vainu \"io\" Oy"_s);
    QCOMPARE(table.issues.size(), 1);
    QCOMPARE(table.issues.at(0).kind, CsvIssue::Kind::StrayQuote);
}

void TestCsvReader::noHeaderNamesColumns()
{
    CsvReader::Options options;
    options.hasHeader = false;
    const CsvTable table = CsvReader::read("1;a\n2;b;c\n"_ba, options);
    QCOMPARE(table.header.size(), 3);
    QCOMPARE(table.rows.size(), 2);
    QVERIFY(table.issues.isEmpty());
}

void TestCsvReader::explicitDelimiterWins()
{
    CsvReader::Options options;
    options.delimiter = u'|';
    const CsvTable table = CsvReader::read("id|name\n1|a;b\n"_ba, options);
    QCOMPARE(table.header, (QStringList {u"id"_s, u"name"_s}));
    QCOMPARE(table.rows.at(0).at(1), u"a;b"_s);
}

void TestCsvReader::writerRoundTrip_data()
{
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << u","_s;
    QTest::newRow("semicolon") << u";"_s;
    QTest::newRow("tab") << u"\t"_s;
}

void TestCsvReader::writerRoundTrip()
{
    QFETCH(QString, delimiter);
    const QStringList header {u"id"_s, u"name"_s, u"notes"_s};
    const Rows rows {{u"1"_s, u"Vainu, \"io\"; Oy"_s, u"two\nlines"_s},
                     {u"2"_s, u"\u00c5land\tAb"_s, u" padded "_s},
                     {u"3"_s, QString(), u"x"_s}};
    const QByteArray bytes = CsvWriter::write(header, rows, delimiter.at(0));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const CsvTable table = CsvReader::read(bytes);
    QCOMPARE(QString(table.delimiter), delimiter);
    QCOMPARE(table.header, header);
    QCOMPARE(table.rows, rows);
}

void TestCsvReader::tenMegabyteFile()
{
    QByteArray bytes = "unique_id;company_name;business_id;country;notes\n"_ba;
    int expected = 0;
    while (bytes.size() < 10 * 1024 * 1024) {
        bytes += "crm-" + QByteArray::number(expected) + ";Yritys " + QByteArray::number(expected)
            + " Oy;2822996-6;FI;\"Muistiinpano; rivi\nja toinen \xE4\"\n";
        ++expected;
    }
    const CsvTable table = CsvReader::read(bytes);
    QCOMPARE(table.encoding, u"ISO-8859-1"_s);
    QCOMPARE(table.delimiter, QChar(u';'));
    QCOMPARE(table.rows.size(), expected);
    QVERIFY(table.issues.isEmpty());
    QCOMPARE(table.rows.constLast().at(0), u"crm-%1"_s.arg(expected - 1));
    QCOMPARE(table.rows.constLast().at(4), u"Muistiinpano; rivi\nja toinen \u00e4"_s);
    QCOMPARE(table.rowLines.constLast(), 2 + 2 * (expected - 1));
}

void TestCsvReader::readFileErrors()
{
    CsvTable table;
    QString error;
    QVERIFY(!CsvReader::readFile(u"/nonexistent/file.csv"_s, &table, &error));
    QVERIFY(error.contains(u"file.csv"_s));

    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.csv"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\n\n");
    file.close();
    QVERIFY(!CsvReader::readFile(empty, &table, &error));
    QVERIFY(error.contains(u"empty"_s));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
