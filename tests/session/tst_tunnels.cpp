#include "RawHttpServer.h"
#include "ReceiverFixture.h"
#include "session/ReceiverService.h"
#include "session/TunnelDetector.h"
#include "session/TunnelProcess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QByteArray jsonAnswer(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

QByteArray notFound()
{
    return "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

// The shape of GET /api/tunnels of an ngrok agent (ngrok's agent API documentation, "List Tunnels").
QByteArray ngrokTunnel(const QString& name, const QString& publicUrl, const QString& addr)
{
    return uR"({"name":"%1","ID":"%1-id","uri":"/api/tunnels/%1","public_url":"%2","proto":"%3",)"
           uR"("config":{"addr":"%4","inspect":true},"metrics":{"conns":{"count":0},"http":{"count":0}}})"_s
               .arg(name, publicUrl, publicUrl.section(u':', 0, 0), addr)
               .toUtf8();
}

QByteArray ngrokList(const QList<QByteArray>& tunnels)
{
    return "{\"tunnels\":[" + tunnels.join(',') + "],\"uri\":\"/api/tunnels\"}";
}

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QUrl base(quint16 port, const QString& path = u"/"_s)
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path));
}
} // namespace

// Finding and starting a tunnel to the receiver: stand-ins for the ngrok agent's local API and cloudflared's
// metrics server on loopback (the real agents need an account and the internet), answering as the real ones
// do; stand-in programs named cloudflared and ngrok first on PATH, printing what the real ones print.
class TestTunnels : public QObject
{
    Q_OBJECT

private:
    TunnelDetector::Result detect(TunnelDetector& detector, int port)
    {
        QSignalSpy finished(&detector, &TunnelDetector::finished);
        detector.detect(port);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<TunnelDetector::Result>();
    }

