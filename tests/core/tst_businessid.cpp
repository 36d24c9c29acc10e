#include "core/BusinessId.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBusinessId : public QObject
{
    Q_OBJECT

private slots:
    void validIds_data();
    void validIds();
    void invalidIds_data();
    void invalidIds();
    void wrongCheckDigitSaysTheRightOne();
    void prefixWinsOverHint();
    void matchKeyIsTheSameForAllShapes();
    void withCheckDigit_data();
    void withCheckDigit();
    void veryLongInputIsRejectedQuickly();
    void supportedCountries();
    void parseListSplitsNormalisesAndDropsRepeats();
    void problemOfNamesOnlyIdsNoCountryTakes();
};

void TestBusinessId::validIds_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("normalised");

    // Finland: hyphenated, bare with hint, bare without hint (shape tells), prefixed, old 6-digit ids.
    QTest::newRow("fi hyphen") << u"2822996-6"_s << QString() << u"FI"_s << u"2822996-6"_s;
    QTest::newRow("fi hyphen with hint") << u"2822996-6"_s << u"FI"_s << u"FI"_s << u"2822996-6"_s;
    QTest::newRow("fi bare with hint") << u"25578642"_s << u"FI"_s << u"FI"_s << u"2557864-2"_s;
    QTest::newRow("fi bare lower-case hint") << u"25578642"_s << u"fi"_s << u"FI"_s << u"2557864-2"_s;
    QTest::newRow("fi bare no hint, not valid for DK") << u"25578642"_s << QString() << u"FI"_s << u"2557864-2"_s;
    QTest::newRow("fi prefixed VAT form") << u"FI25578642"_s << QString() << u"FI"_s << u"2557864-2"_s;
    QTest::newRow("fi prefixed lower-case") << u"fi25578642"_s << QString() << u"FI"_s << u"2557864-2"_s;
    QTest::newRow("fi spaces around") << u"  2822996-6 \t"_s << QString() << u"FI"_s << u"2822996-6"_s;
    QTest::newRow("fi old six digits") << u"112038-9"_s << u"FI"_s << u"FI"_s << u"0112038-9"_s;
    QTest::newRow("fi old six digits no hint") << u"112038-9"_s << QString() << u"FI"_s << u"0112038-9"_s;
    QTest::newRow("fi leading zero") << u"0737546-2"_s << QString() << u"FI"_s << u"0737546-2"_s;
    QTest::newRow("fi remainder 0") << u"1000002-0"_s << QString() << u"FI"_s << u"1000002-0"_s;

    // Sweden: hyphen, bare, prefixed, 12-digit century form, VAT.
    QTest::newRow("se hyphen") << u"556677-8899"_s << QString() << u"SE"_s << u"556677-8899"_s;
    QTest::newRow("se bare") << u"5566778899"_s << QString() << u"SE"_s << u"556677-8899"_s;
    QTest::newRow("se bare with hint") << u"5560360793"_s << u"SE"_s << u"SE"_s << u"556036-0793"_s;
    QTest::newRow("se prefixed") << u"SE5566778899"_s << QString() << u"SE"_s << u"556677-8899"_s;
    QTest::newRow("se century 16") << u"165566778899"_s << u"SE"_s << u"SE"_s << u"556677-8899"_s;
    QTest::newRow("se century 16 hyphen") << u"16556677-8899"_s << u"SE"_s << u"SE"_s << u"556677-8899"_s;
    QTest::newRow("se VAT") << u"SE556677889901"_s << QString() << u"SE"_s << u"556677-8899"_s;
    QTest::newRow("se another") << u"2120000142"_s << u"SE"_s << u"SE"_s << u"212000-0142"_s;
    QTest::newRow("se check digit 0") << u"5566778840"_s << QString() << u"SE"_s << u"556677-8840"_s;

    // Norway: bare, prefixed, spaced, VAT suffix.
    QTest::newRow("no bare with hint") << u"918443525"_s << u"NO"_s << u"NO"_s << u"918443525"_s;
    QTest::newRow("no bare no hint") << u"918443525"_s << QString() << u"NO"_s << u"918443525"_s;
    QTest::newRow("no prefixed") << u"NO918443525"_s << QString() << u"NO"_s << u"918443525"_s;
    QTest::newRow("no spaced") << u"918 443 525"_s << u"NO"_s << u"NO"_s << u"918443525"_s;
    QTest::newRow("no VAT") << u"NO918443525MVA"_s << QString() << u"NO"_s << u"918443525"_s;

    // Denmark: bare with hint, prefixed, bare without hint when only DK fits.
    QTest::newRow("dk bare with hint") << u"10150817"_s << u"DK"_s << u"DK"_s << u"10150817"_s;
    QTest::newRow("dk prefixed") << u"DK10150817"_s << QString() << u"DK"_s << u"10150817"_s;
    QTest::newRow("dk bare no hint, not valid for FI") << u"10150817"_s << QString() << u"DK"_s << u"10150817"_s;
    QTest::newRow("dk spaced") << u"DK 10 15 08 17"_s << QString() << u"DK"_s << u"10150817"_s;
}

