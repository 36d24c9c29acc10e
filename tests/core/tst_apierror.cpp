#include "core/ApiError.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void kindFromStatus_data();
    void kindFromStatus();
    void detailIsShown();
    void fieldErrors();
    void nestedFieldErrors();
    void batchErrorAnswer();
    void nonFieldErrorsAndArrays();
    void bodiesThatAreNotJson_data();
    void bodiesThatAreNotJson();
    void retryAfter_data();
    void retryAfter();
    void retryAfterHttpDate();
    void messagesPerKind_data();
    void messagesPerKind();
    void messagesNameTheFieldInsideSettings();
    void hugeDetailIsCut();
    void makeCarriesDetail();
};

void TestApiError::kindFromStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("200") << 200 << ApiError::Kind::None;
    QTest::newRow("201") << 201 << ApiError::Kind::None;
    QTest::newRow("204") << 204 << ApiError::Kind::None;
    QTest::newRow("400") << 400 << ApiError::Kind::BadRequest;
    QTest::newRow("401") << 401 << ApiError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << ApiError::Kind::Forbidden;
    QTest::newRow("404") << 404 << ApiError::Kind::NotFound;
    QTest::newRow("405") << 405 << ApiError::Kind::BadRequest;
    QTest::newRow("408") << 408 << ApiError::Kind::Timeout;
    QTest::newRow("429") << 429 << ApiError::Kind::RateLimited;
    QTest::newRow("500") << 500 << ApiError::Kind::ServerError;
    QTest::newRow("502") << 502 << ApiError::Kind::ServerError;
    QTest::newRow("503") << 503 << ApiError::Kind::ServiceUnavailable;
    QTest::newRow("302") << 302 << ApiError::Kind::InvalidResponse;
    QTest::newRow("0") << 0 << ApiError::Kind::InvalidResponse;
    QTest::newRow("999") << 999 << ApiError::Kind::InvalidResponse;
}

void TestApiError::kindFromStatus()
{
    QFETCH(int, status);
    QFETCH(ApiError::Kind, kind);
    const ApiError e = ApiError::fromHttpResponse(status, {});
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.isError(), kind != ApiError::Kind::None);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.userMessage().isEmpty(), kind == ApiError::Kind::None);
}

void TestApiError::detailIsShown()
{
    const ApiError e = ApiError::fromHttpResponse(401, R"({"detail": "Invalid API key."})"_ba);
    QCOMPARE(e.kind, ApiError::Kind::Unauthorized);
    QCOMPARE(e.serverMessage, u"Invalid API key."_s);
    QVERIFY(e.userMessage().contains(u"Vainu refused the API key. Check the key in File > Settings."_s));
    QVERIFY(e.userMessage().contains(u"Vainu said: Invalid API key."_s));
    QVERIFY(e.technicalDetail.contains(u"HTTP 401"_s));
}

void TestApiError::fieldErrors()
{
    const ApiError e = ApiError::fromHttpResponse(
        400, R"({"webhook_url": ["Enter a valid URL.", "Must be http or https."], "type": ["Unsupported type."]})"_ba);
    QCOMPARE(e.kind, ApiError::Kind::BadRequest);
    QVERIFY(e.serverMessage.isEmpty());
    QCOMPARE(e.fieldErrors.size(), 2);
    QCOMPARE(e.fieldErrors.value(u"webhook_url"_s),
             (QStringList {u"Enter a valid URL."_s, u"Must be http or https."_s}));
    QCOMPARE(e.fieldMessage(u"webhook_url"_s), u"Enter a valid URL. Must be http or https."_s);
    QCOMPARE(e.fieldMessage(u"type"_s), u"Unsupported type."_s);
    QVERIFY(e.fieldMessage(u"query"_s).isEmpty());
    QVERIFY(e.userMessage().contains(u"webhook_url: Enter a valid URL. Must be http or https."_s));
    QVERIFY(e.userMessage().contains(u"type: Unsupported type."_s));
}

