// ForwardTarget's validation (what the Forwarding panel and --forward-to refuse, with the reason) and its filter.
#include "core/ForwardTarget.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

OwnReceiver own()
{
    return {u"127.0.0.1"_s, 8787, u"/vainu/webhook"_s, QUrl(u"https://hooks.example.com/vainu/webhook"_s)};
}

QList<ForwardTarget::Field> fields(const ForwardTarget& target, const OwnReceiver& receiver = own())
{
    QList<ForwardTarget::Field> result;
    for (const ForwardTarget::Problem& problem : target.validate(receiver)) {
        if (problem.reason.isEmpty())
            return {};
        result.append(problem.field);
    }
    return result;
}

ForwardTarget to(const QString& url)
{
    ForwardTarget target;
    target.url = QUrl(url);
    return target;
}

} // namespace

class TestForwardTarget : public QObject
{
    Q_OBJECT

private slots:
    void goodTargetsPass_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("local http") << u"http://localhost:3000/webhook"_s;
        QTest::newRow("https") << u"https://example.com/hooks?x=1"_s;
        QTest::newRow("own port, other path") << u"http://127.0.0.1:8787/other"_s;
        QTest::newRow("own path, other port") << u"http://127.0.0.1:8788/vainu/webhook"_s;
        QTest::newRow("another host") << u"http://10.1.2.3:8787/vainu/webhook"_s;
    }
    void goodTargetsPass()
    {
        QFETCH(QString, url);
        QCOMPARE(fields(to(url)), QList<ForwardTarget::Field> {});
    }

    void badUrlsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"Enter the URL"_s;
        QTest::newRow("no host") << u"http:///path"_s << u"not a valid URL"_s;
        QTest::newRow("relative") << u"/webhook"_s << u"not a valid URL"_s;
        QTest::newRow("ftp") << u"ftp://example.com/x"_s << u"Only http and https"_s;
        QTest::newRow("credentials") << u"http://user:pw@example.com/x"_s << u"Authorization"_s;
        QTest::newRow("own receiver") << u"http://127.0.0.1:8787/vainu/webhook"_s << u"own receiver"_s;
        QTest::newRow("own receiver, localhost, slash")
            << u"http://localhost:8787/vainu/webhook/"_s << u"own receiver"_s;
        QTest::newRow("public URL") << u"https://hooks.example.com/vainu/webhook?secret=x"_s << u"public URL"_s;
    }
    void badUrlsAreRefusedWithAReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const QList<ForwardTarget::Problem> problems = to(url).validate(own());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].field, ForwardTarget::Field::Url);
        QVERIFY2(problems[0].reason.contains(reason), qPrintable(problems[0].reason));
    }

    // Listening on every address: any address of this computer on that port and path is the receiver.
    void aReceiverOnAllAddressesIsALoopFromAnyOfThem()
    {
        OwnReceiver everywhere = own();
        everywhere.bindAddress = u"0.0.0.0"_s;
        QCOMPARE(fields(to(u"http://192.168.1.20:8787/vainu/webhook"_s), everywhere),
                 QList<ForwardTarget::Field> {ForwardTarget::Field::Url});
        QCOMPARE(fields(to(u"http://192.168.1.20:8787/vainu/webhook"_s)), QList<ForwardTarget::Field> {});
    }

    void headersThatCannotBeSentAreRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("Host") << QByteArray("Host") << QByteArray("x");
        QTest::newRow("content-length") << QByteArray("content-length") << QByteArray("3");
        QTest::newRow("Transfer-Encoding") << QByteArray("Transfer-Encoding") << QByteArray("chunked");
        QTest::newRow("Connection") << QByteArray("Connection") << QByteArray("close");
        QTest::newRow("ours") << QByteArray("X-Vainu-Webhooks-Attempt") << QByteArray("9");
        QTest::newRow("bad name") << QByteArray("Bad Name") << QByteArray("x");
        QTest::newRow("line break") << QByteArray("X-Token") << QByteArray("a\r\nHost: evil");
    }
    void headersThatCannotBeSentAreRefused()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        ForwardTarget target = to(u"http://localhost:3000/"_s);
        target.headers = {{"Authorization", "Bearer t"}, {name, value}};
        QCOMPARE(fields(target), QList<ForwardTarget::Field> {ForwardTarget::Field::Headers});
        QVERIFY(!ForwardTarget::headerProblem(name, value).isEmpty());
        QVERIFY(ForwardTarget::headerProblem("Authorization", "Bearer t").isEmpty());
    }

    void headerLinesReadAndWrite()
    {
        QString problem;
        const auto headers
            = ForwardTarget::parseHeaderLines(u"Authorization: Bearer a:b\n\n X-Env :dev \n"_s, &problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers[0].second, QByteArray("Bearer a:b"));
        QCOMPARE(headers[1].first, QByteArray("X-Env"));
        QCOMPARE(ForwardTarget::headerLines(headers), u"Authorization: Bearer a:b\nX-Env: dev"_s);
        QVERIFY(ForwardTarget::parseHeaderLines(u"no colon here"_s, &problem).isEmpty());
        QVERIFY(problem.contains(u"Line 1"_s));
    }

    void theTimeoutIsBounded()
    {
        ForwardTarget target = to(u"http://localhost:3000/"_s);
        target.timeoutMs = 500;
        QCOMPARE(fields(target), QList<ForwardTarget::Field> {ForwardTarget::Field::Timeout});
        target.timeoutMs = ForwardTarget::maxTimeoutMs() + 1;
        QCOMPARE(fields(target), QList<ForwardTarget::Field> {ForwardTarget::Field::Timeout});
        target.timeoutMs = ForwardTarget::defaultTimeoutMs();
        QCOMPARE(fields(target), QList<ForwardTarget::Field> {});
    }

    void theFilterMatches()
    {
        ForwardFilter filter;
        QVERIFY(filter.matches(u"1"_s, {}, DeliveryOrigin::Test));
        filter.businessIds = {u"1"_s, u"2"_s};
        filter.changedFields = {u"staff_number"_s};
        filter.origins = {DeliveryOrigin::Delivery, DeliveryOrigin::CatchUp};
        QVERIFY(filter.matches(u"2"_s, {u"company_name"_s, u"staff_number"_s}, DeliveryOrigin::CatchUp));
        QVERIFY(!filter.matches(u"3"_s, {u"staff_number"_s}, DeliveryOrigin::Delivery));
        QVERIFY(!filter.matches(u"1"_s, {u"company_name"_s}, DeliveryOrigin::Delivery));
        QVERIFY(!filter.matches(u"1"_s, {u"staff_number"_s}, DeliveryOrigin::Test));
        const ForwardFilter back
            = ForwardFilter::fromJson(QJsonDocument::fromJson(QJsonDocument(filter.toJson()).toJson()).object());
        QCOMPARE(back, filter);
        QVERIFY(ForwardFilter::fromJson({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestForwardTarget)
#include "tst_forwardtarget.moc"
