// The sandbox's /api/v2/ endpoints (except Get Companies) over real HTTP, with the server on its
// own thread as the desktop app runs it.
#include "SandboxFixture.h"
#include "SandboxTestClient.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSandboxApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void authentication_data();
    void authentication();
    void unknownRouteAndWrongMethod();
    void webhookListAndCreate();
    void webhookValidation_data();
    void webhookValidation();
    void webhookDelete();
    void customerDataPaging_data();
    void customerDataPaging();
    void seededMatchingStatuses();
    void createRecordMatching_data();
    void createRecordMatching();
    void createRecordValidation_data();
    void createRecordValidation();
    void batchCreate();
    void batchCreatePartialFailure();
    void batchCreateRejectsBadBodies();
    void recordGetPutPatchDelete();
    void staticLists();
    void dynamicListIsReadOnly();

private:
    QString uniqueRecordId() { return u"test-%1"_s.arg(++m_serial); }

    SandboxFixture m_sandbox;
    SandboxTestClient m_client;
    int m_serial = 0;
};

void TestSandboxApi::initTestCase()
{
    SandboxOptions options;
    options.seed = 7;
    options.extraKeys.insert(u"other-key"_s, u"other@example.com"_s);
    QVERIFY(m_sandbox.start(options));
    QVERIFY(m_sandbox.thread()->port() > 0);
    QCOMPARE(m_sandbox.apiBaseUrl().path(), u"/api/v2/"_s);
    m_client.setBase(m_sandbox.apiBaseUrl());
    m_client.setApiKey(m_sandbox.demoApiKey().toUtf8());
}

void TestSandboxApi::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestSandboxApi::authentication_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path :
         {u"webhook_configuration/"_s, u"customer_data/"_s, u"customer_data/crm-0001/"_s, u"lists/"_s, u"companies/"_s})
        QTest::newRow(qPrintable(path)) << path;
}

void TestSandboxApi::authentication()
{
    QFETCH(QString, path);
    SandboxTestClient anonymous(m_sandbox.apiBaseUrl());
    TestResponse response = anonymous.get(path);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.detail(), u"Authentication credentials were not provided."_s);

    SandboxTestClient wrong(m_sandbox.apiBaseUrl(), "not-a-key");
    response = wrong.get(path);
    QCOMPARE(response.status, 401);
    QCOMPARE(response.detail(), u"Invalid API key."_s);

    QCOMPARE(m_client.get(path).status, 200);
}

void TestSandboxApi::unknownRouteAndWrongMethod()
{
    TestResponse response = m_client.get(u"nothing_here/"_s);
    QCOMPARE(response.status, 404);
    QCOMPARE(response.object(), QJsonObject({{u"detail"_s, u"Not found."_s}}));
    QCOMPARE(m_client.get(u"customer_data"_s).status, 404); // every path ends with '/'
    QCOMPARE(SandboxTestClient(m_sandbox.apiBaseUrl()).get(u"nothing_here/"_s).status, 404);

    response = m_client.put(u"webhook_configuration/"_s, QJsonObject {});
    QCOMPARE(response.status, 405);
    QCOMPARE(response.detail(), u"Method \"PUT\" not allowed."_s);
    QCOMPARE(response.allow, "GET, POST"_ba);
    QCOMPARE(m_client.send("PATCH", u"companies/"_s, "{}").status, 405);
    QCOMPARE(m_client.post(u"lists/x/companies/"_s, QJsonObject {}).status, 405); // method first, like DRF
    QCOMPARE(m_client.get(u"lists/x/companies/"_s).status, 404); // unknown list id
}