void TestApiError::nestedFieldErrors()
{
    const ApiError flat = ApiError::fromHttpResponse(400, R"({"match_data.business_id": ["Invalid."]})"_ba);
    QCOMPARE(flat.fieldMessage(u"match_data.business_id"_s), u"Invalid."_s);
    const ApiError nested = ApiError::fromHttpResponse(400, R"({"match_data": {"business_id": ["Invalid."]}})"_ba);
    QCOMPARE(nested.fieldMessage(u"match_data.business_id"_s), u"Invalid."_s);
    const ApiError single = ApiError::fromHttpResponse(400, R"({"name": "This field is required."})"_ba);
    QCOMPARE(single.fieldMessage(u"name"_s), u"This field is required."_s);
}

void TestApiError::batchErrorAnswer()
{
    // docs/api-choices.md: the partial batch answer of POST /customer_data/.
    const ApiError e = ApiError::fromHttpResponse(400, R"({"detail": "2 of 10 objects were not stored.",
        "results": [{"unique_id": "a"}, null],
        "errors": [{"index": 3, "unique_id": "abc", "errors": {"unique_id": ["A record with this unique_id already exists."]}}]})"_ba);
    QCOMPARE(e.serverMessage, u"2 of 10 objects were not stored."_s);
    QVERIFY(!e.fieldErrors.contains(u"results"_s));
    QVERIFY(!e.fieldErrors.contains(u"errors"_s));
}

void TestApiError::nonFieldErrorsAndArrays()
{
    const ApiError e = ApiError::fromHttpResponse(400, R"({"non_field_errors": ["Too many items."]})"_ba);
    QCOMPARE(e.serverMessage, u"Too many items."_s);
    QVERIFY(e.fieldErrors.isEmpty());
    const ApiError a = ApiError::fromHttpResponse(400, R"(["First.", "Second."])"_ba);
    QCOMPARE(a.serverMessage, u"First. Second."_s);
}

void TestApiError::bodiesThatAreNotJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("serverMessage");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("plain text") << "Service temporarily down\n"_ba << u"Service temporarily down"_s;
    QTest::newRow("html") << "<html><body>502 Bad Gateway</body></html>"_ba << QString();
    QTest::newRow("invalid utf-8") << "\xFF\xFE oops"_ba << QString();
    QTest::newRow("broken json") << R"({"detail": )"_ba << QString();
    QTest::newRow("long text") << QByteArray(5000, 'x') << QString();
}

void TestApiError::bodiesThatAreNotJson()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, serverMessage);
    const ApiError e = ApiError::fromHttpResponse(502, body);
    QCOMPARE(e.kind, ApiError::Kind::ServerError);
    QCOMPARE(e.serverMessage, serverMessage);
    QVERIFY(e.userMessage().contains(u"Try again later"_s));
    QVERIFY(e.technicalDetail.size() < 400);
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("none") << QByteArray() << -1;
    QTest::newRow("seconds") << "30"_ba << 30;
    QTest::newRow("spaces") << " 5 "_ba << 5;
    QTest::newRow("zero") << "0"_ba << 0;
    QTest::newRow("negative") << "-3"_ba << -1;
    QTest::newRow("garbage") << "soon"_ba << -1;
    QTest::newRow("huge is capped at a day") << "99999999999"_ba << 86400;
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    const ApiError e = ApiError::fromHttpResponse(429, R"({"detail": "Request was throttled."})"_ba, header);
    QCOMPARE(e.kind, ApiError::Kind::RateLimited);
    QCOMPARE(e.retryAfterSeconds, seconds);
    if (seconds > 0)
        QVERIFY2(e.userMessage().contains(u"Wait %1 second"_s.arg(seconds)), qPrintable(e.userMessage()));
    else if (seconds < 0)
        QVERIFY(e.userMessage().contains(u"Wait a moment"_s));
    QVERIFY(e.userMessage().contains(u"Request was throttled."_s));
}

