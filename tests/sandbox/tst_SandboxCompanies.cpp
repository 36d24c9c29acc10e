// Get Companies (GET and POST /api/v2/companies/): filters with every suffix, fields, paging,
// count, order, CSV and JSON lines, and its error answers. Expected results are computed here,
// independently, from the full data set.
#include "LocalSandbox.h"
#include "SandboxTestClient.h"
#include "sandbox/SeedData.h"

#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Qt::StringLiterals;

class TestSandboxCompanies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dataSetIsNordicAndValid();
    void aLargeDataSetKeepsNamesAndIdsUnique();
    void defaultFieldsAndPaging();
    void fieldsSelection();
    void filters_data();
    void filters();
    void postWithJsonBody();
    void businessIdLookup_data();
    void businessIdLookup();
    void counts();
    void order_data();
    void order();
    void csvAndJsonLines();
    void badRequests_data();
    void badRequests();

private:
    int expectedCount(const std::function<bool(const QJsonObject&)>& predicate) const;

    LocalSandbox m_server;
    SandboxTestClient m_client;
    QList<QJsonObject> m_all; // the whole data set, fields=all
};

void TestSandboxCompanies::initTestCase()
{
    SandboxOptions options;
    options.seed = 42;
    QVERIFY(m_server.start(options));
    m_client.setBase(m_server->apiBaseUrl());
    m_client.setApiKey(m_server->demoApiKey().toUtf8());
    const TestResponse response = m_client.get(u"companies/?fields=all&limit=1000"_s);
    QCOMPARE(response.status, 200);
    for (const QJsonValue& company : response.results())
        m_all.append(company.toObject());
    QVERIFY(m_all.size() >= 500);
}

int TestSandboxCompanies::expectedCount(const std::function<bool(const QJsonObject&)>& predicate) const
{
    return static_cast<int>(std::count_if(m_all.begin(), m_all.end(), predicate));
}

void TestSandboxCompanies::dataSetIsNordicAndValid()
{
    QSet<QString> ids;
    QMap<QString, int> countries;
    for (const QJsonObject& company : std::as_const(m_all)) {
        ++countries[company.value(u"country"_s).toString()];
        ids.insert(company.value(u"business_id"_s).toString());
        for (const QString& field : {u"status"_s, u"domain"_s, u"visiting_address"_s, u"company_name"_s,
                                     u"visiting_city"_s, u"visiting_postal"_s, u"region"_s, u"industry"_s})
            QVERIFY2(!company.value(field).toString().isEmpty(), qPrintable(field));
        QVERIFY(company.value(u"turn_over"_s).isDouble());
        QVERIFY(company.value(u"staff_number"_s).toInt() >= 1);
    }
    QCOMPARE(ids.size(), m_all.size());
    QCOMPARE(countries.keys(), QStringList({u"DK"_s, u"FI"_s, u"NO"_s, u"SE"_s}));
    for (int count : countries)
        QVERIFY(count >= 100);
    // The same seed gives the same data set.
    SandboxOptions options;
    options.seed = 42;
    SandboxServer again(options);
    QVERIFY(again.start());
    QCOMPARE(again.data().companies, m_server->data().companies);
}

// The catch-up benchmark seeds 100,000 companies; each country's word parts make only about a thousand
// names, so a large data set must still get one (used to loop for ever once a country's names ran out).
void TestSandboxCompanies::aLargeDataSetKeepsNamesAndIdsUnique()
{
    const QList<QJsonObject> companies = SeedData::companies(3, 12000);
    QCOMPARE(companies.size(), 12000);
    QSet<QString> ids;
    QSet<QString> names;
    for (const QJsonObject& company : companies) {
        ids.insert(company.value(u"business_id"_s).toString());
        names.insert(company.value(u"country"_s).toString() + company.value(u"company_name"_s).toString());
    }
    QCOMPARE(ids.size(), companies.size());
    QCOMPARE(names.size(), companies.size());
}

