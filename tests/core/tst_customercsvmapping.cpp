#include "core/csv/CsvReader.h"
#include "core/csv/CustomerCsvMapping.h"
#include "core/csv/CustomerImportReport.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCustomerCsvMapping : public QObject
{
    Q_OBJECT

private slots:
    void guessesFinnishAndSwedishHeaders();
    void specOverridesGuess();
    void specErrors_data();
    void specErrors();
    void rowChecks_data();
    void rowChecks();
    void duplicateAndRaggedRows();
    void missingRequired();
    void reportAndFailuresCsv();
    void reportSummaryUsesTheLocalesThousandsSeparators();
};

void TestCustomerCsvMapping::guessesFinnishAndSwedishHeaders()
{
    const QStringList header {u"Asiakasnumero"_s, u"Yrityksen nimi"_s, u"Y-tunnus"_s,      u"Maa"_s,
                              u"Omistaja"_s,      u"Muistiinpanot"_s,  u"Something else"_s};
    const CustomerCsvMapping mapping = CustomerCsvMapping::guess(header);
    QCOMPARE(mapping.fieldAt(0), CustomerField::UniqueId);
    QCOMPARE(mapping.fieldAt(1), CustomerField::CompanyName);
    QCOMPARE(mapping.fieldAt(2), CustomerField::BusinessId);
    QCOMPARE(mapping.fieldAt(3), CustomerField::Country);
    QCOMPARE(mapping.fieldAt(4), CustomerField::OwnerEmail);
    QCOMPARE(mapping.fieldAt(5), CustomerField::Notes);
    QCOMPARE(mapping.fieldAt(6), CustomerField::Ignore);

    const CustomerCsvMapping swedish
        = CustomerCsvMapping::guess({u"Kundnummer"_s, u"Företagsnamn"_s, u"Organisationsnummer"_s, u"Land"_s});
    QCOMPARE(swedish.columnOf(CustomerField::BusinessId), 2);
    QVERIFY(swedish.missingRequired().isEmpty());
}

void TestCustomerCsvMapping::specOverridesGuess()
{
    const QStringList header {u"id"_s, u"Account"_s, u"Org"_s, u"Where"_s};
    QString error;
    const auto mapping
        = CustomerCsvMapping::fromSpec(u"company_name=account, business_id=3,country=Where"_s, header, &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(mapping->columnOf(CustomerField::UniqueId), 0);
    QCOMPARE(mapping->columnOf(CustomerField::CompanyName), 1);
    QCOMPARE(mapping->columnOf(CustomerField::BusinessId), 2);
    QCOMPARE(mapping->columnOf(CustomerField::Country), 3);
    QCOMPARE(mapping->toSpec(header), u"unique_id=id,company_name=Account,business_id=Org,country=Where"_s);

    const auto moved = CustomerCsvMapping::fromSpec(u"unique_id=Org"_s, header, &error);
    QVERIFY(moved);
    QCOMPARE(moved->columnOf(CustomerField::UniqueId), 2);
    QCOMPARE(moved->fieldAt(0), CustomerField::Ignore);
}

void TestCustomerCsvMapping::specErrors_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown field") << u"colour=id"_s << u"colour"_s;
    QTest::newRow("no equals") << u"unique_id"_s << u"unique_id"_s;
    QTest::newRow("unknown column") << u"unique_id=Nope"_s << u"Nope"_s;
    QTest::newRow("column number out of range") << u"unique_id=9"_s << u"9"_s;
}