void TestApiError::retryAfterHttpDate()
{
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(120);
    const QString header = QLocale::c().toString(when, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    const ApiError e = ApiError::fromHttpResponse(503, {}, header.toLatin1());
    QCOMPARE(e.kind, ApiError::Kind::ServiceUnavailable);
    QVERIFY2(e.retryAfterSeconds >= 100 && e.retryAfterSeconds <= 120,
             qPrintable(QString::number(e.retryAfterSeconds)));
    const ApiError past = ApiError::fromHttpResponse(503, {}, "Wed, 21 Oct 2015 07:28:00 GMT"_ba);
    QCOMPARE(past.retryAfterSeconds, 0);
}

void TestApiError::messagesPerKind_data()
{
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("contains");
    using K = ApiError::Kind;
    QTest::newRow("bad request") << K::BadRequest << u"did not accept"_s;
    QTest::newRow("unauthorized") << K::Unauthorized << u"Check the key in File > Settings"_s;
    QTest::newRow("forbidden") << K::Forbidden << u"API access is not enabled for this Vainu user"_s;
    QTest::newRow("not found") << K::NotFound << u"could not find"_s;
    QTest::newRow("rate limited") << K::RateLimited << u"Wait"_s;
    QTest::newRow("server error") << K::ServerError << u"Vainu had a problem"_s;
    QTest::newRow("unavailable") << K::ServiceUnavailable << u"temporarily unavailable"_s;
    QTest::newRow("network") << K::Network << u"Cannot reach the Vainu server"_s;
    QTest::newRow("timeout") << K::Timeout << u"did not answer in time"_s;
    QTest::newRow("tls") << K::Tls << u"secure connection"_s;
    QTest::newRow("invalid response") << K::InvalidResponse << u"cannot read"_s;
    QTest::newRow("too large") << K::ResponseTooLarge << u"too large"_s;
    QTest::newRow("cancelled") << K::Cancelled << u"cancelled"_s;
}

void TestApiError::messagesPerKind()
{
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, contains);
    const ApiError e = ApiError::make(kind, u"socket error 111"_s);
    QVERIFY(e.isError());
    QVERIFY2(e.userMessage().contains(contains), qPrintable(e.userMessage()));
    QVERIFY(!e.userMessage().contains(u"socket error"_s)); // technical detail stays out of the sentence
    QVERIFY(!ApiError::kindName(kind).isEmpty());
}

// Read in Settings, a message names the "Server" or "API key" field the reader looks at; read elsewhere, it
// says where to find them. Neither says "base URL", which no label shows.
void TestApiError::messagesNameTheFieldInsideSettings()
{
    using K = ApiError::Kind;
    for (const K kind : {K::NotFound, K::Network, K::Tls, K::InvalidResponse}) {
        const ApiError e = ApiError::make(kind);
        const QString inSettings = e.userMessage(ApiError::ShownIn::Settings);
        const QString elsewhere = e.userMessage();
        QVERIFY2(inSettings.contains(u"the Server field"_s), qPrintable(inSettings));
        QVERIFY2(!inSettings.contains(u"File > Settings"_s), qPrintable(inSettings));
        QVERIFY2(elsewhere.contains(u"server in File > Settings"_s), qPrintable(elsewhere));
        QVERIFY(!inSettings.contains(u"base URL"_s) && !elsewhere.contains(u"base URL"_s));
    }
    const ApiError unauthorized = ApiError::make(K::Unauthorized);
    QVERIFY(unauthorized.userMessage(ApiError::ShownIn::Settings).contains(u"Check the API key field."_s));
    QVERIFY(unauthorized.userMessage().contains(u"Check the key in File > Settings."_s));
}

void TestApiError::hugeDetailIsCut()
{
    const QByteArray body = R"({"detail": ")"_ba + QByteArray(1024 * 1024, 'a') + R"("})"_ba;
    const ApiError e = ApiError::fromHttpResponse(500, body);
    QVERIFY(e.serverMessage.size() <= 501);
    QVERIFY(e.userMessage().size() < 1000);
    QVERIFY(e.technicalDetail.size() < 400);
}

void TestApiError::makeCarriesDetail()
{
    const ApiError e = ApiError::make(ApiError::Kind::Network, u"Connection refused"_s);
    QCOMPARE(e.kind, ApiError::Kind::Network);
    QCOMPARE(e.technicalDetail, u"Connection refused"_s);
    QCOMPARE(e.httpStatus, 0);
    QVERIFY(!ApiError().isError());
    QVERIFY(ApiError().userMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
