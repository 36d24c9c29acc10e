#include "core/CompanyChange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// The documented example payload of docs/api-choices.md section 3.
const QByteArray documentedPayload = R"({
  "data": {
    "status": "active", "domain": "vainu.com", "turn_over": 895766,
    "visiting_address": "Etel\u00e4esplanadi 12", "business_id": "25578642",
    "company_name": "Vainu. io Software Oy", "visiting_city": "HELSINKI",
    "visiting_postal": "00130", "staff_number": 12, "region": "FI-18"
  },
  "number_of_tries": 1,
  "type": "company_change_webhook",
  "unique_id": "123abc"
})"_ba;

QJsonObject documentedObject()
{
    return QJsonDocument::fromJson(documentedPayload).object();
}

QByteArray withData(const QString& field, const QJsonValue& value)
{
    QJsonObject o = documentedObject();
    QJsonObject data = o.value(u"data"_s).toObject();
    if (value.isUndefined())
        data.remove(field);
    else
        data.insert(field, value);
    o.insert(u"data"_s, data);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray withTop(const QString& field, const QJsonValue& value)
{
    QJsonObject o = documentedObject();
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestCompanyChange : public QObject
{
    Q_OBJECT

private slots:
    void documentedPayloadParses();
    void acceptedVariants_data();
    void acceptedVariants();
    void rejected_data();
    void rejected();
    void megabyteStringIsKept();
    void basicFieldsInDocumentedOrder();
    void dataHashIsStableUnderKeyOrder();
    void dataHashChangesWithData();
    void toJsonRoundTrips();
};

void TestCompanyChange::documentedPayloadParses()
{
    const ParseResult<CompanyChange> r = CompanyChange::fromJson(documentedPayload);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const CompanyChange& c = r.value();
    QCOMPARE(c.uniqueId, u"123abc"_s);
    QCOMPARE(c.type, u"company_change_webhook"_s);
    QCOMPARE(c.numberOfTries, 1);
    QCOMPARE(c.businessId(), u"25578642"_s);
    QCOMPARE(c.companyName(), u"Vainu. io Software Oy"_s);
    QCOMPARE(c.data.value(u"visiting_address"_s).toString(), u"Etel\u00e4esplanadi 12"_s);
    QCOMPARE(c.data.value(u"turn_over"_s).toInteger(), 895766);
    QCOMPARE(c.data.size(), 10);
    QVERIFY(r.message().isEmpty());
}

void TestCompanyChange::acceptedVariants_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("unknown extra top-level field") << withTop(u"signature"_s, u"abc"_s);
    QTest::newRow("unknown extra data field") << withData(u"industry"_s, QJsonObject {{u"code"_s, 62}});
    QTest::newRow("null string field") << withData(u"domain"_s, QJsonValue::Null);
    QTest::newRow("missing string field") << withData(u"region"_s, QJsonValue::Undefined);
    QTest::newRow("null turn_over") << withData(u"turn_over"_s, QJsonValue::Null);
    QTest::newRow("null staff_number") << withData(u"staff_number"_s, QJsonValue::Null);
    QTest::newRow("missing staff_number") << withData(u"staff_number"_s, QJsonValue::Undefined);
    QTest::newRow("integral double turn_over") << withData(u"turn_over"_s, 1000.0);
    QTest::newRow("negative turn_over") << withData(u"turn_over"_s, -5);
    QTest::newRow("empty string field") << withData(u"visiting_city"_s, u""_s);
    QTest::newRow("retry") << withTop(u"number_of_tries"_s, 5);
    QTest::newRow("empty data") << withTop(u"data"_s, QJsonObject {});
    QTest::newRow("utf-8 bom") << "\xEF\xBB\xBF"_ba + documentedPayload;
    QTest::newRow("emoji and escapes") << withData(u"company_name"_s, u"Caf\u00e9 \U0001F600 \"quoted\" \\ back"_s);
    QTest::newRow("big turn_over") << R"({"data":{"turn_over":9007199254740993},"number_of_tries":1,
        "type":"company_change_webhook","unique_id":"x"})"_ba;
}

void TestCompanyChange::acceptedVariants()
{
    QFETCH(QByteArray, body);
    const ParseResult<CompanyChange> r = CompanyChange::fromJson(body);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!r.value().uniqueId.isEmpty());
}