void TestBusinessId::validIds()
{
    QFETCH(QString, raw);
    QFETCH(QString, hint);
    QFETCH(QString, country);
    QFETCH(QString, normalised);

    const BusinessIdCheck c = BusinessId::check(raw, hint);
    QVERIFY2(c.valid, qPrintable(c.error));
    QCOMPARE(c.country, country);
    QCOMPARE(c.normalised, normalised);
    QVERIFY(c.error.isEmpty());
    QCOMPARE(BusinessId::normalise(raw, hint), normalised);
}

void TestBusinessId::invalidIds_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty") << QString() << QString() << u"empty"_s;
    QTest::newRow("only spaces") << u"   "_s << u"FI"_s << u"empty"_s;
    QTest::newRow("fi wrong check") << u"2822996-5"_s << QString() << u"should be 6"_s;
    QTest::newRow("fi bare wrong check") << u"25578643"_s << u"FI"_s << u"should be 2"_s;
    QTest::newRow("fi remainder 1") << u"1000008-0"_s << QString() << u"no check digit fits"_s;
    QTest::newRow("fi too short") << u"12345-6"_s << u"FI"_s << u"seven digits"_s;
    QTest::newRow("fi too long") << u"12345678-9"_s << u"FI"_s << u"seven digits"_s;
    QTest::newRow("fi two hyphens") << u"282-2996-6"_s << u"FI"_s << u"seven digits"_s;
    QTest::newRow("fi two check digits") << u"2822996-66"_s << u"FI"_s << u"seven digits"_s;
    QTest::newRow("fi nine bare digits") << u"282299666"_s << u"FI"_s << u"seven digits"_s;
    QTest::newRow("fi letter") << u"28229X6-6"_s << u"FI"_s << u"\"X\""_s;
    QTest::newRow("se wrong check") << u"556677-8898"_s << QString() << u"should be 9"_s;
    QTest::newRow("se wrong length") << u"55667788"_s << u"SE"_s << u"ten digits"_s;
    QTest::newRow("se hyphen misplaced") << u"5566-778899"_s << u"SE"_s << u"ten digits"_s;
    QTest::newRow("se 12 digits not 16") << u"195566778899"_s << u"SE"_s << u"ten digits"_s;
    QTest::newRow("no wrong check") << u"NO918443526"_s << QString() << u"should be 5"_s;
    QTest::newRow("no remainder 1") << u"100000130"_s << u"NO"_s << u"no check digit fits"_s;
    QTest::newRow("no too short") << u"91844352"_s << u"NO"_s << u"nine digits"_s;
    QTest::newRow("no hyphen") << u"918443-525"_s << u"NO"_s << u"nine digits"_s;
    QTest::newRow("dk wrong check") << u"10150818"_s << u"DK"_s << u"should be 7"_s;
    QTest::newRow("dk no digit fits") << u"10000050"_s << u"DK"_s << u"no last digit"_s;
    QTest::newRow("dk wrong length") << u"DK1015081"_s << QString() << u"eight digits"_s;
    QTest::newRow("unsupported prefix") << u"DE123456789"_s << QString() << u"DE"_s;
    QTest::newRow("unsupported hint") << u"123456789"_s << u"DE"_s << u"Supported countries"_s;
    QTest::newRow("letters only") << u"ABCDEF"_s << QString() << u"Supported countries"_s;
    QTest::newRow("prefix only") << u"FI"_s << QString() << u"no digits"_s;
    QTest::newRow("symbol") << u"2822996/6"_s << QString() << u"\"/\""_s;
    QTest::newRow("unknown shape") << u"1234"_s << QString() << u"Choose the country"_s;
    QTest::newRow("ambiguous FI and DK") << u"10000602"_s << QString() << u"Choose"_s;
    QTest::newRow("neither FI nor DK") << u"10000000"_s << QString() << u"neither"_s;
    QTest::newRow("non-latin digits") << u"\u0662\u0668\u0662\u0662\u0669\u0669\u0666-\u0666"_s << u"FI"_s
                                      << u"does not belong"_s;
}