void TestSandboxApi::webhookListAndCreate()
{
    TestResponse response = m_client.get(u"webhook_configuration/"_s);
    QCOMPARE(response.status, 200);
    const QJsonArray seeded = response.results();
    QVERIFY(!seeded.isEmpty());
    const QJsonObject demo = seeded.first().toObject();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{24}$"_s).match(demo.value(u"id"_s).toString()).hasMatch());
    QCOMPARE(demo.value(u"username"_s).toString(), u"demo@example.com"_s);
    QCOMPARE(demo.value(u"type"_s).toString(), u"company_change_webhook"_s);
    QCOMPARE(demo.value(u"webhook_url"_s).toString(), u"http://127.0.0.1:8787/vainu/webhook"_s);

    response = m_client.post(u"webhook_configuration/"_s,
                             QJsonObject {{u"webhook_url"_s, u"https://www.example.com/webhook_endpoint"_s},
                                          {u"query"_s, u"?crm=custom"_s},
                                          {u"type"_s, u"company_change_webhook"_s}});
    QCOMPARE(response.status, 201);
    const QJsonObject created = response.object();
    QCOMPARE(created.value(u"webhook_url"_s).toString(), u"https://www.example.com/webhook_endpoint"_s);
    QCOMPARE(created.value(u"query"_s).toString(), u"?crm=custom"_s);
    QCOMPARE(created.value(u"username"_s).toString(), u"demo@example.com"_s);
    QCOMPARE(created.value(u"id"_s).toString().size(), 24);
    QVERIFY(m_client.get(u"webhook_configuration/"_s).results().contains(created));

    // Another account does not see it.
    SandboxTestClient other(m_sandbox.apiBaseUrl(), "other-key");
    QVERIFY(other.get(u"webhook_configuration/"_s).results().isEmpty());
}

void TestSandboxApi::webhookValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing url") << R"({"query": "", "type": "company_change_webhook"})"_ba << u"webhook_url"_s;
    QTest::newRow("relative url") << R"({"webhook_url": "/hook"})"_ba << u"webhook_url"_s;
    QTest::newRow("ftp url") << R"({"webhook_url": "ftp://example.com/hook"})"_ba << u"webhook_url"_s;
    QTest::newRow("url not a string") << R"({"webhook_url": 42})"_ba << u"webhook_url"_s;
    QTest::newRow("query without ?") << R"({"webhook_url": "https://a.example/h", "query": "crm=x"})"_ba << u"query"_s;
    QTest::newRow("wrong type") << R"({"webhook_url": "https://a.example/h", "type": "other"})"_ba << u"type"_s;
    QTest::newRow("malformed json") << R"({"webhook_url": )"_ba << u"detail"_s;
    QTest::newRow("empty body") << QByteArray("") << u"detail"_s;
    QTest::newRow("array body") << R"([1, 2])"_ba << u"detail"_s;
}

void TestSandboxApi::webhookValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const TestResponse response = m_client.send("POST", u"webhook_configuration/"_s, body);
    QCOMPARE(response.status, 400);
    QVERIFY2(response.object().contains(field), response.body.constData());
    if (field != u"detail")
        QVERIFY(response.object().value(field).isArray());
    if (body.startsWith("{\"webhook_url\": )"))
        QVERIFY(response.detail().startsWith(u"JSON parse error - "_s));
}

void TestSandboxApi::webhookDelete()
{
    const TestResponse created
        = m_client.post(u"webhook_configuration/"_s, QJsonObject {{u"webhook_url"_s, u"http://127.0.0.1:9/x?a=1"_s}});
    QCOMPARE(created.status, 201);
    const QString id = created.object().value(u"id"_s).toString();
    SandboxTestClient other(m_sandbox.apiBaseUrl(), "other-key");
    QCOMPARE(other.del(u"webhook_configuration/%1/"_s.arg(id)).status, 404); // foreign id
    const TestResponse deleted = m_client.del(u"webhook_configuration/%1/"_s.arg(id));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(m_client.del(u"webhook_configuration/%1/"_s.arg(id)).status, 404);
    QCOMPARE(m_client.del(u"webhook_configuration/ffffffffffffffffffffffff/"_s).status, 404);
}

void TestSandboxApi::customerDataPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("results");
    QTest::newRow("default limit 20") << QString() << 200 << 20;
    QTest::newRow("limit 5") << u"?limit=5"_s << 200 << 5;
    QTest::newRow("last page") << u"?limit=10&offset=20"_s << 200 << 6;
    QTest::newRow("past the end") << u"?offset=500"_s << 200 << 0;
    QTest::newRow("limit over max is capped") << u"?limit=5000"_s << 200 << 26;
    QTest::newRow("limit 0") << u"?limit=0"_s << 400 << 0;
    QTest::newRow("limit not a number") << u"?limit=abc"_s << 400 << 0;
    QTest::newRow("negative offset") << u"?offset=-1"_s << 400 << 0;
}