void TestCompanyChange::rejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    // Malformed input as a whole.
    QTest::newRow("empty body") << QByteArray() << QString() << u"the body is empty; expected JSON"_s;
    QTest::newRow("whitespace body") << " \n "_ba << QString() << u"the body is empty; expected JSON"_s;
    QTest::newRow("truncated json") << documentedPayload.left(40) << QString() << u"not valid JSON"_s;
    QTest::newRow("trailing garbage") << documentedPayload + "}"_ba << QString() << u"not valid JSON"_s;
    QTest::newRow("not json") << "hello"_ba << QString() << u"not valid JSON"_s;
    QTest::newRow("array") << "[1,2]"_ba << QString() << u"expected a JSON object, got an array"_s;
    QTest::newRow("invalid utf-8 byte") << withData(u"company_name"_s, u"ABC"_s)
                                               .replace("ABC",
                                                        "A\xFF"
                                                        "C")
                                        << QString() << u"not valid UTF-8"_s;
    QTest::newRow("overlong utf-8") << withData(u"company_name"_s, u"ABC"_s).replace("ABC", "\xC0\xAF") << QString()
                                    << u"not valid UTF-8"_s;
    QTest::newRow("utf-8 surrogate") << withData(u"company_name"_s, u"ABC"_s).replace("ABC", "\xED\xA0\x80")
                                     << QString() << u"not valid UTF-8"_s;
    QTest::newRow("truncated utf-8 at end") << "{\"a\":\"\xE2\x82"_ba << QString() << u"not valid UTF-8"_s;

    // Top-level fields.
    QTest::newRow("data missing") << withTop(u"data"_s, QJsonValue::Undefined) << u"data"_s
                                  << u"data: missing; expected an object"_s;
    QTest::newRow("data is array") << withTop(u"data"_s, QJsonArray {}) << u"data"_s
                                   << u"data: expected an object, got an array"_s;
    QTest::newRow("data is null") << withTop(u"data"_s, QJsonValue::Null) << u"data"_s
                                  << u"data: expected an object, got null"_s;
    QTest::newRow("type missing") << withTop(u"type"_s, QJsonValue::Undefined) << u"type"_s
                                  << u"type: missing; expected a string"_s;
    QTest::newRow("type wrong") << withTop(u"type"_s, u"other_webhook"_s) << u"type"_s
                                << u"type: expected \"company_change_webhook\", got \"other_webhook\""_s;
    QTest::newRow("type number") << withTop(u"type"_s, 3) << u"type"_s << u"type: expected a string, got an integer"_s;
    QTest::newRow("unique_id missing") << withTop(u"unique_id"_s, QJsonValue::Undefined) << u"unique_id"_s
                                       << u"unique_id: missing; expected a string"_s;
    QTest::newRow("unique_id empty") << withTop(u"unique_id"_s, u""_s) << u"unique_id"_s
                                     << u"unique_id: must not be empty"_s;
    QTest::newRow("unique_id number") << withTop(u"unique_id"_s, 123) << u"unique_id"_s
                                      << u"unique_id: expected a string, got an integer"_s;
    QTest::newRow("tries missing") << withTop(u"number_of_tries"_s, QJsonValue::Undefined) << u"number_of_tries"_s
                                   << u"number_of_tries: missing; expected an integer"_s;
    QTest::newRow("tries zero") << withTop(u"number_of_tries"_s, 0) << u"number_of_tries"_s
                                << u"number_of_tries: must be at least 1, got 0"_s;
    QTest::newRow("tries fraction") << withTop(u"number_of_tries"_s, 1.5) << u"number_of_tries"_s
                                    << u"number_of_tries: expected an integer, got a number with a fraction"_s;
    QTest::newRow("tries string") << withTop(u"number_of_tries"_s, u"1"_s) << u"number_of_tries"_s
                                  << u"number_of_tries: expected an integer, got a string"_s;
    QTest::newRow("tries too big") << withTop(u"number_of_tries"_s, 1e12) << u"number_of_tries"_s
                                   << u"number_of_tries: must be at most 2147483647, got 1000000000000"_s;

    // Data fields.
    QTest::newRow("staff_number string") << withData(u"staff_number"_s, u"12"_s) << u"data.staff_number"_s
                                         << u"data.staff_number: expected an integer or null, got a string"_s;
    QTest::newRow("turn_over fraction") << withData(u"turn_over"_s, 10.5) << u"data.turn_over"_s
                                        << u"data.turn_over: expected an integer or null, got a number with a "
                                           "fraction"_s;
    QTest::newRow("turn_over huge") << withData(u"turn_over"_s, 1e300) << u"data.turn_over"_s
                                    << u"data.turn_over: expected an integer or null, got a number too large for "
                                       "an integer"_s;
    QTest::newRow("turn_over bool") << withData(u"turn_over"_s, true) << u"data.turn_over"_s
                                    << u"data.turn_over: expected an integer or null, got a boolean"_s;
    QTest::newRow("business_id number") << withData(u"business_id"_s, 25578642) << u"data.business_id"_s
                                        << u"data.business_id: expected a string or null, got an integer"_s;
    QTest::newRow("company_name object") << withData(u"company_name"_s, QJsonObject {}) << u"data.company_name"_s
                                         << u"data.company_name: expected a string or null, got an object"_s;
    QTest::newRow("region array") << withData(u"region"_s, QJsonArray {u"FI-18"_s}) << u"data.region"_s
                                  << u"data.region: expected a string or null, got an array"_s;
}