void TestBusinessId::invalidIds()
{
    QFETCH(QString, raw);
    QFETCH(QString, hint);
    QFETCH(QString, errorContains);

    const BusinessIdCheck c = BusinessId::check(raw, hint);
    QVERIFY(!c.valid);
    QVERIFY(c.normalised.isEmpty());
    QVERIFY2(c.error.contains(errorContains), qPrintable(c.error));
    QVERIFY(BusinessId::matchKey(raw, hint).isEmpty());
    QVERIFY(BusinessId::normalise(raw, hint).isEmpty());
}

void TestBusinessId::wrongCheckDigitSaysTheRightOne()
{
    const BusinessIdCheck c = BusinessId::check(u"2822996-5"_s);
    QCOMPARE(c.error, u"The check digit of 2822996-5 is wrong: it should be 6."_s);
    QCOMPARE(c.country, u"FI"_s);
}

void TestBusinessId::prefixWinsOverHint()
{
    const BusinessIdCheck c = BusinessId::check(u"NO918443525"_s, u"FI"_s);
    QVERIFY2(c.valid, qPrintable(c.error));
    QCOMPARE(c.country, u"NO"_s);

    // A hint that contradicts the shape is respected: the id is checked as that country's.
    const BusinessIdCheck se = BusinessId::check(u"2822996-6"_s, u"SE"_s);
    QVERIFY(!se.valid);
    QCOMPARE(se.country, u"SE"_s);
    QVERIFY2(se.error.contains(u"Swedish"_s), qPrintable(se.error));
}

void TestBusinessId::matchKeyIsTheSameForAllShapes()
{
    const QString fi = u"FI:25578642"_s;
    QCOMPARE(BusinessId::matchKey(u"2557864-2"_s), fi);
    QCOMPARE(BusinessId::matchKey(u"25578642"_s, u"FI"_s), fi);
    QCOMPARE(BusinessId::matchKey(u"FI25578642"_s, u"SE"_s), fi);
    QCOMPARE(BusinessId::matchKey(u"NO918443525"_s), u"NO:918443525"_s);
    QCOMPARE(BusinessId::matchKey(u"918443525"_s, u"no"_s), u"NO:918443525"_s);
    QCOMPARE(BusinessId::matchKey(u"556677-8899"_s), u"SE:5566778899"_s);
    QCOMPARE(BusinessId::matchKey(u"SE5566778899"_s), u"SE:5566778899"_s);
    QCOMPARE(BusinessId::matchKey(u"10150817"_s, u"DK"_s), u"DK:10150817"_s);
}

