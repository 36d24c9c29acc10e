// `vainu-webhooks receiver check|status|subscribe` as a user runs them: the real program, against a real
// receiver and event history in this process, a server answering 502 like a tunnel's error page, and a real
// sandbox for the webhook configuration.
#include "CliProcess.h"
#include "RawHttpServer.h"
#include "SandboxFixture.h"
#include "TlsTestSupport.h"
#include "receiver/WebhookReceiver.h"
#include "store/EventStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestReceiverCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliProcess::Run;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;

    Run run(const QStringList& arguments, const QString& secret, const QString& apiKey = {})
    {
        return CliProcess::run(arguments, CliProcess::environment(apiKey.isEmpty() ? QString() : apiKey, secret));
    }

    QStringList check(const QUrl& publicUrl) const
    {
        return {u"receiver"_s, u"check"_s, u"--data-dir"_s, m_dir->path(), u"--public-url"_s, publicUrl.toString()};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<EventStore>();
        StoreOptions options;
        options.directory = m_dir->path();
        QString error;
        QVERIFY2(m_store->open(options, &error), qPrintable(error));
        m_receiver = std::make_unique<WebhookReceiver>(m_store.get());
        ReceiverSettings settings;
        settings.port = 0;
        settings.secret = u"s3cret"_s;
        QSignalSpy listening(m_receiver.get(), &WebhookReceiver::listening);
        m_receiver->start(settings);
        QVERIFY(listening.wait(10000));
    }

    void cleanup()
    {
        m_receiver.reset();
        m_store.reset();
        m_dir.reset();
    }

    void checkSucceedsWhenTheTestDeliveryArrives()
    {
        const Run result = run(check(m_receiver->localUrl()), u"s3cret"_s);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(u"arrived at this receiver"_s), qPrintable(result.out));
        QCOMPARE(m_store->eventCount(), 1);
        QCOMPARE(m_store->events(0, 1).first().origin, DeliveryOrigin::Test);

        // ... and events export leaves it out unless asked for.
        const Run exported = run({u"events"_s, u"export"_s, u"--data-dir"_s, m_dir->path()}, {});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out, QString());
        const Run withTests = run({u"events"_s, u"export"_s, u"--data-dir"_s, m_dir->path(), u"--include-tests"_s}, {});
        QCOMPARE(withTests.exitCode, 0);
        QVERIFY(withTests.out.contains(u"\"origin\":\"test\""_s));
    }

    void checkNamesTheSecret()
    {
        const Run result = run(check(m_receiver->localUrl()) << u"--json"_s, u"an-old-secret"_s);
        QCOMPARE(result.exitCode, 1);
        const QJsonObject answer = QJsonDocument::fromJson(result.err.toUtf8()).object();
        QCOMPARE(answer.value(u"failed_hop"_s).toString(), u"secret"_s);
        QCOMPARE(answer.value(u"http_status"_s).toInt(), 401);
        QCOMPARE(answer.value(u"arrived"_s).toBool(true), false);
    }

    void checkNamesTcpWhenNothingListens()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const Run result = run(check(QUrl(u"http://127.0.0.1:%1/vainu/webhook"_s.arg(port))), u"s3cret"_s);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"Failed hop: tcp\n"_s), qPrintable(result.err));
    }

    void checkNamesATunnelErrorPage()
    {
        RawHttpServer tunnel([](const QByteArray&) {
            return QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        });
        const Run result = run(check(QUrl(u"http://127.0.0.1:%1/vainu/webhook"_s.arg(tunnel.port()))), u"s3cret"_s);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(u"Failed hop: http\n"_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"HTTP 502"_s));
        QCOMPARE(m_store->eventCount(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {u"receiver"_s};
        QTest::newRow("unknown command") << QStringList {u"receiver"_s, u"probe"_s};
        QTest::newRow("not a URL") << QStringList {u"receiver"_s, u"check"_s, u"--public-url"_s, u"ftp://x"_s};
        QTest::newRow("profile and base URL")
            << QStringList {u"receiver"_s, u"status"_s, u"--profile"_s, u"a"_s, u"--base-url"_s, u"http://x/"_s};
        QTest::newRow("replace without subscribe") << QStringList {u"receiver"_s, u"check"_s, u"--replace"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments, u"s3cret"_s);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void headlessServesHttpsAndRefusesBadFiles()
    {
        const auto pair = TlsTestSupport::makeSelfSigned(m_dir->path(), u"server"_s);
        const auto other = TlsTestSupport::makeSelfSigned(m_dir->path(), u"other"_s);
        const QString data = m_dir->filePath(u"headless"_s);
        const QStringList headless {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, data};

        const Run halfPair = run(headless + QStringList {u"--tls-cert"_s, pair.certificateFile}, u"s3cret"_s);
        QCOMPARE(halfPair.exitCode, 2);
        QVERIFY2(halfPair.err.contains(u"--tls-key"_s), qPrintable(halfPair.err));

        const Run mismatched = run(
            headless + QStringList {u"--tls-cert"_s, pair.certificateFile, u"--tls-key"_s, other.keyFile}, u"s3cret"_s);
        QCOMPARE(mismatched.exitCode, 1);
        QVERIFY2(mismatched.err.contains(u"does not belong to the certificate"_s), qPrintable(mismatched.err));
        QVERIFY(mismatched.err.contains(other.keyFile));

        const Run missing = run(
            headless + QStringList {u"--tls-cert"_s, m_dir->filePath(u"gone.crt"_s), u"--tls-key"_s, pair.keyFile},
            u"s3cret"_s);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));

        // A good pair: it says it listens on https://, and a client that trusts the certificate gets it.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"VAINU_WEBHOOK_SECRET"_s, u"s3cret"_s);
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        QProcess process;
        process.setProcessEnvironment(environment);
        CliProcess::makeStoppable(process);
        process.start(CliProcess::program(),
                      headless + QStringList {u"--tls-cert"_s, pair.certificateFile, u"--tls-key"_s, pair.keyFile});
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(process.readAllStandardOutput())).contains(u"Listening on"_s), 20000);
        const qsizetype at = out.indexOf(u"https://"_s);
        QVERIFY2(at >= 0, qPrintable(out));
        const QUrl url(out.mid(at, out.indexOf(u' ', at) - at));
        QSslSocket socket;
        socket.setSslConfiguration(TlsTestSupport::trusting(pair.certificate()));
        socket.connectToHostEncrypted(url.host(), quint16(url.port()));
        QVERIFY2(socket.waitForEncrypted(10000), qPrintable(socket.errorString()));
        QCOMPARE(socket.peerCertificate(), pair.certificate());
        socket.disconnectFromHost();
        CliProcess::stop(process);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
    }

    void subscribeThenStatus()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QString baseUrl = sandbox.apiBaseUrl().toString();
        const QString publicUrl = u"https://example-tunnel.test/vainu/webhook"_s;
        const Run before
            = run({u"receiver"_s, u"status"_s, u"--json"_s, u"--base-url"_s, baseUrl, u"--public-url"_s, publicUrl},
                  u"headless-secret"_s, sandbox.demoApiKey());
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QCOMPARE(QJsonDocument::fromJson(before.out.toUtf8()).object().value(u"subscribed"_s).toBool(true), false);

        const Run subscribed
            = run({u"receiver"_s, u"subscribe"_s, u"--json"_s, u"--base-url"_s, baseUrl, u"--public-url"_s, publicUrl},
                  u"headless-secret"_s, sandbox.demoApiKey());
        QVERIFY2(subscribed.exitCode == 0, qPrintable(subscribed.err));
        const QString id = QJsonDocument::fromJson(subscribed.out.toUtf8()).object().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());

        const Run after
            = run({u"receiver"_s, u"status"_s, u"--json"_s, u"--base-url"_s, baseUrl, u"--public-url"_s, publicUrl},
                  u"headless-secret"_s, sandbox.demoApiKey());
        QCOMPARE(after.exitCode, 0);
        const QJsonObject status = QJsonDocument::fromJson(after.out.toUtf8()).object();
        QCOMPARE(status.value(u"subscribed"_s).toBool(), true);
        QCOMPARE(status.value(u"public_url"_s).toString(), publicUrl);
        QCOMPARE(status.value(u"webhooks"_s).toArray().first().toString(), id);

        // Another secret than the one registered: the webhook points here but would be refused.
        const Run stale = run({u"receiver"_s, u"status"_s, u"--base-url"_s, baseUrl, u"--public-url"_s, publicUrl},
                              u"rotated-secret"_s, sandbox.demoApiKey());
        QCOMPARE(stale.exitCode, 0);
        QVERIFY2(stale.out.contains(u"Not subscribed with the current secret"_s), qPrintable(stale.out));
    }

    // Vainu created the webhook but a gateway answered 502: `receiver subscribe` reports it created (exit 0), and
    // there is one webhook for the address, not two.
    void subscribeWhoseAnswerWasLostMakesOneWebhook()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QString baseUrl = sandbox.apiBaseUrl().toString();
        const QString publicUrl = u"https://lost-answer-tunnel.test/vainu/webhook"_s;
        sandbox.loseNextAnswer(u"POST"_s, 502);
        const Run subscribed
            = run({u"receiver"_s, u"subscribe"_s, u"--json"_s, u"--base-url"_s, baseUrl, u"--public-url"_s, publicUrl},
                  u"headless-secret"_s, sandbox.demoApiKey());
        QVERIFY2(subscribed.exitCode == 0, qPrintable(subscribed.err));
        const QString id = QJsonDocument::fromJson(subscribed.out.toUtf8()).object().value(u"id"_s).toString();
        QVERIFY2(!id.isEmpty(), qPrintable(subscribed.out));
        QVERIFY2(subscribed.err.contains(u"answer was lost, but the webhook was created"_s),
                 qPrintable(subscribed.err));

        const Run status
            = run({u"receiver"_s, u"status"_s, u"--json"_s, u"--base-url"_s, baseUrl, u"--public-url"_s, publicUrl},
                  u"headless-secret"_s, sandbox.demoApiKey());
        QCOMPARE(status.exitCode, 0);
        const QJsonObject state = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(state.value(u"subscribed"_s).toBool(), true);
        QCOMPARE(state.value(u"webhooks"_s).toArray(), QJsonArray {id});
    }

    // `receiver subscribe --tunnel` asks the ngrok agent's local API (here a stand-in shaped like ngrok's
    // GET /api/tunnels) for the tunnel to the receiver's port and subscribes its address; with no tunnel, exit 1.
    void subscribeToTheTunnelThatForwardsToTheReceiver()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const QString baseUrl = sandbox.apiBaseUrl().toString();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString noCloudflared = u"http://127.0.0.1:%1/"_s.arg(closed.serverPort());
        closed.close();
        // Shaped like ngrok's GET /api/tunnels: one tunnel to another local port, one to the receiver's (8787).
        const auto tunnel = [](const QString& name, const QString& publicUrl, const QString& addr) {
            return QJsonObject {{u"name"_s, name},
                                {u"public_url"_s, publicUrl},
                                {u"proto"_s, u"https"_s},
                                {u"config"_s, QJsonObject {{u"addr"_s, addr}, {u"inspect"_s, true}}}};
        };
        const QByteArray tunnels
            = QJsonDocument(
                  QJsonObject {{u"tunnels"_s,
                                QJsonArray {tunnel(u"web"_s, u"https://aaaa-198-51-100-7.ngrok-free.app"_s,
                                                   u"http://localhost:3000"_s),
                                            tunnel(u"receiver"_s, u"https://bbbb-198-51-100-7.ngrok-free.app"_s,
                                                   u"http://localhost:8787"_s)}},
                               {u"uri"_s, u"/api/tunnels"_s}})
                  .toJson(QJsonDocument::Compact);
        RawHttpServer ngrok([tunnels](const QByteArray& head) -> QByteArray {
            if (!head.startsWith("GET /api/tunnels "))
                return QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(tunnels.size()) + "\r\nConnection: close\r\n\r\n" + tunnels;
        });
        const QString ngrokApi = u"http://127.0.0.1:%1/api/tunnels"_s.arg(ngrok.port());
        const Run subscribed = run({u"receiver"_s, u"subscribe"_s, u"--tunnel"_s, u"--ngrok-api"_s, ngrokApi,
                                    u"--cloudflared-metrics"_s, noCloudflared, u"--json"_s, u"--base-url"_s, baseUrl},
                                   u"headless-secret"_s, sandbox.demoApiKey());
        QVERIFY2(subscribed.exitCode == 0, qPrintable(subscribed.err));
        const QJsonObject created = QJsonDocument::fromJson(subscribed.out.toUtf8()).object();
        QCOMPARE(created.value(u"webhook_url"_s).toString(),
                 u"https://bbbb-198-51-100-7.ngrok-free.app/vainu/webhook"_s);

        // No agent answers: nothing to subscribe, and the command says how to get an address.
        const QString noNgrok = u"http://127.0.0.1:%1/api/tunnels"_s.arg(QUrl(noCloudflared).port());
        const Run none = run({u"receiver"_s, u"subscribe"_s, u"--tunnel"_s, u"--ngrok-api"_s, noNgrok,
                              u"--cloudflared-metrics"_s, noCloudflared, u"--base-url"_s, baseUrl},
                             u"headless-secret"_s, sandbox.demoApiKey());
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(u"No ngrok or cloudflared tunnel is running"_s), qPrintable(none.err));
    }
};

QTEST_GUILESS_MAIN(TestReceiverCli)
#include "tst_receivercli.moc"