void TestCompanyChange::rejected()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const ParseResult<CompanyChange> r = CompanyChange::fromJson(body);
    QVERIFY(!r.ok());
    QVERIFY(!r);
    QCOMPARE(r.field(), field);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
    QVERIFY(!r.reason().isEmpty());
}

void TestCompanyChange::megabyteStringIsKept()
{
    const QString big(1024 * 1024, u'x');
    const QByteArray body = withData(u"company_name"_s, big);
    QVERIFY(body.size() > 1024 * 1024);
    const ParseResult<CompanyChange> r = CompanyChange::fromJson(body);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.value().companyName().size(), big.size());

    // A huge wrong value is reported without echoing the value back.
    const ParseResult<CompanyChange> wrong = CompanyChange::fromJson(withTop(u"type"_s, big));
    QVERIFY(!wrong.ok());
    QVERIFY(wrong.message().size() < 300);
}

void TestCompanyChange::basicFieldsInDocumentedOrder()
{
    const QStringList expected {u"status"_s,       u"domain"_s,       u"turn_over"_s,     u"visiting_address"_s,
                                u"business_id"_s,  u"company_name"_s, u"visiting_city"_s, u"visiting_postal"_s,
                                u"staff_number"_s, u"region"_s};
    QCOMPARE(CompanyChange::basicFields(), expected);
    QVERIFY(CompanyChange::isIntegerField(u"turn_over"_s));
    QVERIFY(CompanyChange::isIntegerField(u"staff_number"_s));
    QVERIFY(!CompanyChange::isIntegerField(u"domain"_s));
}

void TestCompanyChange::dataHashIsStableUnderKeyOrder()
{
    const QByteArray a = R"({"data":{"status":"active","turn_over":5,"nested":{"x":1,"y":[1,2]},"region":null},
        "number_of_tries":1,"type":"company_change_webhook","unique_id":"u1"})"_ba;
    const QByteArray b = R"({"unique_id":"u2","type":"company_change_webhook","number_of_tries":3,
        "data":{"region":null,"nested":{"y":[1,2],"x":1},"turn_over":5,"status":"active"}})"_ba;
    const ParseResult<CompanyChange> ra = CompanyChange::fromJson(a);
    const ParseResult<CompanyChange> rb = CompanyChange::fromJson(b);
    QVERIFY2(ra.ok(), qPrintable(ra.message()));
    QVERIFY2(rb.ok(), qPrintable(rb.message()));
    QCOMPARE(ra.value().dataHash(), rb.value().dataHash());
    QCOMPARE(ra.value().dataHash().size(), 64); // SHA-256 in hex
    for (char ch : ra.value().dataHash())
        QVERIFY((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
}

void TestCompanyChange::dataHashChangesWithData()
{
    const CompanyChange a = CompanyChange::fromJson(documentedPayload).value();
    const CompanyChange b = CompanyChange::fromJson(withData(u"staff_number"_s, 13)).value();
    const CompanyChange c = CompanyChange::fromJson(withData(u"staff_number"_s, QJsonValue::Null)).value();
    QVERIFY(a.dataHash() != b.dataHash());
    QVERIFY(a.dataHash() != c.dataHash());
    QVERIFY(b.dataHash() != c.dataHash());
    // A retry (only number_of_tries differs) has the same hash.
    const CompanyChange retry = CompanyChange::fromJson(withTop(u"number_of_tries"_s, 4)).value();
    QCOMPARE(retry.dataHash(), a.dataHash());
}

void TestCompanyChange::toJsonRoundTrips()
{
    const CompanyChange a = CompanyChange::fromJson(documentedPayload).value();
    const ParseResult<CompanyChange> b = CompanyChange::fromJson(a.toJson());
    QVERIFY2(b.ok(), qPrintable(b.message()));
    QCOMPARE(b.value().toJson(), a.toJson());
    QCOMPARE(b.value().dataHash(), a.dataHash());
}

QTEST_GUILESS_MAIN(TestCompanyChange)
#include "tst_companychange.moc"
