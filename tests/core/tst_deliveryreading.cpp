#include "core/DeliveryReading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// How the receiver reads a body it has kept: leniently, as far as it goes.
class TestDeliveryReading : public QObject
{
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        const int change = int(DeliveryReading::Kind::Change);
        const int unrecognised = int(DeliveryReading::Kind::Unrecognised);
        const int notJson = int(DeliveryReading::Kind::NotJson);
        QTest::newRow("minimal change") << QByteArray("{\"unique_id\":\"u\",\"data\":{}}") << change;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{\"unique_id\":\"u\",\"data\":{}}") << change;
        QTest::newRow("bare string") << QByteArray("\"hello\"") << unrecognised;
        QTest::newRow("bare number") << QByteArray(" 42 ") << unrecognised;
        QTest::newRow("null") << QByteArray("null") << unrecognised;
        QTest::newRow("empty unique_id") << QByteArray("{\"unique_id\":\" \",\"data\":{}}") << unrecognised;
        QTest::newRow("unique_id an object") << QByteArray("{\"unique_id\":{},\"data\":{}}") << unrecognised;
        QTest::newRow("data null") << QByteArray("{\"unique_id\":\"u\",\"data\":null}") << unrecognised;
        QTest::newRow("two values") << QByteArray("1, 2") << notJson;
        QTest::newRow("trailing garbage") << QByteArray("{\"unique_id\":\"u\",\"data\":{}} x") << notJson;
        QTest::newRow("whitespace only") << QByteArray(" \r\n") << notJson;
    }

    void kinds()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const DeliveryReading reading = DeliveryReading::read(body);
        QCOMPARE(int(reading.kind), kind);
        QCOMPARE(reading.problem.isEmpty(), kind == int(DeliveryReading::Kind::Change));
    }

    void triesAreReadLeniently_data()
    {
        QTest::addColumn<QByteArray>("tries");
        QTest::addColumn<int>("read");
        QTest::newRow("integer") << QByteArray("3") << 3;
        QTest::newRow("text") << QByteArray("\"3\"") << 3;
        QTest::newRow("decimal") << QByteArray("2.0") << 2;
        QTest::newRow("text with spaces") << QByteArray("\" 4 \"") << 4;
        QTest::newRow("zero") << QByteArray("0") << 1;
        QTest::newRow("words") << QByteArray("\"twice\"") << 1;
        QTest::newRow("null") << QByteArray("null") << 1;
        QTest::newRow("huge") << QByteArray("1e300") << std::numeric_limits<int>::max();
    }

    void triesAreReadLeniently()
    {
        QFETCH(QByteArray, tries);
        QFETCH(int, read);
        const DeliveryReading reading
            = DeliveryReading::read("{\"unique_id\":\"u\",\"data\":{},\"number_of_tries\":" + tries + "}");
        QCOMPARE(reading.change.numberOfTries, read);
        QCOMPARE(reading.notes.isEmpty(), tries == "3" || tries == "2.0"); // a number that is what it says
    }

    void dataIsNormalisedAndTheRestKept()
    {
        const DeliveryReading reading = DeliveryReading::read(
            "{\"unique_id\":\"u\",\"type\":\"Company_Change_Webhook\",\"data\":{\"turn_over\":\" 1500 \","
            "\"staff_number\":\"7.5\",\"business_id\":2331972,\"company_name\":null,\"visiting_city\":\"TURKU\","
            "\"custom\":[1,2]}}");
        QCOMPARE(int(reading.kind), int(DeliveryReading::Kind::Change));
        QCOMPARE(reading.change.type, u"company_change_webhook"_s);
        const QJsonObject& data = reading.change.data;
        QCOMPARE(data.value(u"turn_over"_s), QJsonValue(qint64(1500)));
        QCOMPARE(data.value(u"staff_number"_s).toDouble(), 7.5);
        QCOMPARE(data.value(u"business_id"_s).toString(), u"2331972"_s);
        QCOMPARE(reading.change.businessId(), u"2331972"_s);
        QVERIFY(data.value(u"company_name"_s).isNull()); // kept as sent
        QCOMPARE(data.value(u"custom"_s).toArray().size(), 2);
        // Every lenient step is noted: type, turn_over, staff_number, business_id.
        QCOMPARE(reading.notes.size(), 4);
        QVERIFY2(reading.notes.join(u'\n').contains(u"data.turn_over: \" 1500 \" read as 1500"_s),
                 qPrintable(reading.notes.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestDeliveryReading)
#include "tst_deliveryreading.moc"