void TestSandboxApi::customerDataPaging()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, results);
    // A fresh account with exactly 26 records keeps the numbers independent of the other tests.
    SandboxTestClient client(m_sandbox.apiBaseUrl(), "other-key");
    if (client.get(u"customer_data/"_s).object().value(u"count"_s).toInt() == 0) {
        QJsonArray batch;
        for (int i = 0; i < 26; ++i)
            batch.append(QJsonObject {{u"unique_id"_s, u"page-%1"_s.arg(i)},
                                      {u"match_data"_s, QJsonObject {{u"company_name"_s, u"Paging %1"_s.arg(i)}}}});
        QCOMPARE(client.post(u"customer_data/"_s, batch).status, 201);
    }
    const TestResponse response = client.get(u"customer_data/"_s + query);
    QCOMPARE(response.status, status);
    if (status != 200) {
        QVERIFY(!response.detail().isEmpty());
        return;
    }
    QCOMPARE(response.object().value(u"count"_s).toInt(), 26);
    QCOMPARE(response.results().size(), results);
}

void TestSandboxApi::seededMatchingStatuses()
{
    const TestResponse response = m_client.get(u"customer_data/?limit=1000"_s);
    QCOMPARE(response.status, 200);
    QMap<QString, int> statuses;
    for (const QJsonValue& record : response.results())
        ++statuses[record[u"matching"_s][u"status"_s].toString()];
    QVERIFY(statuses.value(u"matched"_s) >= 20);
    QVERIFY(statuses.value(u"not_matched"_s) >= 1);
    QVERIFY(statuses.value(u"pending"_s) >= 1);
}

void TestSandboxApi::createRecordMatching_data()
{
    QTest::addColumn<QJsonObject>("matchData");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("businessId");
    const QString example = u"25578642"_s; // the documented example company is in every data set
    QTest::newRow("bare id + country") << QJsonObject {{u"business_id"_s, example}, {u"country"_s, u"FI"_s}}
                                       << u"matched"_s << example;
    QTest::newRow("finnish hyphen") << QJsonObject {{u"business_id"_s, u"2557864-2"_s}} << u"matched"_s << example;
    QTest::newRow("country prefix") << QJsonObject {{u"business_id"_s, u"FI25578642"_s}} << u"matched"_s << example;
    QTest::newRow("norwegian prefixed") << QJsonObject {{u"business_id"_s, u"918443525"_s}, {u"country"_s, u"no"_s}}
                                        << u"matched"_s << u"NO918443525"_s;
    QTest::newRow("name and country") << QJsonObject {{u"company_name"_s, u"vainu. IO software oy"_s},
                                                      {u"country"_s, u"FI"_s}}
                                      << u"matched"_s << example;
    QTest::newRow("unknown name") << QJsonObject {{u"company_name"_s, u"No Such Company Oy"_s}, {u"country"_s, u"FI"_s}}
                                  << u"not_matched"_s << QString();
    QTest::newRow("invalid id") << QJsonObject {{u"business_id"_s, u"2557864-3"_s}, {u"country"_s, u"FI"_s}}
                                << u"not_matched"_s << QString();
    QTest::newRow("country outside data set")
        << QJsonObject {{u"business_id"_s, u"10137319"_s}, {u"country"_s, u"EE"_s}} << u"pending"_s << QString();
}

void TestSandboxApi::createRecordMatching()
{
    QFETCH(QJsonObject, matchData);
    QFETCH(QString, status);
    QFETCH(QString, businessId);
    const QString id = uniqueRecordId();
    const TestResponse response
        = m_client.post(u"customer_data/"_s, QJsonObject {{u"unique_id"_s, id}, {u"match_data"_s, matchData}});
    QCOMPARE(response.status, 201);
    const QJsonObject record = response.object();
    QCOMPARE(record.value(u"unique_id"_s).toString(), id);
    QCOMPARE(record[u"matching"_s][u"status"_s].toString(), status);
    QCOMPARE(record[u"matching"_s][u"business_id"_s].toString(), businessId);
    QVERIFY(record.contains(u"owner_email"_s) && record.value(u"owner_email"_s).isNull());
    QCOMPARE(m_client.get(u"customer_data/%1/"_s.arg(id)).object(), record);
}