void TestSandboxCompanies::defaultFieldsAndPaging()
{
    TestResponse response = m_client.get(u"companies/"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.results().size(), 20);
    QVERIFY(!response.object().contains(u"count"_s));
    const QJsonObject first = response.results().first().toObject();
    QStringList keys = first.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({u"business_id"_s, u"company_name"_s, u"country"_s, u"domain"_s, u"industry"_s, u"region"_s,
                          u"staff_number"_s, u"status"_s, u"turn_over"_s, u"visiting_city"_s}));
    response = m_client.get(u"companies/?limit=3&offset=10&fields=business_id"_s);
    QCOMPARE(response.results().size(), 3);
    QCOMPARE(response.results().at(0)[u"business_id"_s], m_all.at(10).value(u"business_id"_s));
    QCOMPARE(m_client.get(u"companies/?limit=100000"_s).results().size(), std::min<int>(1000, m_all.size()));
    QCOMPARE(m_client.get(u"companies/?offset=100000"_s).results().size(), 0);
}

void TestSandboxCompanies::fieldsSelection()
{
    TestResponse response = m_client.get(u"companies/?fields=company_name,financials.profit&limit=1"_s);
    QCOMPARE(response.status, 200);
    const QJsonObject company = response.results().first().toObject();
    QCOMPARE(company.keys(), QStringList({u"company_name"_s, u"financials"_s}));
    QCOMPARE(company.value(u"financials"_s).toObject().keys(), QStringList({u"profit"_s}));
    QCOMPARE(company[u"financials"_s][u"profit"_s], m_all.first()[u"financials"_s][u"profit"_s]);

    response = m_client.get(u"companies/?fields=all&limit=1"_s);
    QCOMPARE(response.results().first().toObject(), m_all.first());
    for (const QString& field : {u"founded"_s, u"employees_range"_s, u"website"_s, u"phone"_s, u"financials"_s})
        QVERIFY2(m_all.first().contains(field), qPrintable(field));
}

void TestSandboxCompanies::filters_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    using Predicate = std::function<bool(const QJsonObject&)>;
    QTest::addColumn<Predicate>("predicate");
    auto staff = [](const QJsonObject& c) { return c.value(u"staff_number"_s).toInt(); };
    auto name = [](const QJsonObject& c) { return c.value(u"company_name"_s).toString(); };
    QTest::newRow("exact") << u"country"_s << u"SE"_s
                           << Predicate([](const QJsonObject& c) { return c.value(u"country"_s) == u"SE"_s; });
    QTest::newRow("gte") << u"staff_number__gte"_s << u"100"_s
                         << Predicate([=](const QJsonObject& c) { return staff(c) >= 100; });
    QTest::newRow("gt") << u"staff_number__gt"_s << u"100"_s
                        << Predicate([=](const QJsonObject& c) { return staff(c) > 100; });
    QTest::newRow("lte") << u"staff_number__lte"_s << u"5"_s
                         << Predicate([=](const QJsonObject& c) { return staff(c) <= 5; });
    QTest::newRow("lt") << u"staff_number__lt"_s << u"5"_s
                        << Predicate([=](const QJsonObject& c) { return staff(c) < 5; });
    QTest::newRow("startswith") << u"company_name__startswith"_s << u"Kivi"_s
                                << Predicate([=](const QJsonObject& c) { return name(c).startsWith(u"Kivi"_s); });
    QTest::newRow("contains") << u"company_name__contains"_s << u"data"_s
                              << Predicate([=](const QJsonObject& c) { return name(c).contains(u"data"_s); });
    QTest::newRow("icontains") << u"company_name__icontains"_s << u"DATA"_s << Predicate([=](const QJsonObject& c) {
        return name(c).contains(u"data"_s, Qt::CaseInsensitive);
    });
    QTest::newRow("ne") << u"status__ne"_s << u"active"_s
                        << Predicate([](const QJsonObject& c) { return c.value(u"status"_s) != u"active"_s; });
    QTest::newRow("in") << u"region__in"_s << u"FI-18,SE-AB,DK-84"_s << Predicate([](const QJsonObject& c) {
        return QStringList({u"FI-18"_s, u"SE-AB"_s, u"DK-84"_s}).contains(c.value(u"region"_s).toString());
    });
    QTest::newRow("dot notation") << u"financials.currency"_s << u"NOK"_s << Predicate([](const QJsonObject& c) {
        return c[u"financials"_s][u"currency"_s] == u"NOK"_s;
    });
    QTest::newRow("string gte (dates)") << u"founded__gte"_s << u"2010-01-01"_s << Predicate([](const QJsonObject& c) {
        return c.value(u"founded"_s).toString() >= u"2010-01-01"_s;
    });
}

