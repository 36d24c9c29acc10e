#include "core/Company.h"
#include "core/CompanyList.h"
#include "core/CustomerRecord.h"
#include "core/FieldChange.h"
#include "core/JsonEnvelope.h"
#include "core/Utf8.h"
#include "core/Webhook.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCodecs : public QObject
{
    Q_OBJECT

private slots:
    void pageEnvelopes_data();
    void pageEnvelopes();
    void pageRejects_data();
    void pageRejects();
    void jsonObjectIsStrict();
    void utf8Validator_data();
    void utf8Validator();

    void normaliseQuery_data();
    void normaliseQuery();
    void deliveryUrl_data();
    void deliveryUrl();
    void webhookFromJson();
    void webhookRejects_data();
    void webhookRejects();
    void webhookCreateJson();

    void customerRecordFull();
    void customerRecordMinimal();
    void customerRecordRejects_data();
    void customerRecordRejects();
    void customerRecordToJson();
    void matchStatusNames();

    void companyList();
    void companyListRejects();
    void company();

    void diffFirstSighting();
    void diffChangedFields();
    void diffNumbersByValue();
    void diffOrder();
};

void TestCodecs::pageEnvelopes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("items");
    QTest::addColumn<qint64>("count"); // -1: none

    QTest::newRow("results") << R"({"results":[{"a":1},{"a":2}]})"_ba << 2 << qint64(-1);
    QTest::newRow("results with count") << R"({"count":57,"results":[{"a":1}]})"_ba << 1 << qint64(57);
    QTest::newRow("result") << R"({"result":[{"a":1},{"a":2},{"a":3}]})"_ba << 3 << qint64(-1);
    QTest::newRow("bare array") << R"([{"a":1}])"_ba << 1 << qint64(-1);
    QTest::newRow("empty results") << R"({"results":[]})"_ba << 0 << qint64(-1);
    QTest::newRow("empty array") << "[]"_ba << 0 << qint64(-1);
    QTest::newRow("null count") << R"({"results":[],"count":null})"_ba << 0 << qint64(-1);
    QTest::newRow("extra fields") << R"({"results":[1],"next":"http://x/?offset=20","previous":null})"_ba << 1
                                  << qint64(-1);
    QTest::newRow("results wins over result") << R"({"results":[1,2],"result":[1]})"_ba << 2 << qint64(-1);
}

void TestCodecs::pageEnvelopes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, items);
    QFETCH(qint64, count);

    const ParseResult<JsonPage> r = parseJsonPage(body);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.value().items.size(), items);
    QCOMPARE(r.value().count.has_value(), count >= 0);
    if (count >= 0)
        QCOMPARE(*r.value().count, count);
}

void TestCodecs::pageRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"the body is empty"_s;
    QTest::newRow("html") << "<html>Bad gateway</html>"_ba << u"not valid JSON"_s;
    QTest::newRow("no results") << R"({"detail":"x"})"_ba << u"results: missing; expected an array"_s;
    QTest::newRow("results object") << R"({"results":{}})"_ba << u"results: expected an array, got an object"_s;
    QTest::newRow("result string") << R"({"result":"x"})"_ba << u"result: expected an array, got a string"_s;
    QTest::newRow("count string") << R"({"results":[],"count":"5"})"_ba
                                  << u"count: expected an integer or null, got a string"_s;
    QTest::newRow("count negative") << R"({"results":[],"count":-1})"_ba << u"count: must be at least 0, got -1"_s;
    QTest::newRow("invalid utf-8") << "[\"\xC3\x28\"]"_ba << u"not valid UTF-8 (invalid byte at offset 2)"_s;
    QTest::newRow("scalar") << "42"_ba << u"the body"_s;
}

void TestCodecs::pageRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const ParseResult<JsonPage> r = parseJsonPage(body);
    QVERIFY(!r.ok());
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
}

void TestCodecs::jsonObjectIsStrict()
{
    QVERIFY(parseJsonObject(R"({"a":1})"_ba).ok());
    QCOMPARE(parseJsonObject(R"({"a":1})"_ba).value().value(u"a"_s).toInt(), 1);
    QVERIFY(!parseJsonObject("[]"_ba).ok());
    QVERIFY(parseJsonObject("[]"_ba).message().contains(u"expected a JSON object, got an array"_s));
    QVERIFY(!parseJsonObject(R"({"a":1,})"_ba).ok());
    QVERIFY(!parseJsonObject("{\"a\":\"\xFE\"}"_ba).ok());
    // Very deep nesting is refused by the parser rather than overflowing the stack.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QVERIFY(!parseJsonObject(deep).ok());
}