void TestSandboxApi::createRecordValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const QJsonObject matchData {{u"company_name"_s, u"X Oy"_s}};
    QTest::newRow("no unique_id") << QJsonObject {{u"match_data"_s, matchData}} << u"unique_id"_s;
    QTest::newRow("unique_id not a string")
        << QJsonObject {{u"unique_id"_s, 5}, {u"match_data"_s, matchData}} << u"unique_id"_s;
    QTest::newRow("duplicate unique_id") << QJsonObject {{u"unique_id"_s, u"crm-0001"_s}, {u"match_data"_s, matchData}}
                                         << u"unique_id"_s;
    QTest::newRow("no match data") << QJsonObject {{u"unique_id"_s, u"v1"_s}} << u"match_data"_s;
    QTest::newRow("bad country") << QJsonObject {{u"unique_id"_s, u"v2"_s},
                                                 {u"match_data"_s,
                                                  QJsonObject {{u"company_name"_s, u"X"_s}, {u"country"_s, u"FIN"_s}}}}
                                 << u"match_data.country"_s;
    QTest::newRow("negative count") << QJsonObject {{u"unique_id"_s, u"v3"_s},
                                                    {u"match_data"_s, matchData},
                                                    {u"open_deals_count"_s, -1}}
                                    << u"open_deals_count"_s;
    QTest::newRow("bad date") << QJsonObject {{u"unique_id"_s, u"v4"_s},
                                              {u"match_data"_s, matchData},
                                              {u"last_update"_s, u"yesterday"_s}}
                              << u"last_update"_s;
    QTest::newRow("bad email") << QJsonObject {{u"unique_id"_s, u"v5"_s},
                                               {u"match_data"_s, matchData},
                                               {u"owner_email"_s, u"nobody"_s}}
                               << u"owner_email"_s;
}

void TestSandboxApi::createRecordValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const TestResponse response = m_client.post(u"customer_data/"_s, body);
    QCOMPARE(response.status, 400);
    QVERIFY2(response.object().value(field).isArray(), response.body.constData());
    const QString id = body.value(u"unique_id"_s).toString();
    if (!id.isEmpty() && id != u"crm-0001")
        QCOMPARE(m_client.get(u"customer_data/%1/"_s.arg(id)).status, 404); // nothing stored
}

void TestSandboxApi::batchCreate()
{
    QJsonArray batch;
    for (int i = 0; i < 3; ++i)
        batch.append(
            QJsonObject {{u"unique_id"_s, uniqueRecordId()},
                         {u"match_data"_s, QJsonObject {{u"business_id"_s, u"25578642"_s}, {u"country"_s, u"FI"_s}}},
                         {u"won_deals_count"_s, i}});
    const TestResponse response = m_client.post(u"customer_data/"_s, batch);
    QCOMPARE(response.status, 201);
    QCOMPARE(response.array().size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        QCOMPARE(response.array().at(i)[u"unique_id"_s], batch.at(i)[u"unique_id"_s]);
        QCOMPARE(response.array().at(i)[u"matching"_s][u"status"_s].toString(), u"matched"_s);
    }
}

