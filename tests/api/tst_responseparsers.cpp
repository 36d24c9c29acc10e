#include "api/ResponseParsers.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Canned JSON written with single quotes, which keeps the bodies readable here.
QByteArray j(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}
} // namespace

// The envelope variants of docs/api-choices.md, parsed from canned bodies: the sandbox answers with one shape
// only, the real service may use the others.
class TestResponseParsers : public QObject
{
    Q_OBJECT

private slots:
    void webhookEnvelopes_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray item
            = j("{'webhook_url':'https://h.example/hook','query':'crm=custom','id':'5f5b7b3ebb9378063bc322ef',"
                "'username':'user@example.com','type':'company_change_webhook'}");
        QTest::newRow("results") << QByteArray(j("{'results':[") + item + "]}");
        QTest::newRow("result") << QByteArray(j("{'result':[") + item + "]}");
        QTest::newRow("bare array") << QByteArray("[" + item + "]");
        QTest::newRow("results with count") << QByteArray(j("{'count':1,'results':[") + item + "]}");
    }
    void webhookEnvelopes()
    {
        QFETCH(QByteArray, body);
        const auto parsed = ResponseParsers::webhooks(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed.value().size(), 1);
        const Webhook& webhook = parsed.value().first();
        QCOMPARE(webhook.id, u"5f5b7b3ebb9378063bc322ef"_s);
        QCOMPARE(webhook.webhookUrl, u"https://h.example/hook"_s);
        QCOMPARE(webhook.query, u"?crm=custom"_s); // the server's query without '?' is normalised
        QCOMPARE(webhook.username, u"user@example.com"_s);
    }

    void emptyList()
    {
        QVERIFY(ResponseParsers::webhooks(j("{'results':[]}")).value().isEmpty());
        QVERIFY(ResponseParsers::lists("[]").ok());
    }

    void badItemIsNamedByPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("fieldStart");
        QTest::newRow("item not an object") << QByteArray(j("{'results':[1]}")) << u"results[0]"_s;
        QTest::newRow("id missing") << QByteArray(j("{'results':[{'webhook_url':'https://x'}]}")) << u"results[0].id"_s;
        QTest::newRow("second item bad") << QByteArray(
            j("[{'id':'a','webhook_url':'https://x'},{'id':5,'webhook_url':'https://x'}]"))
                                         << u"results[1].id"_s;
    }
    void badItemIsNamedByPath()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, fieldStart);
        const auto parsed = ResponseParsers::webhooks(body);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.field().startsWith(fieldStart), qPrintable(parsed.message()));
    }

    void notJsonIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(j("{'results':[{'id':'a'"));
        QTest::newRow("object without results") << QByteArray(j("{'detail':'x'}"));
    }
    void notJsonIsRefused()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ResponseParsers::webhooks(body).ok());
        QVERIFY(!ResponseParsers::customerPage(body).ok());
    }

    void customerPageReadsCount()
    {
        const auto parsed = ResponseParsers::customerPage(
            j("{'count':42,'results':[{'unique_id':'crm-1','match_data':{'business_id':'2822996-6','country':'FI'}},"
              "{'unique_id':'crm-2','matching':{'status':'matched','business_id':'25578642'}}]}"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed.value().count, 42);
        QCOMPARE(parsed.value().items.size(), 2);
        QCOMPARE(parsed.value().items.at(0).uniqueId, u"crm-1"_s);
        QVERIFY(!parsed.value().items.at(0).matching.has_value()); // shown even without matching
        QCOMPARE(parsed.value().items.at(1).matching->status, MatchStatus::Matched);
        QCOMPARE(ResponseParsers::customerPage(j("[{'unique_id':'x'}]")).value().count, -1);
    }

    void companyCountOnly()
    {
        const auto parsed = ResponseParsers::companyCount(j("{'count':123}"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().count, 123);
        QVERIFY(parsed.value().items.isEmpty());
        QVERIFY(!ResponseParsers::companyCount(j("{'count':'many'}")).ok());
    }

    void companyPageKeepsAllFields()
    {
        const auto parsed = ResponseParsers::companyPage(
            j("{'result':[{'business_id':'25578642','company_name':'Vainu','staff_number':12,'extra':{'a':1}}]}"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed.value().items.first().businessId(), u"25578642"_s);
        QCOMPARE(parsed.value().items.first().fields.value(u"staff_number"_s).toInt(), 12);
    }

    void batchAllStored()
    {
        const auto parsed = ResponseParsers::batchCreate(j("[{'unique_id':'a'},{'unique_id':'b'}]"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QVERIFY(parsed.value().allStored());
        QCOMPARE(parsed.value().stored.size(), 2);
        QCOMPARE(parsed.value().stored.at(1)->uniqueId, u"b"_s);
    }

    void batchPartlyRefused()
    {
        const QByteArray body = j("{'detail':'1 of 3 objects were not stored.',"
                                  "'results':[{'unique_id':'a'},null,{'unique_id':'c'}],"
                                  "'errors':[{'index':1,'unique_id':'a','errors':{'unique_id':"
                                  "['A record with this unique_id already exists.']}}]}");
        QVERIFY(ResponseParsers::isBatchErrorBody(body));
        QVERIFY(!ResponseParsers::isBatchErrorBody(j("{'detail':'More than 1000 objects.'}")));
        const auto parsed = ResponseParsers::batchCreate(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        const BatchCreateResult& result = parsed.value();
        QVERIFY(!result.allStored());
        QCOMPARE(result.detail, u"1 of 3 objects were not stored."_s);
        QCOMPARE(result.stored.size(), 3);
        QVERIFY(result.stored.at(0).has_value());
        QVERIFY(!result.stored.at(1).has_value());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().index, 1);
        QCOMPARE(result.errors.first().fieldErrors.value(u"unique_id"_s),
                 QStringList {u"A record with this unique_id already exists."_s});
    }

    void batchBadItemIsNamed()
    {
        const auto parsed = ResponseParsers::batchCreate(j("[{'unique_id':'a'},{'notes':'no id'}]"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.field().startsWith(u"results[1]"_s), qPrintable(parsed.message()));
    }
};

QTEST_GUILESS_MAIN(TestResponseParsers)
#include "tst_responseparsers.moc"