void TestCodecs::utf8Validator_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("firstInvalid");

    QTest::newRow("empty") << QByteArray() << qsizetype(-1);
    QTest::newRow("ascii") << "hello"_ba << qsizetype(-1);
    QTest::newRow("two-byte") << "\xC3\xA4"_ba << qsizetype(-1);
    QTest::newRow("three-byte") << "\xE2\x82\xAC"_ba << qsizetype(-1);
    QTest::newRow("four-byte") << "\xF0\x9F\x98\x80"_ba << qsizetype(-1);
    QTest::newRow("max code point") << "\xF4\x8F\xBF\xBF"_ba << qsizetype(-1);
    QTest::newRow("lone continuation") << "a\x80"_ba << qsizetype(1);
    QTest::newRow("overlong two-byte") << "\xC1\xBF"_ba << qsizetype(0);
    QTest::newRow("overlong three-byte") << "\xE0\x80\xAF"_ba << qsizetype(0);
    QTest::newRow("surrogate") << "ab\xED\xB0\x80"_ba << qsizetype(2);
    QTest::newRow("above max") << "\xF4\x90\x80\x80"_ba << qsizetype(0);
    QTest::newRow("truncated") << "abc\xF0\x9F\x98"_ba << qsizetype(3);
    QTest::newRow("bad continuation") << "\xE2\x28\xA1"_ba << qsizetype(0);
    QTest::newRow("ff") << "\xFF"_ba << qsizetype(0);
}

void TestCodecs::utf8Validator()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, firstInvalid);
    QCOMPARE(Utf8::firstInvalidByte(bytes), firstInvalid);
}

void TestCodecs::normaliseQuery_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("question mark only") << u"?"_s << QString();
    QTest::newRow("spaces only") << u"  "_s << QString();
    QTest::newRow("without ?") << u"a=b"_s << u"?a=b"_s;
    QTest::newRow("with ?") << u"?crm=custom"_s << u"?crm=custom"_s;
    QTest::newRow("padded") << u" ?a=b&c=d "_s << u"?a=b&c=d"_s;
}

void TestCodecs::normaliseQuery()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Webhook::normaliseQuery(input), expected);
}

void TestCodecs::deliveryUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain + query") << u"https://www.example.com/webhook_endpoint"_s << u"?crm=custom"_s
                                   << u"https://www.example.com/webhook_endpoint?crm=custom"_s;
    QTest::newRow("query without ?") << u"http://127.0.0.1:8080/hook"_s << u"secret=abc"_s
                                     << u"http://127.0.0.1:8080/hook?secret=abc"_s;
    QTest::newRow("url has query: &") << u"http://127.0.0.1:8080/hook?x=1"_s << u"?secret=abc"_s
                                      << u"http://127.0.0.1:8080/hook?x=1&secret=abc"_s;
    QTest::newRow("empty query") << u"http://127.0.0.1/hook?x=1"_s << QString() << u"http://127.0.0.1/hook?x=1"_s;
    QTest::newRow("no query at all") << u"http://127.0.0.1/hook"_s << QString() << u"http://127.0.0.1/hook"_s;
    QTest::newRow("url ends with ?") << u"http://127.0.0.1/hook?"_s << u"?a=b"_s << u"http://127.0.0.1/hook?a=b"_s;
    QTest::newRow("fragment kept after query")
        << u"http://127.0.0.1/hook#top"_s << u"?a=b"_s << u"http://127.0.0.1/hook?a=b#top"_s;
}

void TestCodecs::deliveryUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    Webhook w;
    w.webhookUrl = url;
    w.query = query;
    QCOMPARE(w.deliveryUrl().toString(QUrl::FullyEncoded), expected);
}