void TestSandboxApi::batchCreatePartialFailure()
{
    const QString first = uniqueRecordId();
    const QString third = uniqueRecordId();
    const QJsonObject matchData {{u"company_name"_s, u"Anything Oy"_s}, {u"country"_s, u"FI"_s}};
    const QJsonArray batch {QJsonObject {{u"unique_id"_s, first}, {u"match_data"_s, matchData}},
                            QJsonObject {{u"unique_id"_s, u"crm-0001"_s}, {u"match_data"_s, matchData}},
                            QJsonObject {{u"unique_id"_s, third}, {u"match_data"_s, matchData}},
                            QJsonObject {{u"unique_id"_s, first}, {u"match_data"_s, matchData}}, u"not an object"_s};
    const TestResponse response = m_client.post(u"customer_data/"_s, batch);
    QCOMPARE(response.status, 400);
    const QJsonObject body = response.object();
    QCOMPARE(body.value(u"detail"_s).toString(), u"3 of 5 objects were not stored."_s);
    const QJsonArray results = body.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0)[u"unique_id"_s].toString(), first);
    QVERIFY(results.at(1).isNull());
    QCOMPARE(results.at(2)[u"unique_id"_s].toString(), third);
    QVERIFY(results.at(3).isNull()); // a duplicate inside the same batch
    QVERIFY(results.at(4).isNull());
    const QJsonArray errors = body.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0)[u"index"_s].toInt(), 1);
    QCOMPARE(errors.at(0)[u"unique_id"_s].toString(), u"crm-0001"_s);
    QCOMPARE(errors.at(0)[u"errors"_s][u"unique_id"_s][0].toString(),
             u"A record with this unique_id already exists."_s);
    QCOMPARE(errors.at(1)[u"index"_s].toInt(), 3);
    QCOMPARE(errors.at(2)[u"index"_s].toInt(), 4);
    QCOMPARE(m_client.get(u"customer_data/%1/"_s.arg(first)).status, 200);
    QCOMPARE(m_client.get(u"customer_data/%1/"_s.arg(third)).status, 200);
}

void TestSandboxApi::batchCreateRejectsBadBodies()
{
    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(QJsonObject {{u"unique_id"_s, u"many-%1"_s.arg(i)}});
    TestResponse response = m_client.post(u"customer_data/"_s, tooMany);
    QCOMPARE(response.status, 400);
    QVERIFY(response.detail().contains(u"1000"_s));
    QCOMPARE(m_client.get(u"customer_data/many-0/"_s).status, 404);
    response = m_client.send("POST", u"customer_data/"_s, "\"text\"");
    QCOMPARE(response.status, 400);
    response = m_client.send("POST", u"customer_data/"_s, "[{\"unique_id\": ");
    QCOMPARE(response.status, 400);
    QVERIFY(response.detail().startsWith(u"JSON parse error - "_s));
}

void TestSandboxApi::recordGetPutPatchDelete()
{
    const QString id = uniqueRecordId();
    const QString path = u"customer_data/%1/"_s.arg(id);
    QCOMPARE(m_client
                 .post(u"customer_data/"_s,
                       QJsonObject {{u"unique_id"_s, id},
                                    {u"match_data"_s,
                                     QJsonObject {{u"company_name"_s, u"Nobody Oy"_s}, {u"country"_s, u"FI"_s}}},
                                    {u"notes"_s, u"first"_s}})
                 .status,
             201);
    // PATCH changes only what it is given, and re-matches.
    TestResponse response = m_client.patch(
        path,
        QJsonObject {{u"match_data"_s, QJsonObject {{u"business_id"_s, u"2557864-2"_s}}}, {u"open_deals_count"_s, 3}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"notes"_s).toString(), u"first"_s);
    QCOMPARE(response.object()[u"match_data"_s][u"company_name"_s].toString(), u"Nobody Oy"_s);
    QCOMPARE(response.object()[u"matching"_s][u"status"_s].toString(), u"matched"_s);
    QCOMPARE(response.object().value(u"open_deals_count"_s).toInt(), 3);
    // PUT replaces the whole record.
    response = m_client.put(path, QJsonObject {{u"match_data"_s, QJsonObject {{u"company_name"_s, u"Other Oy"_s}}}});
    QCOMPARE(response.status, 200);
    QVERIFY(response.object().value(u"notes"_s).isNull());
    QCOMPARE(response.object()[u"matching"_s][u"status"_s].toString(), u"not_matched"_s);
    QCOMPARE(m_client
                 .put(path,
                      QJsonObject {{u"unique_id"_s, u"renamed"_s},
                                   {u"match_data"_s, QJsonObject {{u"company_name"_s, u"X"_s}}}})
                 .status,
             400);
    QCOMPARE(m_client.patch(path, QJsonObject {{u"won_deals_count"_s, u"many"_s}}).status, 400);
    QCOMPARE(m_client.send("PATCH", path, "{oops").status, 400);
    QCOMPARE(m_client.put(u"customer_data/no-such-record/"_s, QJsonObject {}).status, 404);
    QCOMPARE(m_client.del(path).status, 204);
    QCOMPARE(m_client.get(path).status, 404);
    QCOMPARE(m_client.del(path).status, 404);
}