void TestBusinessId::withCheckDigit_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fi") << u"FI"_s << u"2822996"_s << u"2822996-6"_s;
    QTest::newRow("fi six digits") << u"FI"_s << u"112038"_s << u"0112038-9"_s;
    QTest::newRow("fi remainder 1") << u"FI"_s << u"1000008"_s << QString();
    QTest::newRow("se") << u"SE"_s << u"556677889"_s << u"556677-8899"_s;
    QTest::newRow("no") << u"no"_s << u"91844352"_s << u"918443525"_s;
    QTest::newRow("no remainder 1") << u"NO"_s << u"10000013"_s << QString();
    QTest::newRow("dk") << u"DK"_s << u"1015081"_s << u"10150817"_s;
    QTest::newRow("dk impossible") << u"DK"_s << u"1000005"_s << QString();
    QTest::newRow("wrong length") << u"NO"_s << u"123"_s << QString();
    QTest::newRow("letters") << u"FI"_s << u"12345a7"_s << QString();
    QTest::newRow("unsupported") << u"DE"_s << u"1234567"_s << QString();
}

void TestBusinessId::withCheckDigit()
{
    QFETCH(QString, country);
    QFETCH(QString, digits);
    QFETCH(QString, expected);

    const QString id = BusinessId::withCheckDigit(country, digits);
    QCOMPARE(id, expected);
    if (!id.isEmpty()) {
        const BusinessIdCheck c = BusinessId::check(id, country);
        QVERIFY2(c.valid, qPrintable(c.error));
        QCOMPARE(c.normalised, id);
    }
}

void TestBusinessId::veryLongInputIsRejectedQuickly()
{
    const QString huge(1024 * 1024, u'1');
    const BusinessIdCheck c = BusinessId::check(huge, u"FI"_s);
    QVERIFY(!c.valid);
    QVERIFY2(c.error.contains(u"too long"_s), qPrintable(c.error));
    QVERIFY(c.error.size() < 300);
}

void TestBusinessId::supportedCountries()
{
    QCOMPARE(BusinessId::supportedCountries(), (QStringList {u"FI"_s, u"SE"_s, u"NO"_s, u"DK"_s}));
}

// What "Add companies" reads from pasted text: any separators, canonical forms, each id once.
void TestBusinessId::parseListSplitsNormalisesAndDropsRepeats()
{
    QCOMPARE(BusinessId::parseList(u" 2557864-2\n1853532-9, NO918443525;;SE5569355299\t2557864-2 "_s),
             (QStringList {u"2557864-2"_s, u"1853532-9"_s, u"918443525"_s, u"556935-5299"_s}));
    QCOMPARE(BusinessId::parseList(u"12-34, 12-34 x"_s), (QStringList {u"12-34"_s, u"x"_s}));
    QVERIFY(BusinessId::parseList(u" ,;\n"_s).isEmpty());
    QCOMPARE(BusinessId::parseList(u" 25578642 ,2557864-2;\n\nNO918443525 XY1"_s),
             (QStringList {u"2557864-2"_s, u"918443525"_s, u"XY1"_s}));
}

// Only an id no supported country accepts is refused before it is sent; one that needs a country hint is sent.
void TestBusinessId::problemOfNamesOnlyIdsNoCountryTakes()
{
    QVERIFY(BusinessId::problemOf(u"2557864-2"_s).isEmpty());
    QVERIFY(BusinessId::problemOf(u"NO918443525"_s).isEmpty());
    QVERIFY(BusinessId::problemOf(u"10150817"_s).isEmpty()); // a Danish CVR number without its prefix
    QVERIFY(BusinessId::problemOf(u"2557864-3"_s).contains(u"check digit"_s));
    QVERIFY(!BusinessId::problemOf(u"12-34"_s).isEmpty());
    QVERIFY(!BusinessId::problemOf(u"abc"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestBusinessId)
#include "tst_businessid.moc"
