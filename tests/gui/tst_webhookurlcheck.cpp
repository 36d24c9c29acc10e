#include "gui/webhooks/WebhookQuery.h"
#include "gui/webhooks/WebhookUrlCheck.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(WebhookUrlCheck::Level)

class TestWebhookUrlCheck : public QObject
{
    Q_OBJECT
private slots:
    void levels_data();
    void levels();
    void warningNamesTheProblem();
    void buildQuery_data();
    void buildQuery();
    void parseIsTheInverseOfBuild();
    void secretsAreLongRandomAndUrlSafe();
};

void TestWebhookUrlCheck::levels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<WebhookUrlCheck::Level>("level");
    using L = WebhookUrlCheck::Level;
    QTest::newRow("https public") << u"https://crm.example.com/vainu"_s << L::Ok;
    QTest::newRow("https with query") << u"https://crm.example.com/hook?a=1"_s << L::Ok;
    QTest::newRow("surrounding spaces") << u"  https://crm.example.com/x  "_s << L::Ok;
    QTest::newRow("public ip") << u"https://93.184.216.34/x"_s << L::Ok;
    QTest::newRow("http public") << u"http://crm.example.com/x"_s << L::Warning;
    QTest::newRow("localhost") << u"https://localhost:8443/x"_s << L::Warning;
    QTest::newRow("loopback") << u"http://127.0.0.1:8787/vainu/webhook"_s << L::Warning;
    QTest::newRow("ipv6 loopback") << u"https://[::1]/x"_s << L::Warning;
    QTest::newRow("10/8") << u"https://10.1.2.3/x"_s << L::Warning;
    QTest::newRow("172.16/12") << u"https://172.20.0.5/x"_s << L::Warning;
    QTest::newRow("192.168/16") << u"https://192.168.1.10/x"_s << L::Warning;
    QTest::newRow("link-local") << u"https://169.254.10.1/x"_s << L::Warning;
    QTest::newRow(".local") << u"https://printer.local/x"_s << L::Warning;
    QTest::newRow("single label") << u"https://intranet/x"_s << L::Warning;
    QTest::newRow("empty") << u""_s << L::Invalid;
    QTest::newRow("no scheme") << u"crm.example.com/x"_s << L::Invalid;
    QTest::newRow("ftp") << u"ftp://crm.example.com/x"_s << L::Invalid;
    QTest::newRow("relative") << u"/vainu/webhook"_s << L::Invalid;
    QTest::newRow("no host") << u"https:///x"_s << L::Invalid;
    QTest::newRow("space") << u"https://crm.example.com/a b"_s << L::Invalid;
    QTest::newRow("fragment") << u"https://crm.example.com/x#frag"_s << L::Invalid;
}

void TestWebhookUrlCheck::levels()
{
    QFETCH(QString, text);
    QFETCH(WebhookUrlCheck::Level, level);
    const WebhookUrlCheck check = WebhookUrlCheck::check(text);
    QCOMPARE(check.level, level);
    QCOMPARE(check.message.isEmpty(), level == WebhookUrlCheck::Level::Ok);
    QCOMPARE(check.url.isValid(), level != WebhookUrlCheck::Level::Invalid);
}

void TestWebhookUrlCheck::warningNamesTheProblem()
{
    const WebhookUrlCheck both = WebhookUrlCheck::check(u"http://192.168.1.10/x"_s);
    QVERIFY(both.message.contains(u"http"_s));
    QVERIFY(both.message.contains(u"192.168.1.10"_s));
    QCOMPARE(both.message.count(u'\n'), 1);
}

void TestWebhookUrlCheck::buildQuery_data()
{
    QTest::addColumn<QList<WebhookQuery::Parameter>>("parameters");
    QTest::addColumn<QString>("query");
    QTest::newRow("none") << QList<WebhookQuery::Parameter> {} << u""_s;
    QTest::newRow("one") << QList<WebhookQuery::Parameter> {{u"crm"_s, u"custom"_s}} << u"?crm=custom"_s;
    QTest::newRow("two") << QList<WebhookQuery::Parameter> {{u"crm"_s, u"custom"_s}, {u"token"_s, u"abc"_s}}
                         << u"?crm=custom&token=abc"_s;
    QTest::newRow("encoded") << QList<WebhookQuery::Parameter> {{u"a b"_s, u"x&y=z"_s}} << u"?a%20b=x%26y%3Dz"_s;
    QTest::newRow("empty key skipped") << QList<WebhookQuery::Parameter> {{u" "_s, u"v"_s}, {u"k"_s, u""_s}}
                                       << u"?k="_s;
    QTest::newRow("non-ascii") << QList<WebhookQuery::Parameter> {{u"city"_s, u"Espoo ä"_s}}
                               << u"?city=Espoo%20%C3%A4"_s;
}

void TestWebhookUrlCheck::buildQuery()
{
    QFETCH(QList<WebhookQuery::Parameter>, parameters);
    QFETCH(QString, query);
    QCOMPARE(WebhookQuery::build(parameters), query);
}

void TestWebhookUrlCheck::parseIsTheInverseOfBuild()
{
    const QList<WebhookQuery::Parameter> parameters {{u"crm"_s, u"custom"_s}, {u"a b"_s, u"x&y=z ä"_s}};
    QCOMPARE(WebhookQuery::parse(WebhookQuery::build(parameters)), parameters);
    QCOMPARE(WebhookQuery::parse(u"crm=1&flag"_s),
             (QList<WebhookQuery::Parameter> {{u"crm"_s, u"1"_s}, {u"flag"_s, u""_s}}));
    QVERIFY(WebhookQuery::parse(u"?"_s).isEmpty());
}

void TestWebhookUrlCheck::secretsAreLongRandomAndUrlSafe()
{
    static const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]+$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i) {
        const QString secret = WebhookQuery::generateSecret();
        QCOMPARE(secret.size(), 32); // 192 bits in base64url without padding
        QVERIFY2(urlSafe.match(secret).hasMatch(), qPrintable(secret));
        QCOMPARE(QString::fromLatin1(QUrl::toPercentEncoding(secret)), secret);
        seen.insert(secret);
    }
    QCOMPARE(seen.size(), 50);
}

QTEST_GUILESS_MAIN(TestWebhookUrlCheck)
#include "tst_webhookurlcheck.moc"