void TestSandboxApi::staticLists()
{
    TestResponse response = m_client.get(u"lists/"_s);
    QCOMPARE(response.status, 200);
    const QJsonArray lists = response.results();
    QCOMPARE(lists.size(), 2);
    const QJsonObject seeded = lists.at(0).toObject();
    QCOMPARE(seeded.value(u"is_named_list"_s).toBool(), true);
    QCOMPARE(seeded.value(u"added_companies"_s).toInt(), 12);
    for (const QString& key : {u"id"_s, u"name"_s, u"default"_s, u"owner_email"_s})
        QVERIFY(seeded.contains(key));

    response = m_client.get(u"lists/%1/companies/?limit=5&offset=10"_s.arg(seeded.value(u"id"_s).toString()));
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"count"_s).toInt(), 12);
    QCOMPARE(response.results().size(), 2);

    response = m_client.post(u"lists/"_s, QJsonObject {{u"name"_s, u"Prospects"_s}});
    QCOMPARE(response.status, 201);
    const QString id = response.object().value(u"id"_s).toString();
    QCOMPARE(id.size(), 24);
    QCOMPARE(response.object().value(u"added_companies"_s).toInt(), 0);
    QCOMPARE(m_client.post(u"lists/"_s, QJsonObject {{u"name"_s, u""_s}}).status, 400);

    const QString add = u"lists/%1/add/"_s.arg(id);
    response = m_client.post(add, QJsonObject {{u"business_ids"_s, QJsonArray {u"2557864-2"_s, u"NO918443525"_s}}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"added_companies"_s).toInt(), 2);
    response = m_client.post(add, QJsonObject {{u"business_ids"_s, QJsonArray {u"25578642"_s, u"0000000-0"_s}}});
    QCOMPARE(response.status, 400);
    QCOMPARE(response.object().value(u"business_ids"_s).toArray().first().toString(),
             u"Unknown business id: 0000000-0"_s);
    QCOMPARE(m_client.post(add, QJsonObject {{u"business_ids"_s, u"25578642"_s}}).status, 400);
    response
        = m_client.post(u"lists/%1/remove/"_s.arg(id), QJsonObject {{u"business_ids"_s, QJsonArray {u"FI25578642"_s}}});
    QCOMPARE(response.status, 200);
    QCOMPARE(response.object().value(u"added_companies"_s).toInt(), 1);
    response = m_client.get(u"lists/%1/companies/"_s.arg(id));
    QCOMPARE(response.results().first()[u"business_id"_s].toString(), u"NO918443525"_s);

    QCOMPARE(m_client.del(u"lists/%1/"_s.arg(id)).status, 204);
    QCOMPARE(m_client.get(u"lists/%1/"_s.arg(id)).status, 404);
    QCOMPARE(m_client.post(add, QJsonObject {{u"business_ids"_s, QJsonArray {u"25578642"_s}}}).status, 404);
}

void TestSandboxApi::dynamicListIsReadOnly()
{
    QJsonObject dynamic;
    for (const QJsonValue& list : m_client.get(u"lists/"_s).results()) {
        if (!list[u"is_named_list"_s].toBool())
            dynamic = list.toObject();
    }
    QVERIFY(!dynamic.isEmpty());
    const QString id = dynamic.value(u"id"_s).toString();
    const int expected
        = m_client.get(u"companies/?country=FI&staff_number__gte=250&count=true"_s).object().value(u"count"_s).toInt();
    QVERIFY(expected > 0);
    QCOMPARE(dynamic.value(u"added_companies"_s).toInt(), expected);
    QCOMPARE(m_client.get(u"lists/%1/companies/?limit=1000"_s.arg(id)).results().size(), expected);
    QCOMPARE(
        m_client.post(u"lists/%1/add/"_s.arg(id), QJsonObject {{u"business_ids"_s, QJsonArray {u"25578642"_s}}}).status,
        400);
    QCOMPARE(m_client.del(u"lists/%1/"_s.arg(id)).status, 400);
    QCOMPARE(m_client.get(u"lists/"_s).results().size(), 2);
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_SandboxApi.moc"