void TestCodecs::webhookFromJson()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"webhook_url": "https://www.example.com/webhook_endpoint",
        "query": "crm=custom", "id": "5f5b7b3ebb9378063bc322ef", "username": "user@example.com",
        "type": "company_change_webhook", "created": "2024-01-01"})"_ba)
                              .object();
    const ParseResult<Webhook> r = Webhook::fromJson(o);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.value().id, u"5f5b7b3ebb9378063bc322ef"_s);
    QCOMPARE(r.value().webhookUrl, u"https://www.example.com/webhook_endpoint"_s);
    QCOMPARE(r.value().query, u"?crm=custom"_s); // normalised
    QCOMPARE(r.value().username, u"user@example.com"_s);
    QCOMPARE(r.value().type, Webhook::companyChangeType());

    const ParseResult<Webhook> minimal = Webhook::fromJson(
        QJsonObject {{u"id"_s, u"1"_s}, {u"webhook_url"_s, u"http://h/"_s}, {u"query"_s, QJsonValue::Null}});
    QVERIFY2(minimal.ok(), qPrintable(minimal.message()));
    QVERIFY(minimal.value().query.isEmpty());
}

void TestCodecs::webhookRejects_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("message");
    const QJsonObject ok {{u"id"_s, u"1"_s}, {u"webhook_url"_s, u"http://h/"_s}};
    QJsonObject o = ok;
    o.remove(u"id"_s);
    QTest::newRow("id missing") << o << u"id: missing; expected a string"_s;
    o = ok;
    o.insert(u"id"_s, 5);
    QTest::newRow("id number") << o << u"id: expected a string, got an integer"_s;
    o = ok;
    o.insert(u"webhook_url"_s, QJsonValue::Null);
    QTest::newRow("url null") << o << u"webhook_url: expected a string, got null"_s;
    o = ok;
    o.insert(u"query"_s, QJsonArray {});
    QTest::newRow("query array") << o << u"query: expected a string or null, got an array"_s;
}

void TestCodecs::webhookRejects()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    const ParseResult<Webhook> r = Webhook::fromJson(object);
    QVERIFY(!r.ok());
    QCOMPARE(r.message(), message);
}

void TestCodecs::webhookCreateJson()
{
    Webhook w;
    w.webhookUrl = u"https://example.com/hook"_s;
    w.query = u"crm=custom"_s;
    const QJsonObject o = w.toCreateJson();
    QCOMPARE(o.size(), 3);
    QCOMPARE(o.value(u"webhook_url"_s).toString(), w.webhookUrl);
    QCOMPARE(o.value(u"query"_s).toString(), u"?crm=custom"_s);
    QCOMPARE(o.value(u"type"_s).toString(), u"company_change_webhook"_s);
}

void TestCodecs::customerRecordFull()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"unique_id": "crm-1",
        "match_data": {"company_name": "Vainu", "business_id": "2557864-2", "country": "FI"},
        "last_update": "2024-03-05", "notes": "n", "owner_email": "o@example.com",
        "open_deals_count": 2, "won_deals_count": 0, "lost_deals_count": null,
        "matching": {"status": "matched", "business_id": "25578642", "company_name": "Vainu. io Software Oy"},
        "unknown": [1]})"_ba)
                              .object();
    const ParseResult<CustomerRecord> r = CustomerRecord::fromJson(o);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const CustomerRecord& c = r.value();
    QCOMPARE(c.uniqueId, u"crm-1"_s);
    QCOMPARE(c.matchData.companyName, u"Vainu"_s);
    QCOMPARE(c.matchData.businessId, u"2557864-2"_s);
    QCOMPARE(c.matchData.country, u"FI"_s);
    QCOMPARE(c.lastUpdate, std::optional<QDate>(QDate(2024, 3, 5)));
    QCOMPARE(c.notes, u"n"_s);
    QCOMPARE(c.ownerEmail, u"o@example.com"_s);
    QCOMPARE(c.openDealsCount, std::optional<int>(2));
    QCOMPARE(c.wonDealsCount, std::optional<int>(0));
    QVERIFY(!c.lostDealsCount.has_value());
    QVERIFY(c.matching.has_value());
    QCOMPARE(c.matching->status, MatchStatus::Matched);
    QCOMPARE(c.matching->businessId, u"25578642"_s);
}

void TestCodecs::customerRecordMinimal()
{
    const ParseResult<CustomerRecord> r = CustomerRecord::fromJson(QJsonObject {{u"unique_id"_s, u"x"_s}});
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(!r.value().matching.has_value());
    QVERIFY(!r.value().lastUpdate.has_value());

    // A date-time is accepted for last_update; an unknown matching status is Unknown.
    const ParseResult<CustomerRecord> dt
        = CustomerRecord::fromJson(QJsonObject {{u"unique_id"_s, u"x"_s},
                                                {u"last_update"_s, u"2024-03-05T10:20:30Z"_s},
                                                {u"matching"_s, QJsonObject {{u"status"_s, u"in_review"_s}}}});
    QVERIFY2(dt.ok(), qPrintable(dt.message()));
    QCOMPARE(dt.value().lastUpdate, std::optional<QDate>(QDate(2024, 3, 5)));
    QCOMPARE(dt.value().matching->status, MatchStatus::Unknown);
}