void TestSandboxCompanies::filters()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    QFETCH(std::function<bool(const QJsonObject&)>, predicate);
    const int expected = expectedCount(predicate);
    QVERIFY2(expected > 0 && expected < m_all.size(), "the filter must narrow the data set");
    QUrlQuery query;
    query.addQueryItem(parameter, value);
    query.addQueryItem(u"fields"_s, u"all"_s);
    query.addQueryItem(u"limit"_s, u"1000"_s);
    query.addQueryItem(u"count"_s, u"include"_s);
    const TestResponse response = m_client.get(u"companies/?"_s + query.toString(QUrl::FullyEncoded));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"count"_s).toInt(), expected);
    QCOMPARE(response.results().size(), expected);
    for (const QJsonValue& company : response.results())
        QVERIFY(predicate(company.toObject()));
}

void TestSandboxCompanies::postWithJsonBody()
{
    const QJsonObject body {{u"region__in"_s, QJsonArray {u"FI-18"_s, u"NO-03"_s}},
                            {u"staff_number__gte"_s, 50},
                            {u"fields"_s, u"business_id,region,staff_number"_s},
                            {u"limit"_s, 1000},
                            {u"count"_s, u"include"_s}};
    const TestResponse response = m_client.post(u"companies/"_s, body);
    QCOMPARE(response.status, 200);
    const int expected = expectedCount([](const QJsonObject& c) {
        const QString region = c.value(u"region"_s).toString();
        return (region == u"FI-18" || region == u"NO-03") && c.value(u"staff_number"_s).toInt() >= 50;
    });
    QVERIFY(expected > 0);
    QCOMPARE(response.object().value(u"count"_s).toInt(), expected);
    QCOMPARE(response.results().size(), expected);
    QCOMPARE(m_client.post(u"companies/"_s, QJsonObject {{u"region__in"_s, u"FI-18"_s}}).status, 400);
}

void TestSandboxCompanies::businessIdLookup_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("documented NO lookup") << u"business_id=NO918443525"_s << u"NO918443525"_s;
    QTest::newRow("bare NO") << u"business_id=918443525"_s << u"NO918443525"_s;
    QTest::newRow("FI with hyphen") << u"business_id=2557864-2"_s << u"25578642"_s;
    QTest::newRow("FI bare") << u"business_id=25578642"_s << u"25578642"_s;
    QTest::newRow("in, mixed shapes") << u"business_id__in=2557864-2,nothing"_s << u"25578642"_s;
    // The ids are found through the index; the other filters still apply to them.
    QTest::newRow("in, with another filter")
        << u"business_id__in=2557864-2,NO918443525&country=NO"_s << u"NO918443525"_s;
}

void TestSandboxCompanies::businessIdLookup()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const TestResponse response = m_client.get(u"companies/?"_s + query);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.results().size(), 1);
    QCOMPARE(response.results().first()[u"business_id"_s].toString(), expected);
}

void TestSandboxCompanies::counts()
{
    const int finnish = expectedCount([](const QJsonObject& c) { return c.value(u"country"_s) == u"FI"_s; });
    TestResponse response = m_client.get(u"companies/?country=FI&count=true"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object(), QJsonObject({{u"count"_s, finnish}}));
    response = m_client.get(u"companies/?country=FI&count=include&limit=2"_s);
    QCOMPARE(response.object().value(u"count"_s).toInt(), finnish);
    QCOMPARE(response.results().size(), 2);
    QCOMPARE(m_client.get(u"companies/?count=true"_s).object().value(u"count"_s).toInt(), m_all.size());
}