    // Writes an executable `name` into m_bin, which is first on PATH.
    void writeProgram(const QString& name, const QByteArray& script)
    {
        QFile file(m_bin.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(script);
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    }

    QTemporaryDir m_bin;
    QByteArray m_path;

    // Like cloudflared 2024: the address in a box on stderr, then it keeps running until it is terminated.
    void writeStandInCloudflared()
    {
        writeProgram(u"cloudflared"_s, R"(#!/bin/sh
echo "$@" > "$(/usr/bin/dirname "$0")/cloudflared.args"
trap 'echo terminated > "$(/usr/bin/dirname "$0")/cloudflared.stopped"; exit 0' TERM
/bin/cat >&2 <<'END'
2024-06-01T10:00:00Z INF Thank you for trying Cloudflare Tunnel. Doing so, without a Cloudflare account, is a quick way to experiment and try it out.
2024-06-01T10:00:00Z INF Requesting new quick Tunnel on trycloudflare.com...
2024-06-01T10:00:01Z INF +--------------------------------------------------------------------------------------------+
2024-06-01T10:00:01Z INF |  Your quick Tunnel has been created! Visit it at (it may take some time to be reachable):  |
2024-06-01T10:00:01Z INF |  https://seasonal-deck-organisms-sf.trycloudflare.com                                      |
2024-06-01T10:00:01Z INF +--------------------------------------------------------------------------------------------+
END
while :; do /bin/sleep 0.1; done
)");
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<TunnelDetector::Result>();
        QVERIFY(m_bin.isValid());
        // Only the stand-ins: a real cloudflared or ngrok on this machine must not answer for them.
        m_path = qgetenv("PATH");
        qputenv("PATH", QFile::encodeName(m_bin.path())); // the scripts name their tools by full path
    }
    void cleanupTestCase() { qputenv("PATH", m_path); }
    void init()
    {
        QFile::remove(m_bin.filePath(u"cloudflared"_s));
        QFile::remove(m_bin.filePath(u"ngrok"_s));
        QFile::remove(m_bin.filePath(u"cloudflared.stopped"_s)); // what the stand-in leaves when it is stopped
    }

    void ngrokAddressForms_data()
    {
        QTest::addColumn<QString>("addr");
        QTest::addColumn<int>("port");
        QTest::newRow("port only") << u"8787"_s << 8787;
        QTest::newRow("host and port") << u"localhost:8787"_s << 8787;
        QTest::newRow("url") << u"http://localhost:8787"_s << 8787;
        QTest::newRow("ip") << u"127.0.0.1:8787"_s << 8787;
        QTest::newRow("https url") << u"https://localhost:8443"_s << 8443;
        QTest::newRow("no port") << u"http://localhost"_s << 80;
        QTest::newRow("nonsense") << u"not an address"_s << -1;
    }
    void ngrokAddressForms()
    {
        QFETCH(QString, addr);
        QFETCH(int, port);
        QCOMPARE(TunnelDetector::portOfAddress(addr), port);
    }

    void theNgrokTunnelToOurPortIsChosen()
    {
        constexpr int ours = 18787;
        RawHttpServer ngrok([](const QByteArray& head) {
            if (!head.startsWith("GET /api/tunnels "))
                return notFound();
            return jsonAnswer(ngrokList(
                {ngrokTunnel(u"web"_s, u"https://aaaa-198-51-100-7.ngrok-free.app"_s, u"http://localhost:3000"_s),
                 ngrokTunnel(u"ours-http"_s, u"http://bbbb-198-51-100-7.ngrok-free.app"_s, u"localhost:%1"_s.arg(ours)),
                 ngrokTunnel(u"ours"_s, u"https://bbbb-198-51-100-7.ngrok-free.app"_s,
                             u"http://localhost:%1"_s.arg(ours)),
                 ngrokTunnel(u"ssh"_s, u"tcp://0.tcp.eu.ngrok.io:12345"_s, u"localhost:22"_s)}));
        });
        TunnelDetector detector;
        detector.setNgrokApiUrl(base(ngrok.port(), u"/api/tunnels"_s));
        detector.setCloudflaredMetricsUrls({base(closedPort())});

        const TunnelDetector::Result result = detect(detector, ours);
        QVERIFY(result.ngrokRunning);
        QVERIFY(!result.cloudflaredRunning);
        QCOMPARE(result.tunnels.size(), 3); // the tcp:// one cannot carry Vainu's posts
        QVERIFY(result.match);
        QCOMPARE(result.match->publicUrl, QUrl(u"https://bbbb-198-51-100-7.ngrok-free.app"_s));
        QCOMPARE(result.match->name, u"ours"_s);
        QCOMPARE(TunnelDetector::receiverUrl(result.match->publicUrl, u"/vainu/webhook"_s),
                 QUrl(u"https://bbbb-198-51-100-7.ngrok-free.app/vainu/webhook"_s));
        QCOMPARE(ngrok.requestHeads().size(), 1);
    }

    void noTunnelToOurPortIsReported()
    {
        RawHttpServer ngrok([](const QByteArray&) {
            return jsonAnswer(
                ngrokList({ngrokTunnel(u"web"_s, u"https://aaaa-198-51-100-7.ngrok-free.app"_s, u"localhost:3000"_s)}));
        });
        TunnelDetector detector;
        detector.setNgrokApiUrl(base(ngrok.port(), u"/api/tunnels"_s));
        detector.setCloudflaredMetricsUrls({base(closedPort()), base(closedPort())});
        const TunnelDetector::Result result = detect(detector, 18787);
        QVERIFY(result.ngrokRunning);
        QCOMPARE(result.tunnels.size(), 1);
        QVERIFY(!result.match);

        // Nothing runs at all.
        detector.setNgrokApiUrl(base(closedPort(), u"/api/tunnels"_s));
        const TunnelDetector::Result nothing = detect(detector, 18787);
        QVERIFY(!nothing.ngrokRunning);
        QVERIFY(!nothing.cloudflaredRunning);
        QVERIFY(nothing.tunnels.isEmpty());
        QVERIFY(!nothing.match);
    }

    void aCloudflaredQuickTunnelIsFound()
    {
        // cloudflared's metrics server: GET /quicktunnel answers the quick tunnel's host name.
        RawHttpServer metrics([](const QByteArray& head) {
            if (head.startsWith("GET /quicktunnel "))
                return jsonAnswer(R"({"hostname":"seasonal-deck-organisms-sf.trycloudflare.com"})");
            return notFound();
        });
        TunnelDetector detector;
        detector.setNgrokApiUrl(base(closedPort(), u"/api/tunnels"_s));
        // The metrics server took the second of its default ports.
        detector.setCloudflaredMetricsUrls({base(closedPort()), base(metrics.port())});
        const TunnelDetector::Result result = detect(detector, 18787);
        QVERIFY(result.cloudflaredRunning);
        QVERIFY(!result.ngrokRunning);
        QVERIFY(result.match);
        QCOMPARE(result.match->agent, DetectedTunnel::Agent::Cloudflared);
        QCOMPARE(result.match->publicUrl, QUrl(u"https://seasonal-deck-organisms-sf.trycloudflare.com"_s));
    }

    void startedCloudflaredIsReadAndStopsWithTheReceiver()
    {
        writeStandInCloudflared();
        QVERIFY(!TunnelProcess::findProgram(TunnelProcess::Program::Cloudflared).isEmpty());
        QVERIFY(TunnelProcess::findProgram(TunnelProcess::Program::Ngrok).isEmpty());

        ReceiverFixture receiver;
        QVERIFY(receiver.start());
        ReceiverService* service = receiver.service();
        TunnelProcess* tunnel = service->tunnel();
        QSignalSpy started(tunnel, &TunnelProcess::started);
        QSignalSpy stopped(tunnel, &TunnelProcess::stopped);
        tunnel->start(TunnelProcess::Program::Cloudflared, service->listeningPort());
        QVERIFY(started.wait(15000));
        QCOMPARE(started.first().first().toUrl(), QUrl(u"https://seasonal-deck-organisms-sf.trycloudflare.com"_s));
        QCOMPARE(tunnel->state(), TunnelProcess::State::Running);
        QFile args(m_bin.filePath(u"cloudflared.args"_s));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(),
                 u"tunnel --url http://127.0.0.1:%1"_s.arg(service->listeningPort()).toUtf8());

        // Stopping the receiver stops the tunnel to it.
        service->stop();
        QCOMPARE(stopped.size(), 1);
        QCOMPARE(tunnel->state(), TunnelProcess::State::Stopped);
        QVERIFY(tunnel->publicUrl().isEmpty());
        QTRY_VERIFY(QFile::exists(m_bin.filePath(u"cloudflared.stopped"_s)));
    }