void TestCodecs::customerRecordRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("no unique_id") << R"({"notes":"x"})"_ba << u"unique_id: missing; expected a string"_s;
    QTest::newRow("blank unique_id") << R"({"unique_id":"  "})"_ba << u"unique_id: must not be empty"_s;
    QTest::newRow("match_data string") << R"({"unique_id":"a","match_data":"x"})"_ba
                                       << u"match_data: expected an object or null, got a string"_s;
    QTest::newRow("nested business_id number")
        << R"({"unique_id":"a","match_data":{"business_id":123}})"_ba
        << u"match_data.business_id: expected a string or null, got an integer"_s;
    QTest::newRow("deal count string") << R"({"unique_id":"a","open_deals_count":"2"})"_ba
                                       << u"open_deals_count: expected an integer or null, got a string"_s;
    QTest::newRow("deal count negative") << R"({"unique_id":"a","won_deals_count":-1})"_ba
                                         << u"won_deals_count: must be at least 0, got -1"_s;
    QTest::newRow("bad date") << R"({"unique_id":"a","last_update":"yesterday"})"_ba
                              << u"last_update: expected a date like 2024-01-31, got \"yesterday\""_s;
    QTest::newRow("matching status number") << R"({"unique_id":"a","matching":{"status":1}})"_ba
                                            << u"matching.status: expected a string or null, got an integer"_s;
}

void TestCodecs::customerRecordRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const ParseResult<CustomerRecord> r = CustomerRecord::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.ok());
    QCOMPARE(r.message(), message);
}

void TestCodecs::customerRecordToJson()
{
    CustomerRecord c;
    c.uniqueId = u"crm-2"_s;
    c.matchData.businessId = u"NO918443525"_s;
    c.matchData.country = u"NO"_s;
    c.lastUpdate = QDate(2023, 12, 31);
    c.openDealsCount = 4;
    c.matching = Matching {MatchStatus::Matched, u"x"_s, u"y"_s};
    const QJsonObject o = c.toJson();
    QCOMPARE(o.value(u"unique_id"_s).toString(), u"crm-2"_s);
    QCOMPARE(o.value(u"match_data"_s).toObject(),
             (QJsonObject {{u"business_id"_s, u"NO918443525"_s}, {u"country"_s, u"NO"_s}}));
    QCOMPARE(o.value(u"last_update"_s).toString(), u"2023-12-31"_s);
    QCOMPARE(o.value(u"open_deals_count"_s).toInt(), 4);
    QVERIFY(!o.contains(u"won_deals_count"_s));
    QVERIFY(!o.contains(u"notes"_s));
    QVERIFY(!o.contains(u"matching"_s));

    const ParseResult<CustomerRecord> back = CustomerRecord::fromJson(o);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back.value().toJson(), o);
}

void TestCodecs::matchStatusNames()
{
    for (MatchStatus s : {MatchStatus::Unknown, MatchStatus::Matched, MatchStatus::NotMatched, MatchStatus::Pending})
        QCOMPARE(matchStatusFromName(matchStatusName(s)), s);
    QCOMPARE(matchStatusName(MatchStatus::NotMatched), u"not_matched"_s);
    QCOMPARE(matchStatusFromName(u"nonsense"_s), MatchStatus::Unknown);
    QCOMPARE(matchStatusFromName(QString()), MatchStatus::Unknown);
}

void TestCodecs::companyList()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({"id":"5f5b7b3ebb9378063bc322ef","name":"Prospects",
        "is_named_list":true,"default":false,"owner_email":"u@example.com","added_companies":12})"_ba)
                              .object();
    const ParseResult<CompanyList> r = CompanyList::fromJson(o);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.value().name, u"Prospects"_s);
    QVERIFY(r.value().isStatic());
    QCOMPARE(r.value().addedCompanies, 12);
    QCOMPARE(CompanyList::fromJson(r.value().toJson()).value().toJson(), r.value().toJson());

    const ParseResult<CompanyList> dynamic = CompanyList::fromJson(QJsonObject {{u"id"_s, u"a"_s}});
    QVERIFY(dynamic.ok());
    QVERIFY(!dynamic.value().isStatic());
}

