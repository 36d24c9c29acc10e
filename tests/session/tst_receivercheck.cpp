#include "RawHttpServer.h"
#include "TlsTestSupport.h"
#include "receiver/WebhookReceiver.h"
#include "session/EventFileExport.h"
#include "session/ReceiverCheck.h"
#include "store/EventExport.h"
#include "store/EventStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// "Test the public URL" against real parts: the real receiver and store, a server answering 502 as a
// tunnel does when nothing listens behind it, a port where nothing listens, an untrusted certificate.
class TestReceiverCheck : public QObject
{
    Q_OBJECT

private:
    struct Local
    {
        std::unique_ptr<EventStore> store;
        std::unique_ptr<WebhookReceiver> receiver;
    };
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_stores = 0;

    Local startReceiver(const ReceiverSettings& settings)
    {
        Local local;
        local.store = std::make_unique<EventStore>();
        StoreOptions options;
        options.directory = m_dir->filePath(u"store%1"_s.arg(++m_stores));
        QString error;
        if (!local.store->open(options, &error)) {
            qWarning() << error;
            return {};
        }
        local.receiver = std::make_unique<WebhookReceiver>(local.store.get());
        QSignalSpy listening(local.receiver.get(), &WebhookReceiver::listening);
        local.receiver->start(settings);
        if (!listening.wait(10000))
            return {};
        return local;
    }

    static ReceiverSettings settings()
    {
        ReceiverSettings s;
        s.port = 0;
        s.secret = u"s3cret"_s;
        return s;
    }

    static ReceiverCheckResult check(const QUrl& url, const QString& secret, const EventStore* store)
    {
        ReceiverCheck check;
        check.setStore(store);
        check.setTimeout(10000);
        return check.run(url, u"secret"_s, secret);
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void aTestDeliveryArrivesAndIsStoredAsATest()
    {
        Local local = startReceiver(settings());
        QVERIFY(local.receiver);
        const ReceiverCheckResult result = check(local.receiver->localUrl(), u"s3cret"_s, local.store.get());
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QVERIFY(result.hopName().isEmpty());
        QVERIFY(result.message().contains(QString::number(result.eventId)));

        const std::optional<StoredEvent> stored = local.store->eventById(result.eventId);
        QVERIFY(stored);
        QCOMPARE(stored->origin, DeliveryOrigin::Test);
        QCOMPARE(stored->uniqueId, result.uniqueId);
        QVERIFY(stored->rawBody.contains("\"vainu_webhooks_test\":true"));

        // A real delivery of a company beside it: the company's timeline and the exports hold only that one.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, local.receiver->port());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = R"({"data":{"business_id":"0000000-0","company_name":"Real"},"number_of_tries":1,)"
                                R"("type":"company_change_webhook","unique_id":"real-1"})";
        socket.write("POST /vainu/webhook?secret=s3cret HTTP/1.1\r\nHost: x\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        QTRY_COMPARE(local.store->eventCount(), 2);
        const QList<StoredEvent> timeline = local.store->timeline(u"0000000-0"_s);
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.first().uniqueId, u"real-1"_s);
        // The test delivery (same business id) left no snapshot: the real one is the company's first event.
        QVERIFY(timeline.first().before.isEmpty());

        QStringList exported;
        QVERIFY(local.store->forEachEvent({}, [&](const StoredEvent& e) { return exported.append(e.uniqueId), true; }));
        QCOMPARE(exported, QStringList {u"real-1"_s});
        exported.clear();
        QVERIFY(local.store->forEachEvent(
            {}, [&](const StoredEvent& e) { return exported.append(e.uniqueId), true; }, nullptr, true));
        QCOMPARE(exported, (QStringList {result.uniqueId, u"real-1"_s}));

        const QString file = m_dir->filePath(u"export.jsonl"_s);
        const QList<qint64> ids {result.eventId, timeline.first().id};
        QCOMPARE(EventFileExport::write(*local.store, ids, file, EventExport::Format::JsonLines).count, 1);
        QCOMPARE(EventFileExport::write(*local.store, ids, file, EventExport::Format::JsonLines, true).count, 2);
    }

    void theWindowsWayWaitsForTheReceiversReport()
    {
        Local mine = startReceiver(settings());
        Local other = startReceiver(settings());
        QVERIFY(mine.receiver && other.receiver);
        ReceiverCheck check;
        check.setReceiver(mine.receiver.get());
        const ReceiverCheckResult arrived = check.run(mine.receiver->localUrl(), u"secret"_s, u"s3cret"_s);
        QVERIFY2(arrived.ok(), qPrintable(arrived.message()));
        QCOMPARE(mine.store->eventById(arrived.eventId)->uniqueId, arrived.uniqueId);
        // The other receiver answers 200 and stores it, but this one never reports it.
        const ReceiverCheckResult elsewhere = check.run(other.receiver->localUrl(), u"secret"_s, u"s3cret"_s);
        QCOMPARE(elsewhere.failed, ReceiverCheckResult::Hop::NotArrived);
        QCOMPARE(other.store->eventCount(), 1);
    }

    void nothingListeningIsTheTcpHop()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const ReceiverCheckResult result
            = check(QUrl(u"http://127.0.0.1:%1/vainu/webhook"_s.arg(port)), u"s3cret"_s, nullptr);
        QCOMPARE(result.failed, ReceiverCheckResult::Hop::Tcp);
        QCOMPARE(result.hopName(), u"tcp"_s);
        QVERIFY2(result.message().startsWith(u"TCP:"_s), qPrintable(result.message()));
    }

