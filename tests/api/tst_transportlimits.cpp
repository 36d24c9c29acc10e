#include "ApiTestSupport.h"
#include "RawHttpServer.h"
#include "api/ErrorMapper.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

// Limits the sandbox cannot exercise, against a small real HTTP server: the redirect cap, same-origin
// redirects only (the API key must not travel), and the size limit on an answer without Content-Length.
class TestTransportLimits : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    static QByteArray redirectTo(const QByteArray& location)
    {
        return "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    }

private slots:
    void networkErrorsMapToKinds_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("kind");
        using R = ErrorMapper::AbortReason;
        using K = ApiError::Kind;
        QTest::newRow("transfer timeout")
            << int(QNetworkReply::OperationCanceledError) << int(R::None) << int(K::Timeout);
        QTest::newRow("cancelled") << int(QNetworkReply::OperationCanceledError) << int(R::Cancelled)
                                   << int(K::Cancelled);
        QTest::newRow("too large") << int(QNetworkReply::OperationCanceledError) << int(R::TooLarge)
                                   << int(K::ResponseTooLarge);
        QTest::newRow("connect timeout") << int(QNetworkReply::TimeoutError) << int(R::None) << int(K::Timeout);
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(R::None) << int(K::Tls);
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << int(R::None) << int(K::Network);
        QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << int(R::None) << int(K::Network);
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << int(R::None) << int(K::Network);
        QTest::newRow("proxy") << int(QNetworkReply::ProxyConnectionRefusedError) << int(R::None) << int(K::Network);
        QTest::newRow("redirect loop") << int(QNetworkReply::TooManyRedirectsError) << int(R::None)
                                       << int(K::InvalidResponse);
        QTest::newRow("insecure redirect")
            << int(QNetworkReply::InsecureRedirectError) << int(R::None) << int(K::InvalidResponse);
    }
    void networkErrorsMapToKinds()
    {
        QFETCH(int, code);
        QFETCH(int, reason);
        QFETCH(int, kind);
        const ApiError error = ErrorMapper::fromNetworkError(QNetworkReply::NetworkError(code), u"detail"_s,
                                                             ErrorMapper::AbortReason(reason));
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, 0);
    }

    void redirectLoopIsCapped()
    {
        RawHttpServer server([](const QByteArray&) { return redirectTo("/api/v2/elsewhere/"); });
        VainuClient client(&m_network);
        ClientLimits limits;
        limits.maxRedirects = 3;
        client.setLimits(limits);
        client.setConnection({QUrl(u"http://127.0.0.1:%1/api/v2/"_s.arg(server.port())), u"key"_s});
        const auto out = waitFor(client.listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::InvalidResponse);
        // The first request and one per allowed redirect; Qt's network stack may resend one request on its
        // own when the server closes a connection as Qt reuses it, so one more is not a loop.
        const qsizetype requests = server.requestHeads().size();
        QVERIFY2(requests >= 1 + limits.maxRedirects && requests <= 2 + limits.maxRedirects,
                 qPrintable(QString::number(requests)));
    }

    void sameOriginRedirectIsFollowed()
    {
        RawHttpServer server([](const QByteArray& head) -> QByteArray {
            if (head.startsWith("GET /api/v2/webhook_configuration/ "))
                return redirectTo("/api/v2/moved/webhook_configuration/");
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 14\r\n"
                   "Connection: close\r\n\r\n{\"results\":[]}";
        });
        VainuClient client(&m_network);
        client.setConnection({QUrl(u"http://127.0.0.1:%1/api/v2/"_s.arg(server.port())), u"key"_s});
        const auto out = waitFor(client.listWebhooks());
        QVERIFY2(!out.error.isError(), qPrintable(out.error.userMessage()));
        QCOMPARE(server.requestHeads().size(), 2);
    }

    void keyNeverFollowsARedirectToAnotherOrigin()
    {
        RawHttpServer other([](const QByteArray&) {
            return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n[]");
        });
        const QByteArray elsewhere = "http://localhost:" + QByteArray::number(other.port()) + "/steal/";
        RawHttpServer server([&](const QByteArray&) { return redirectTo(elsewhere); });
        VainuClient client(&m_network);
        client.setConnection({QUrl(u"http://127.0.0.1:%1/api/v2/"_s.arg(server.port())), u"secret-key"_s});
        const auto out = waitFor(client.listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::InvalidResponse);
        QVERIFY(other.requestHeads().isEmpty());
        QVERIFY(server.requestHeads().first().contains("API-Key: secret-key"));
    }

    void oversizedAnswerWithoutLengthIsAborted()
    {
        // Chunked, so the size is known only while reading.
        QByteArray chunked = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                             "Connection: close\r\n\r\n";
        for (int i = 0; i < 64; ++i)
            chunked += "400\r\n" + QByteArray(0x400, ' ') + "\r\n";
        chunked += "0\r\n\r\n";
        RawHttpServer server([&](const QByteArray&) { return chunked; });
        VainuClient client(&m_network);
        ClientLimits limits;
        limits.maxResponseBytes = 16 * 1024;
        client.setLimits(limits);
        client.setConnection({QUrl(u"http://127.0.0.1:%1/api/v2/"_s.arg(server.port())), u"key"_s});
        const auto out = waitFor(client.listWebhooks());
        QCOMPARE(out.error.kind, ApiError::Kind::ResponseTooLarge);
        QCOMPARE(out.finishedSignals, 1);
    }

    void htmlErrorPageIsNotShownAsVainusMessage()
    {
        RawHttpServer server([](const QByteArray&) -> QByteArray {
            const QByteArray page = "<html><h1>Bad gateway</h1></html>";
            return "HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
                + QByteArray::number(page.size()) + "\r\nConnection: close\r\n\r\n" + page;
        });
        VainuClient client(&m_network);
        client.setRetryPolicy(RetryPolicy::none());
        client.setConnection({QUrl(u"http://127.0.0.1:%1/api/v2/"_s.arg(server.port())), u"key"_s});
        const auto out = waitFor(client.listLists());
        QCOMPARE(out.error.kind, ApiError::Kind::ServerError);
        QCOMPARE(out.error.httpStatus, 502);
        QVERIFY(out.error.serverMessage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTransportLimits)
#include "tst_transportlimits.moc"
