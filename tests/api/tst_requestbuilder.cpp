#include "api/CompanyQuery.h"
#include "api/RequestBuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// RequestBuilder is the one place URLs and request headers are made.
class TestRequestBuilder : public QObject
{
    Q_OBJECT

private slots:
    void baseUrlIsNormalised_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("expected");
        QTest::newRow("trailing slash kept") << u"https://api.vainu.io/api/v2/"_s << u"https://api.vainu.io/api/v2/"_s;
        QTest::newRow("slash added") << u"https://api.vainu.io/api/v2"_s << u"https://api.vainu.io/api/v2/"_s;
        QTest::newRow("port and http") << u"http://127.0.0.1:8123/api/v2"_s << u"http://127.0.0.1:8123/api/v2/"_s;
        QTest::newRow("query and fragment dropped")
            << u"https://h.example/api/v2/?x=1#f"_s << u"https://h.example/api/v2/"_s;
        QTest::newRow("bare host") << u"https://h.example"_s << u"https://h.example/"_s;
    }
    void baseUrlIsNormalised()
    {
        QFETCH(QString, base);
        QFETCH(QString, expected);
        QString problem = u"unset"_s;
        const QUrl url = RequestBuilder::normalisedBaseUrl(QUrl(base), &problem);
        QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
        QVERIFY(problem.isEmpty());
    }

    void unusableBaseUrlIsExplained_data()
    {
        QTest::addColumn<QString>("base");
        QTest::newRow("empty") << QString();
        QTest::newRow("relative") << u"api/v2/"_s;
        QTest::newRow("ftp") << u"ftp://h.example/api/v2/"_s;
    }
    void unusableBaseUrlIsExplained()
    {
        QFETCH(QString, base);
        QString problem;
        QVERIFY(RequestBuilder::normalisedBaseUrl(QUrl(base), &problem).isEmpty());
        QVERIFY(problem.contains(u"Settings"_s));
        const RequestBuilder builder({QUrl(base), u"k"_s}, {});
        QCOMPARE(builder.problem(), problem);
        QVERIFY(builder.url({u"webhook_configuration"_s}).isEmpty());
    }

    void pathSegmentsAreEncodedAndEndWithSlash_data()
    {
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("collection") << QStringList {u"webhook_configuration"_s}
                                    << u"http://127.0.0.1:1/api/v2/webhook_configuration/"_s;
        QTest::newRow("id") << QStringList {u"webhook_configuration"_s, u"5f5b7b3ebb9378063bc322ef"_s}
                            << u"http://127.0.0.1:1/api/v2/webhook_configuration/5f5b7b3ebb9378063bc322ef/"_s;
        // A unique_id is the user's own text: a slash or '?' in it must not change the route.
        QTest::newRow("hostile id") << QStringList {u"customer_data"_s, u"a/b c?d#e%"_s}
                                    << u"http://127.0.0.1:1/api/v2/customer_data/a%2Fb%20c%3Fd%23e%25/"_s;
        QTest::newRow("dot segment") << QStringList {u"customer_data"_s, u".."_s}
                                     << u"http://127.0.0.1:1/api/v2/customer_data/../"_s;
        QTest::newRow("unicode") << QStringList {u"customer_data"_s, u"Ätä"_s}
                                 << u"http://127.0.0.1:1/api/v2/customer_data/%C3%84t%C3%A4/"_s;
        QTest::newRow("nested") << QStringList {u"lists"_s, u"abc"_s, u"companies"_s}
                                << u"http://127.0.0.1:1/api/v2/lists/abc/companies/"_s;
    }
    void pathSegmentsAreEncodedAndEndWithSlash()
    {
        QFETCH(QStringList, segments);
        QFETCH(QString, expected);
        const RequestBuilder builder({QUrl(u"http://127.0.0.1:1/api/v2"_s), u"k"_s}, {});
        QCOMPARE(QString::fromLatin1(builder.url(segments).toEncoded()), expected);
    }

    void queryValuesAreFullyEncoded()
    {
        const RequestBuilder builder({QUrl(u"http://127.0.0.1:1/api/v2/"_s), u"k"_s}, {});
        const QUrl url = builder.url(
            {u"companies"_s}, {{u"company_name__icontains"_s, u"A+B & C=D"_s}, {u"business_id__in"_s, u"1,2"_s}});
        QCOMPARE(url.query(QUrl::FullyEncoded), u"company_name__icontains=A%2BB%20%26%20C%3DD&business_id__in=1,2"_s);
    }

    void companyQueryKeepsOrderAndCountModes()
    {
        CompanyQuery query;
        query.filters = {{u"country"_s, u"FI"_s}, {u"staff_number__gte"_s, u"10"_s}};
        query.fields = {u"business_id"_s, u"company_name"_s};
        query.limit = 50;
        query.offset = 100;
        query.includeCount = true;
        query.order = u"-staff_number"_s;
        const RequestBuilder builder({QUrl(u"http://127.0.0.1:1/api/v2/"_s), u"k"_s}, {});
        QCOMPARE(builder.url({u"companies"_s}, query.toQueryItems()).query(QUrl::FullyEncoded),
                 u"country=FI&staff_number__gte=10&fields=business_id,company_name&limit=50&offset=100"
                 u"&count=include&order=-staff_number"_s);
        query.countOnly = true;
        QCOMPARE(builder.url({u"companies"_s}, query.toQueryItems()).query(QUrl::FullyEncoded),
                 u"country=FI&staff_number__gte=10&fields=business_id,company_name&count=true&order=-staff_number"_s);
    }

    void requestCarriesKeyTimeoutAndRedirectCap()
    {
        ClientLimits limits;
        limits.transferTimeout = 1234ms;
        limits.maxRedirects = 2;
        const RequestBuilder builder({QUrl(u"http://127.0.0.1:1/api/v2/"_s), u" secret-key "_s}, limits);
        const QNetworkRequest request = builder.request({"POST", {u"lists"_s}, {}, "{}"_ba});
        QCOMPARE(request.rawHeader("API-Key"), "secret-key"_ba);
        QCOMPARE(request.rawHeader("Accept"), "application/json"_ba);
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(), "application/json"_ba);
        QCOMPARE(request.transferTimeout(), 1234);
        QCOMPARE(request.maximumRedirectsAllowed(), 2);
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::SameOriginRedirectPolicy));
        QCOMPARE(request.url().toString(), u"http://127.0.0.1:1/api/v2/lists/"_s);
    }

    void noKeyMeansNoHeader()
    {
        const RequestBuilder builder({QUrl(u"http://127.0.0.1:1/api/v2/"_s), QString()}, {});
        const QNetworkRequest request = builder.request({"GET", {u"lists"_s}, {}, {}});
        QVERIFY(!request.hasRawHeader("API-Key"));
        QVERIFY(!request.header(QNetworkRequest::ContentTypeHeader).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