void TestCustomerCsvMapping::specErrors()
{
    QFETCH(QString, spec);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!CustomerCsvMapping::fromSpec(spec, {u"id"_s, u"name"_s}, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void TestCustomerCsvMapping::rowChecks_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("errorField"); // CustomerField, or -1 for a valid row
    QTest::addColumn<QString>("businessId");
    QTest::addColumn<QString>("country");

    // columns: id, name, business id, country, owner, open, last update
    QTest::newRow("finnish with hyphen") << QStringList {u"1"_s, u"Vainu"_s, u"2822996-6"_s, u"FI"_s,
                                                         u""_s,  u""_s,      u""_s}
                                         << -1 << u"2822996-6"_s << u"FI"_s;
    QTest::newRow("bare finnish") << QStringList {u"1"_s, u"Vainu"_s, u"25578642"_s, u"fi"_s, u""_s, u""_s, u""_s} << -1
                                  << u"2557864-2"_s << u"FI"_s;
    QTest::newRow("prefixed norwegian, no country")
        << QStringList {u"1"_s, u""_s, u"NO918443525"_s, u""_s, u""_s, u""_s, u""_s} << -1 << u"918443525"_s << u"NO"_s;
    QTest::newRow("country name") << QStringList {u"1"_s, u"Acme"_s, u""_s, u"Suomi"_s, u""_s, u""_s, u""_s} << -1
                                  << QString() << u"FI"_s;
    QTest::newRow("bad check digit") << QStringList {u"1"_s, u"Vainu"_s, u"2822996-5"_s, u"FI"_s, u""_s, u""_s, u""_s}
                                     << int(CustomerField::BusinessId) << QString() << QString();
    QTest::newRow("german id unchecked") << QStringList {u"1"_s, u"GmbH"_s, u"HRB 1234"_s, u"DE"_s, u""_s, u""_s, u""_s}
                                         << -1 << u"HRB 1234"_s << u"DE"_s;
    QTest::newRow("no id") << QStringList {u" "_s, u"Vainu"_s, u""_s, u"FI"_s, u""_s, u""_s, u""_s}
                           << int(CustomerField::UniqueId) << QString() << QString();
    QTest::newRow("bad country") << QStringList {u"1"_s, u"Vainu"_s, u""_s, u"XX"_s, u""_s, u""_s, u""_s}
                                 << int(CustomerField::Country) << QString() << QString();
    QTest::newRow("bad email") << QStringList {u"1"_s, u"Vainu"_s, u""_s, u"FI"_s, u"anna.example.com"_s, u""_s, u""_s}
                               << int(CustomerField::OwnerEmail) << QString() << QString();
    QTest::newRow("negative count") << QStringList {u"1"_s, u"Vainu"_s, u""_s, u"FI"_s, u""_s, u"-2"_s, u""_s}
                                    << int(CustomerField::OpenDeals) << QString() << QString();
    QTest::newRow("bad date") << QStringList {u"1"_s, u"Vainu"_s, u""_s, u"FI"_s, u""_s, u""_s, u"yesterday"_s}
                              << int(CustomerField::LastUpdate) << QString() << QString();
    QTest::newRow("nothing to match on") << QStringList {u"1"_s, u""_s, u""_s, u"FI"_s, u""_s, u""_s, u""_s}
                                         << int(CustomerField::Ignore) << QString() << QString();
}

void TestCustomerCsvMapping::rowChecks()
{
    QFETCH(QStringList, fields);
    QFETCH(int, errorField);
    QFETCH(QString, businessId);
    QFETCH(QString, country);
    const CustomerCsvMapping mapping
        = CustomerCsvMapping::guess({u"unique_id"_s, u"company_name"_s, u"business_id"_s, u"country"_s,
                                     u"owner_email"_s, u"open deals"_s, u"last_update"_s});
    const CustomerImportRow row = mapping.mapRow(fields);
    if (errorField < 0) {
        QVERIFY2(row.isValid(), qPrintable(row.errorText()));
        QCOMPARE(row.record.matchData.businessId, businessId);
        QCOMPARE(row.record.matchData.country, country);
    } else {
        QCOMPARE(row.errors.size(), 1);
        QVERIFY(row.errors.contains(CustomerField(errorField)));
        QVERIFY(!row.errorText().isEmpty());
    }
}

void TestCustomerCsvMapping::duplicateAndRaggedRows()
{
    const CsvTable table = CsvReader::read("id;name;country\n1;A;FI\n2;B;SE\n1;C;FI\n3;D\n4;E;NO;x;y\n5;F;DK;;\n"_ba);
    const auto rows = CustomerCsvMapping::guess(table.header).mapTable(table);
    QCOMPARE(rows.size(), 6);
    QVERIFY(rows.at(0).isValid());
    QVERIFY(rows.at(1).isValid());
    QVERIFY(rows.at(2).errors.value(CustomerField::UniqueId).contains(u"line 2"_s));
    QCOMPARE(rows.at(2).line, 4);
    QVERIFY(!rows.at(3).isValid()); // short row
    QVERIFY(!rows.at(4).isValid()); // long row
    QVERIFY2(rows.at(5).isValid(), qPrintable(rows.at(5).errorText())); // trailing empty fields only
}

void TestCustomerCsvMapping::missingRequired()
{
    CustomerCsvMapping mapping(3);
    QVERIFY(mapping.missingRequired().contains(u"unique id"_s));
    mapping.setField(0, CustomerField::UniqueId);
    QVERIFY(!mapping.missingRequired().isEmpty());
    mapping.setField(2, CustomerField::BusinessId);
    QVERIFY(mapping.missingRequired().isEmpty());
    mapping.setField(1, CustomerField::UniqueId); // moves, column 0 becomes ignored
    QCOMPARE(mapping.fieldAt(0), CustomerField::Ignore);
    QCOMPARE(mapping.columnOf(CustomerField::UniqueId), 1);
}

void TestCustomerCsvMapping::reportAndFailuresCsv()
{
    const CsvTable table = CsvReader::read("id;name\n1;A\n;B\n3;C\n4;D\n"_ba);
    const auto rows = CustomerCsvMapping::guess(table.header).mapTable(table);
    const QList<ImportOutcome> sent {
        {ImportStatus::Created, {}}, {ImportStatus::Failed, u"refused"_s}, {ImportStatus::NotSent, {}}};
    const CustomerImportReport report = CustomerImportReport::build(table, rows, sent, true);
    QCOMPARE(report.rows.size(), 4);
    QCOMPARE(report.count(ImportStatus::Created), 1);
    QCOMPARE(report.count(ImportStatus::Invalid), 1);
    QCOMPARE(report.count(ImportStatus::Failed), 1);
    QCOMPARE(report.count(ImportStatus::NotSent), 1);
    QVERIFY(report.anyFailed());
    QVERIFY(report.rows.at(3).outcome.message.contains(u"cancelled"_s));

    const CsvTable failures = CsvReader::read(report.failuresCsv());
    QCOMPARE(failures.header, (QStringList {u"id"_s, u"name"_s, u"line"_s, u"status"_s, u"error"_s}));
    QCOMPARE(failures.rows.size(), 3);
    QCOMPARE(failures.rows.at(0).at(1), u"B"_s);
    QCOMPARE(failures.rows.at(0).at(2), u"3"_s);
    QCOMPARE(failures.rows.at(1).at(4), u"refused"_s);
}

// "30000 created" is hard to read; Finnish writes "30 000" with a no-break space, English "30,000".
void TestCustomerCsvMapping::reportSummaryUsesTheLocalesThousandsSeparators()
{
    CustomerImportReport report;
    CustomerImportReport::Row created;
    created.outcome.status = ImportStatus::Created;
    report.rows.fill(created, 30000);
    CustomerImportReport::Row failed;
    failed.outcome = {ImportStatus::Failed, u"refused"_s};
    report.rows.append(failed);

    const QLocale before;
    const auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    QCOMPARE(report.summary(), u"30\u00a0000 created, 0 updated, 1 failed, 0 not valid, 0 not sent"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(report.summary(), u"30,000 created, 0 updated, 1 failed, 0 not valid, 0 not sent"_s);
}

QTEST_GUILESS_MAIN(TestCustomerCsvMapping)
#include "tst_customercsvmapping.moc"