    void anUnknownHostIsTheDnsHop()
    {
        const ReceiverCheckResult result
            = check(QUrl(u"http://no-such-host.invalid/vainu/webhook"_s), u"s3cret"_s, nullptr);
        QCOMPARE(result.failed, ReceiverCheckResult::Hop::Dns);
        QVERIFY2(result.message().contains(u"no-such-host.invalid"_s), qPrintable(result.message()));
    }

    void aTunnelErrorPageIsNotOurReceiver()
    {
        RawHttpServer tunnel([](const QByteArray&) {
            const QByteArray page("<html><body>Bad gateway: the tunnel's origin is offline</body></html>");
            QByteArray answer("HTTP/1.1 502 Bad Gateway\r\nServer: cloudflare\r\nContent-Type: text/html\r\n");
            answer.append("Content-Length: ").append(QByteArray::number(page.size()));
            answer.append("\r\nConnection: close\r\n\r\n").append(page);
            return answer;
        });
        const ReceiverCheckResult result
            = check(QUrl(u"http://127.0.0.1:%1/vainu/webhook"_s.arg(tunnel.port())), u"s3cret"_s, nullptr);
        QCOMPARE(result.failed, ReceiverCheckResult::Hop::NotOurReceiver);
        QCOMPARE(result.httpStatus, 502);
        QCOMPARE(result.hopName(), u"http"_s);
        QVERIFY2(result.message().contains(u"502"_s), qPrintable(result.message()));
        QCOMPARE(tunnel.requestHeads().size(), 1);
        QVERIFY(tunnel.requestHeads().first().contains("X-Vainu-Webhooks-Test: 1"));
    }

    void aWrongSecretIsTheSecretHop()
    {
        Local local = startReceiver(settings());
        QVERIFY(local.receiver);
        const ReceiverCheckResult result = check(local.receiver->localUrl(), u"old-secret"_s, local.store.get());
        QCOMPARE(result.failed, ReceiverCheckResult::Hop::Secret);
        QCOMPARE(result.httpStatus, 401);
        QCOMPARE(local.store->eventCount(), 0);
    }

    void aWrongPathIsOurReceiversAnswer()
    {
        Local local = startReceiver(settings());
        QVERIFY(local.receiver);
        QUrl url = local.receiver->localUrl();
        url.setPath(u"/elsewhere"_s);
        const ReceiverCheckResult result = check(url, u"s3cret"_s, local.store.get());
        QCOMPARE(result.failed, ReceiverCheckResult::Hop::Receiver);
        QCOMPARE(result.httpStatus, 404);
    }

    void anotherReceiverIsNotThisOne()
    {
        Local mine = startReceiver(settings());
        Local other = startReceiver(settings());
        QVERIFY(mine.receiver && other.receiver);
        const ReceiverCheckResult result = check(other.receiver->localUrl(), u"s3cret"_s, mine.store.get());
        QCOMPARE(result.failed, ReceiverCheckResult::Hop::NotArrived);
        QCOMPARE(other.store->eventCount(), 1);
    }

    void anUntrustedCertificateIsTheTlsHop()
    {
        const auto pair = TlsTestSupport::makeSelfSigned(m_dir->path(), u"server"_s);
        ReceiverSettings s = settings();
        s.tlsCertificateFile = pair.certificateFile;
        s.tlsKeyFile = pair.keyFile;
        Local local = startReceiver(s);
        QVERIFY(local.receiver);
        QCOMPARE(local.receiver->localUrl().scheme(), u"https"_s);
        const ReceiverCheckResult result = check(local.receiver->localUrl(), u"s3cret"_s, local.store.get());
        QCOMPARE(result.failed, ReceiverCheckResult::Hop::Tls);
        QVERIFY2(result.message().startsWith(u"TLS:"_s), qPrintable(result.message()));
        QCOMPARE(local.store->eventCount(), 0);
    }

    void aMissingPublicUrlIsSaidSo()
    {
        const ReceiverCheckResult result = check(QUrl(), u"s3cret"_s, nullptr);
        QCOMPARE(result.failed, ReceiverCheckResult::Hop::Address);
    }
};

QTEST_GUILESS_MAIN(TestReceiverCheck)
#include "tst_receivercheck.moc"
