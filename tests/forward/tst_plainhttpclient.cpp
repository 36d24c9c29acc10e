// PlainHttpClient against real HTTP servers on loopback: the bytes it writes, connections kept and limited, a kept
// connection the target closed, answers without a length, a target that hangs, one that is down, and abortAll().
#include "RawHttpServer.h"
#include "TargetServer.h"
#include "forward/PlainHttpClient.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Collected
{
    QList<PlainHttpClient::Answer> answers;
    int expected = 0;
    bool complete() const { return answers.size() >= expected; }
};

void postMany(PlainHttpClient& client, const QUrl& url, int count, Collected* collected, int timeoutMs = 5000)
{
    collected->expected += count;
    for (int i = 0; i < count; ++i) {
        client.post(url, {{"X-Index", QByteArray::number(i)}}, "body " + QByteArray::number(i), timeoutMs,
                    [collected](const PlainHttpClient::Answer& answer) { collected->answers.append(answer); });
    }
}

// A target that gives every request the same treatment.
TargetServer::Answering always(bool hang, bool drop)
{
    return [hang, drop](const TargetServer::Request&, int) {
        TargetServer::Answer answer;
        answer.hang = hang;
        answer.drop = drop;
        return answer;
    };
}
const TargetServer::Answering hanging = always(true, false);
const TargetServer::Answering dropping = always(false, true);

PlainHttpClient::Answer postOne(PlainHttpClient& client, const QUrl& url, int timeoutMs = 5000)
{
    Collected collected;
    postMany(client, url, 1, &collected, timeoutMs);
    if (!QTest::qWaitFor([&] { return collected.complete(); }, timeoutMs + 5000))
        return {};
    return collected.answers.value(0);
}

} // namespace

class TestPlainHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void onlyPlainHttpWithoutCredentials()
    {
        QVERIFY(PlainHttpClient::canSend(QUrl(u"http://127.0.0.1:8080/hook?a=1"_s)));
        QVERIFY(PlainHttpClient::canSend(QUrl(u"http://localhost/"_s)));
        QVERIFY(!PlainHttpClient::canSend(QUrl(u"https://example.com/hook"_s)));
        QVERIFY(!PlainHttpClient::canSend(QUrl(u"http://user:pw@example.com/hook"_s)));
        QVERIFY(!PlainHttpClient::canSend(QUrl(u"http:///nohost"_s)));
    }

    // One POST as written: the request line with the query as given, Host with the port, the headers in order, the
    // body with its length; then every request of a sequence on the one kept connection.
    void writesThePostAndKeepsTheConnection()
    {
        TargetServer target;
        QVERIFY(target.listen());
        PlainHttpClient client(1024);
        QUrl url = target.url(u"/in/hook"_s);
        url.setQuery(u"a=1&b=%C3%A4%20x"_s);
        for (int i = 0; i < 5; ++i) {
            const PlainHttpClient::Answer answer = postOne(client, url);
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.body, QByteArray("ok"));
            QVERIFY(answer.error.isEmpty());
        }
        QCOMPARE(target.requests().size(), 5);
        QCOMPARE(target.connections(), 1);
        const TargetServer::Request& first = target.requests().first();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.target, QByteArray("/in/hook?a=1&b=%C3%A4%20x"));
        QCOMPARE(first.header("Host"), "127.0.0.1:" + QByteArray::number(target.port()));
        QCOMPARE(first.header("X-Index"), QByteArray("0"));
        QCOMPARE(first.header("Content-Length"), QByteArray("6"));
        QCOMPARE(first.body, QByteArray("body 0"));
        QCOMPARE(client.inFlight(), 0);
    }

    // Twenty at once: at most six connections to one host and port, the rest wait; every one answered once.
    void manyAtOnceShareSixConnections()
    {
        TargetServer target;
        QVERIFY(target.listen());
        PlainHttpClient client(1024);
        Collected collected;
        postMany(client, target.url(), 20, &collected);
        QCOMPARE(client.inFlight(), 20);
        QTRY_VERIFY_WITH_TIMEOUT(collected.complete(), 10000);
        QCOMPARE(target.requests().size(), 20);
        QVERIFY2(target.connections() <= PlainHttpClient::maxConnectionsPerOrigin,
                 qPrintable(QString::number(target.connections())));
        QSet<QByteArray> bodies;
        for (const TargetServer::Request& request : target.requests())
            bodies.insert(request.body);
        QCOMPARE(bodies.size(), 20);
        for (const PlainHttpClient::Answer& answer : std::as_const(collected.answers))
            QCOMPARE(answer.status, 200);
    }

    // A target that closes each kept connection when the next request arrives (an idle timeout racing the request):
    // the request goes once more on a new connection and is answered; the caller sees one answer.
    void aKeptConnectionClosedByTheTargetIsRetriedOnce()
    {
        TargetServer target([](const TargetServer::Request& request, int) {
            TargetServer::Answer answer;
            answer.drop = request.onConnection > 1;
            return answer;
        });
        QVERIFY(target.listen());
        PlainHttpClient client(1024);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(postOne(client, target.url()).status, 200);
        QCOMPARE(target.requests().size(), 1 + 2 * 3); // each later one was sent twice: dropped, then answered
        QCOMPARE(target.connections(), 4);
    }

    // A new connection closed without an answer is an error, not sent again (the target saw it).
    void aFreshConnectionClosedWithoutAnswerIsAnError()
    {
        TargetServer target(dropping);
        QVERIFY(target.listen());
        PlainHttpClient client(1024);
        const PlainHttpClient::Answer answer = postOne(client, target.url());
        QCOMPARE(answer.status, 0);
        QVERIFY2(answer.error.contains(u"without answering"_s), qPrintable(answer.error));
        QCOMPARE(target.requests().size(), 1);
    }

    // Answers framed by chunks or by the close, as real servers send them, and the next request after a close.
    void answersWithoutALength()
    {
        int served = 0;
        RawHttpServer server([&served](const QByteArray&) -> QByteArray {
            return ++served % 2 == 1
                ? "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nmade\r\n0\r\n\r\n"
                : "HTTP/1.0 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\nit broke";
        });
        PlainHttpClient client(1024);
        const QUrl url(u"http://127.0.0.1:%1/x"_s.arg(server.port()));
        const PlainHttpClient::Answer chunked = postOne(client, url);
        QCOMPARE(chunked.status, 201);
        QCOMPARE(chunked.body, QByteArray("made"));
        const PlainHttpClient::Answer untilClose = postOne(client, url);
        QCOMPARE(untilClose.status, 500);
        QCOMPARE(untilClose.body, QByteArray("it broke"));
        QCOMPARE(postOne(client, url).status, 201);
        QCOMPARE(server.requestHeads().size(), 3);
    }

    // A target that never answers: the timeout ends the exchange and drops the connection; the next one works.
    void aHangingTargetTimesOut()
    {
        TargetServer target(hanging);
        QVERIFY(target.listen());
        PlainHttpClient client(1024);
        QElapsedTimer clock;
        clock.start();
        const PlainHttpClient::Answer answer = postOne(client, target.url(), 300);
        QVERIFY(answer.timedOut);
        QCOMPARE(answer.status, 0);
        QVERIFY(clock.elapsed() >= 250);
        target.setAnswering({}); // answers from now on
        QCOMPARE(postOne(client, target.url()).status, 200);
        QCOMPARE(target.connections(), 2);
    }

    void aTargetThatIsDownIsAnError()
    {
        TargetServer target;
        QVERIFY(target.listen());
        const QUrl url = target.url();
        target.close(); // the port is free now: nothing listens
        PlainHttpClient client(1024);
        const PlainHttpClient::Answer answer = postOne(client, url);
        QCOMPARE(answer.status, 0);
        QVERIFY(!answer.timedOut);
        QVERIFY2(answer.error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(answer.error));
    }

    // An address that fails as the connection starts: the error comes after post() returned, never inside it
    // (a Done that sends again must not run inside the post() that asked for it).
    void anAddressThatFailsAtOnceAnswersLater()
    {
        PlainHttpClient client(1024);
        Collected collected;
        postMany(client, QUrl(u"http://255.255.255.255:9/hook"_s), 3, &collected);
        QVERIFY(collected.answers.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(collected.complete(), 10000);
        for (const PlainHttpClient::Answer& answer : std::as_const(collected.answers)) {
            QCOMPARE(answer.status, 0);
            QVERIFY(!answer.error.isEmpty());
        }
        QCOMPARE(client.inFlight(), 0);
    }

    // The timeout counts from post(): requests waiting behind six that hang time out with them, unsent (they
    // are not sent once the six time out, to wait a whole timeout again).
    void waitingRequestsTimeOutWithTheRest()
    {
        TargetServer target(hanging);
        QVERIFY(target.listen());
        PlainHttpClient client(1024);
        Collected collected;
        postMany(client, target.url(), 10, &collected, 500);
        QTRY_VERIFY_WITH_TIMEOUT(collected.complete(), 10000);
        for (const PlainHttpClient::Answer& answer : std::as_const(collected.answers))
            QVERIFY(answer.timedOut);
        QCOMPARE(target.requests().size(), PlainHttpClient::maxConnectionsPerOrigin);
    }

    // abortAll(): nothing in flight or waiting is answered, and the client works on afterwards.
    void abortAllCallsNoOne()
    {
        TargetServer target(hanging);
        QVERIFY(target.listen());
        PlainHttpClient client(1024);
        Collected collected;
        postMany(client, target.url(), 10, &collected);
        QTRY_COMPARE_WITH_TIMEOUT(target.requests().size(), PlainHttpClient::maxConnectionsPerOrigin, 5000);
        client.abortAll();
        QCOMPARE(client.inFlight(), 0);
        QTest::qWait(100);
        QVERIFY(collected.answers.isEmpty());
        target.setAnswering({});
        QCOMPARE(postOne(client, target.url()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestPlainHttpClient)
#include "tst_plainhttpclient.moc"