void TestCodecs::companyListRejects()
{
    QCOMPARE(CompanyList::fromJson(QJsonObject {{u"name"_s, u"x"_s}}).message(), u"id: missing; expected a string"_s);
    QCOMPARE(CompanyList::fromJson(QJsonObject {{u"id"_s, u"a"_s}, {u"is_named_list"_s, u"yes"_s}}).message(),
             u"is_named_list: expected a boolean or null, got a string"_s);
    QCOMPARE(CompanyList::fromJson(QJsonObject {{u"id"_s, u"a"_s}, {u"added_companies"_s, 1.5}}).message(),
             u"added_companies: expected an integer or null, got a number with a fraction"_s);
}

void TestCodecs::company()
{
    const ParseResult<Company> r = Company::fromJson(
        QJsonObject {{u"business_id"_s, u"25578642"_s}, {u"company_name"_s, u"Vainu"_s}, {u"staff_number"_s, 3}});
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.value().businessId(), u"25578642"_s);
    QCOMPARE(r.value().name(), u"Vainu"_s);
    QCOMPARE(r.value().fields.value(u"staff_number"_s).toInt(), 3);
    QCOMPARE(Company::fromJson(QJsonObject {{u"name"_s, u"Other"_s}}).value().name(), u"Other"_s);
    QCOMPARE(Company::fromJson(QJsonObject {{u"business_id"_s, 1}}).message(),
             u"business_id: expected a string or null, got an integer"_s);
}

void TestCodecs::diffFirstSighting()
{
    const QJsonObject after {{u"company_name"_s, u"A"_s}, {u"staff_number"_s, 5}};
    const QList<FieldChange> changes = diffCompanyData({}, after);
    QCOMPARE(changes.size(), 2);
    for (const FieldChange& c : changes)
        QVERIFY(c.before.isUndefined());
}

void TestCodecs::diffChangedFields()
{
    const QJsonObject before {
        {u"company_name"_s, u"A"_s}, {u"staff_number"_s, 5}, {u"domain"_s, u"a.com"_s}, {u"region"_s, u"FI-18"_s}};
    const QJsonObject after {{u"company_name"_s, u"A"_s}, {u"staff_number"_s, 6}, {u"domain"_s, QJsonValue::Null}};
    const QList<FieldChange> changes = diffCompanyData(before, after);
    QCOMPARE(changes.size(), 2); // region is absent from after: nothing is said about it
    QCOMPARE(changes[0].field, u"domain"_s);
    QCOMPARE(changes[0].before, QJsonValue(u"a.com"_s));
    QVERIFY(changes[0].after.isNull());
    QCOMPARE(changes[1].field, u"staff_number"_s);
    QCOMPARE(changes[1].before.toInt(), 5);
    QCOMPARE(changes[1].after.toInt(), 6);
    QVERIFY(diffCompanyData(after, after).isEmpty());
}

void TestCodecs::diffNumbersByValue()
{
    const QJsonObject a = QJsonDocument::fromJson(R"({"turn_over": 12})"_ba).object();
    const QJsonObject b = QJsonDocument::fromJson(R"({"turn_over": 12.0})"_ba).object();
    QVERIFY(diffCompanyData(a, b).isEmpty());
    const QJsonObject c = QJsonDocument::fromJson(R"({"turn_over": 9007199254740993})"_ba).object();
    const QJsonObject d = QJsonDocument::fromJson(R"({"turn_over": 9007199254740992})"_ba).object();
    QCOMPARE(diffCompanyData(c, d).size(), 1);
    // A number and the same digits as a string differ.
    QCOMPARE(diffCompanyData(a, QJsonObject {{u"turn_over"_s, u"12"_s}}).size(), 1);
}

void TestCodecs::diffOrder()
{
    const QJsonObject after {{u"zeta"_s, 1},        {u"alpha"_s, 1},     {u"region"_s, u"r"_s},
                             {u"status"_s, u"s"_s}, {u"turn_over"_s, 1}, {u"business_id"_s, u"b"_s}};
    QStringList fields;
    for (const FieldChange& c : diffCompanyData({}, after))
        fields.append(c.field);
    QCOMPARE(fields, (QStringList {u"status"_s, u"turn_over"_s, u"business_id"_s, u"region"_s, u"alpha"_s, u"zeta"_s}));
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