void TestSandboxCompanies::order_data()
{
    QTest::addColumn<QString>("order");
    QTest::newRow("ascending number") << u"staff_number"_s;
    QTest::newRow("descending number") << u"-staff_number"_s;
    QTest::newRow("ascending text") << u"company_name"_s;
    QTest::newRow("descending sub-field") << u"-financials.profit"_s;
}

void TestSandboxCompanies::order()
{
    QFETCH(QString, order);
    const bool descending = order.startsWith(u'-');
    const QString field = descending ? order.mid(1) : order;
    const TestResponse response = m_client.get(u"companies/?limit=1000&fields=all&order="_s + order);
    QCOMPARE(response.status, 200);
    const QJsonArray results = response.results();
    QCOMPARE(results.size(), m_all.size());
    for (qsizetype i = 1; i < results.size(); ++i) {
        const QJsonValue a
            = field.contains(u'.') ? results.at(i - 1)[u"financials"_s][u"profit"_s] : results.at(i - 1)[field];
        const QJsonValue b = field.contains(u'.') ? results.at(i)[u"financials"_s][u"profit"_s] : results.at(i)[field];
        const int cmp = a.isDouble() ? (a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0))
                                     : QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        QVERIFY2(descending ? cmp >= 0 : cmp <= 0, qPrintable(u"out of order at %1"_s.arg(i)));
    }
}

void TestSandboxCompanies::csvAndJsonLines()
{
    TestResponse response = m_client.get(u"companies/?format=csv&fields=business_id,company_name,financials&limit=5"_s);
    QCOMPARE(response.status, 200);
    QVERIFY(response.contentType.startsWith("text/csv"));
    const QList<QByteArray> lines = response.body.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.first(), "business_id;company_name;financials.currency;financials.fiscal_year;financials.profit"_ba);
    const QList<QByteArray> cells = lines.at(1).split(';');
    QCOMPARE(cells.size(), 5);
    QCOMPARE(QString::fromUtf8(cells.at(0)), m_all.first().value(u"business_id"_s).toString());
    QCOMPARE(QString::fromUtf8(cells.at(1)), m_all.first().value(u"company_name"_s).toString());

    response = m_client.get(u"companies/?format=jsonl&country=DK&limit=4&fields=business_id,country"_s);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.contentType, "application/x-ndjson"_ba);
    const QList<QByteArray> objects = response.body.trimmed().split('\n');
    QCOMPARE(objects.size(), 4);
    for (const QByteArray& line : objects)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(u"country"_s).toString(), u"DK"_s);
}

void TestSandboxCompanies::badRequests_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("detail");
    QTest::newRow("unknown field") << u"nope=1"_s << u"Invalid query parameter: nope"_s;
    QTest::newRow("unknown suffix") << u"staff_number__between=1"_s
                                    << u"Invalid query parameter: staff_number__between"_s;
    QTest::newRow("unknown sub-field") << u"financials.nope=1"_s << u"Invalid query parameter: financials.nope"_s;
    QTest::newRow("not a number") << u"staff_number__gte=many"_s
                                  << u"Invalid value for staff_number__gte: \"many\" is not a number."_s;
    QTest::newRow("bad limit") << u"limit=0"_s << u"Invalid limit: give a whole number from 1 to 1000."_s;
    QTest::newRow("bad offset") << u"offset=x"_s << u"Invalid offset: give a whole number, 0 or more."_s;
    QTest::newRow("bad count") << u"count=maybe"_s
                               << u"Invalid count: use count=true (only the total) or count=include."_s;
    QTest::newRow("bad order") << u"order=-nope"_s << u"Invalid order: unknown field \"nope\"."_s;
    QTest::newRow("bad format") << u"format=xml"_s << u"Invalid format: use json, csv or jsonl."_s;
    QTest::newRow("bad fields") << u"fields=company_name,nope"_s << u"Invalid field in fields: nope"_s;
}

void TestSandboxCompanies::badRequests()
{
    QFETCH(QString, query);
    QFETCH(QString, detail);
    const TestResponse response = m_client.get(u"companies/?"_s + query);
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object(), QJsonObject({{u"detail"_s, detail}}));
}

QTEST_GUILESS_MAIN(TestSandboxCompanies)
#include "tst_SandboxCompanies.moc"