    // Settings > Receiver moved the receiver to another port: the tunnel forwarded to the old one, so it stops. A
    // new public URL alone keeps it.
    void aTunnelStopsWhenTheReceiverMovesToAnotherPort()
    {
        writeStandInCloudflared();
        ReceiverFixture receiver;
        QVERIFY(receiver.start());
        ReceiverService* service = receiver.service();
        TunnelProcess* tunnel = service->tunnel();
        QSignalSpy started(tunnel, &TunnelProcess::started);
        tunnel->start(TunnelProcess::Program::Cloudflared, service->listeningPort());
        QVERIFY(started.wait(15000));

        Profile profile = service->profile();
        profile.receiver.publicUrl = QUrl(u"https://seasonal-deck-organisms-sf.trycloudflare.com/vainu/webhook"_s);
        service->setProfile(profile);
        QCOMPARE(tunnel->state(), TunnelProcess::State::Running);

        profile.receiver.port = static_cast<quint16>(service->listeningPort() + 1);
        service->setProfile(profile);
        QCOMPARE(tunnel->state(), TunnelProcess::State::Stopped);
        QTRY_VERIFY(QFile::exists(m_bin.filePath(u"cloudflared.stopped"_s)));
    }

    void startedNgrokIsRead()
    {
        // ngrok http PORT --log stdout --log-format json: one JSON object a line; "started tunnel" has the url.
        writeProgram(u"ngrok"_s, R"(#!/bin/sh
echo "$@" > "$(/usr/bin/dirname "$0")/ngrok.args"
echo '{"addr":"","lvl":"info","msg":"open config file","path":"/home/u/.config/ngrok/ngrok.yml","t":"2024-06-01T10:00:00Z"}'
echo '{"lvl":"info","msg":"client session established","obj":"tunnels.session","t":"2024-06-01T10:00:01Z"}'
echo '{"addr":"http://localhost:'"$2"'","lvl":"info","msg":"started tunnel","name":"command_line","obj":"tunnels","t":"2024-06-01T10:00:01Z","url":"https://1a2b-203-0-113-5.ngrok-free.app"}'
while :; do /bin/sleep 0.1; done
)");
        TunnelProcess tunnel;
        QSignalSpy started(&tunnel, &TunnelProcess::started);
        tunnel.start(TunnelProcess::Program::Ngrok, 18787);
        QVERIFY(started.wait(15000));
        QCOMPARE(tunnel.publicUrl(), QUrl(u"https://1a2b-203-0-113-5.ngrok-free.app"_s));
        QFile args(m_bin.filePath(u"ngrok.args"_s));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(), "http 18787 --log stdout --log-format json"_ba);
        tunnel.stop();
        QCOMPARE(tunnel.state(), TunnelProcess::State::Stopped);
    }

    void aFailedStartShowsTheOutput()
    {
        writeProgram(u"cloudflared"_s, R"(#!/bin/sh
echo '2024-06-01T10:00:00Z INF Requesting new quick Tunnel on trycloudflare.com...' >&2
echo '2024-06-01T10:00:01Z ERR Error unmarshaling QuickTunnel response: error code: 1015 error="invalid character" status_code="429 Too Many Requests"' >&2
echo 'failed to unmarshal quick Tunnel: invalid character' >&2
exit 1
)");
        TunnelProcess tunnel;
        QSignalSpy started(&tunnel, &TunnelProcess::started);
        QSignalSpy failed(&tunnel, &TunnelProcess::failed);
        tunnel.start(TunnelProcess::Program::Cloudflared, 18787);
        QVERIFY(failed.wait(15000));
        QVERIFY(started.isEmpty());
        const QString message = failed.first().at(0).toString();
        const QString output = failed.first().at(1).toString();
        QVERIFY2(message.contains(u"cloudflared"_s) && message.contains(u"exit code 1"_s), qPrintable(message));
        QVERIFY2(output.contains(u"429 Too Many Requests"_s), qPrintable(output));
        QCOMPARE(tunnel.state(), TunnelProcess::State::Stopped);
    }

    void aProgramNotInstalledSaysSo()
    {
        TunnelProcess tunnel;
        QSignalSpy failed(&tunnel, &TunnelProcess::failed);
        tunnel.start(TunnelProcess::Program::Ngrok, 18787);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(0).toString().contains(u"not installed"_s));
    }
};

QTEST_GUILESS_MAIN(TestTunnels)
#include "tst_tunnels.moc"
