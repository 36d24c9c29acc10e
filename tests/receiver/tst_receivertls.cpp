#include "TlsTestSupport.h"
#include "receiver/WebhookReceiver.h"
#include "store/EventStore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

// HTTPS on the real receiver: certificates made by openssl in the test, a real QSslSocket client that
// trusts only that certificate, deliveries into a real event store.
namespace {

// Whether taking a file's permissions away makes it unreadable to this process: not for root, and not on
// Windows, whose files have no such mode bits (QFile::setPermissions only sets them read-only there).
bool permissionsMakeFilesUnreadable()
{
#ifdef Q_OS_UNIX
    return ::geteuid() != 0;
#else
    return false;
#endif
}

const QByteArray body = R"({"data":{"business_id":"25578642","company_name":"Vainu"},"number_of_tries":1,)"
                        R"("type":"company_change_webhook","unique_id":"tls-1"})";

QByteArray post(const QByteArray& payload)
{
    return "POST /vainu/webhook?secret=s3cret HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Connection: close\r\nContent-Length: "
        + QByteArray::number(payload.size()) + "\r\n\r\n" + payload;
}

// The whole answer (the receiver closes after it: Connection: close).
QByteArray readAll(QSslSocket& socket)
{
    QByteArray raw;
    QDeadlineTimer deadline(10000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        raw += socket.readAll();
    }
    raw += socket.readAll();
    return raw;
}

} // namespace

class TestReceiverTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;

    ReceiverSettings settings(const TlsTestSupport::Pair& pair) const
    {
        ReceiverSettings s;
        s.port = 0;
        s.secret = u"s3cret"_s;
        s.tlsCertificateFile = pair.certificateFile;
        s.tlsKeyFile = pair.keyFile;
        return s;
    }

    // Starts the receiver; the empty string when it listens, otherwise its start failure.
    QString start(const ReceiverSettings& s)
    {
        m_receiver = std::make_unique<WebhookReceiver>(m_store.get());
        QSignalSpy listening(m_receiver.get(), &WebhookReceiver::listening);
        QSignalSpy failed(m_receiver.get(), &WebhookReceiver::startFailed);
        m_receiver->start(s);
        if (!QTest::qWaitFor([&] { return !listening.isEmpty() || !failed.isEmpty(); }, 10000))
            return u"neither listening nor failed"_s;
        return failed.isEmpty() ? QString() : failed.first().first().toString();
    }

    // One HTTPS connection that trusts `trusted`; returns the certificate the receiver showed.
    QSslCertificate connectAndPeek(const QSslCertificate& trusted, QByteArray* answer = nullptr,
                                   const QByteArray& request = {})
    {
        QSslSocket socket;
        socket.setSslConfiguration(TlsTestSupport::trusting(trusted));
        socket.connectToHostEncrypted(u"127.0.0.1"_s, m_receiver->port());
        if (!socket.waitForEncrypted(10000)) {
            qWarning() << "handshake failed:" << socket.errorString() << socket.sslHandshakeErrors();
            return QSslCertificate();
        }
        const QSslCertificate peer = socket.peerCertificate();
        if (answer) {
            socket.write(request);
            *answer = readAll(socket);
        }
        return peer;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<EventStore>();
        StoreOptions options;
        options.directory = m_dir->filePath(u"store"_s);
        QString error;
        QVERIFY2(m_store->open(options, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_receiver.reset();
        m_store.reset();
        m_dir.reset();
    }

    void storesAnHttpsDelivery()
    {
        const auto pair = TlsTestSupport::makeSelfSigned(m_dir->path(), u"server"_s);
        QVERIFY(!pair.certificateFile.isEmpty());
        QCOMPARE(start(settings(pair)), QString());
        QCOMPARE(m_receiver->localUrl().scheme(), u"https"_s);

        QByteArray answer;
        const QSslCertificate peer = connectAndPeek(pair.certificate(), &answer, post(body));
        QCOMPARE(peer, pair.certificate());
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY(answer.contains("X-Vainu-Webhooks-Receiver: 1"));
        QCOMPARE(m_store->eventCount(), 1);
        QCOMPARE(m_store->events(0, 1).first().uniqueId, u"tls-1"_s);
    }

    void anRsaCertificateServesToo()
    {
        const auto pair = TlsTestSupport::makeSelfSigned(m_dir->path(), u"rsa"_s, true);
        QCOMPARE(start(settings(pair)), QString());
        QByteArray answer;
        QCOMPARE(connectAndPeek(pair.certificate(), &answer, post(body)), pair.certificate());
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    }

    void plainHttpOnTheHttpsPortIsNotServed()
    {
        const auto pair = TlsTestSupport::makeSelfSigned(m_dir->path(), u"server"_s);
        QCOMPARE(start(settings(pair)), QString());
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, m_receiver->port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write(post(body));
        QDeadlineTimer deadline(10000);
        QByteArray raw;
        while (plain.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
            plain.waitForReadyRead(200);
            raw += plain.readAll();
        }
        QVERIFY(!raw.startsWith("HTTP/1.1 200"));
        QCOMPARE(m_store->eventCount(), 0);
    }

    void badFilesAreRefusedAtStart_data()
    {
        QTest::addColumn<QString>("case_");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing certificate") << u"missing-cert"_s << u"does not exist"_s;
        QTest::newRow("missing key") << u"missing-key"_s << u"does not exist"_s;
        QTest::newRow("garbage certificate") << u"garbage-cert"_s << u"holds no PEM certificate"_s;
        QTest::newRow("garbage key") << u"garbage-key"_s << u"holds no unencrypted PEM private key"_s;
        QTest::newRow("key of another certificate") << u"other-key"_s << u"does not belong to the certificate"_s;
        QTest::newRow("rsa key of another certificate")
            << u"other-rsa-key"_s << u"does not belong to the certificate"_s;
        QTest::newRow("certificate without key") << u"no-key"_s << u"no private key file"_s;
        QTest::newRow("unreadable certificate") << u"unreadable-cert"_s << u"cannot be read"_s;
    }

    void badFilesAreRefusedAtStart()
    {
        QFETCH(QString, case_);
        QFETCH(QString, expected);
        const bool rsa = case_ == u"other-rsa-key";
        const auto pair = TlsTestSupport::makeSelfSigned(m_dir->path(), u"server"_s, rsa);
        const auto other = TlsTestSupport::makeSelfSigned(m_dir->path(), u"other"_s, rsa);
        ReceiverSettings s = settings(pair);
        QString named = pair.certificateFile; // the file the message must name
        const QString garbage = m_dir->filePath(u"garbage.pem"_s);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not PEM\n");
        file.close();
        if (case_ == u"missing-cert") {
            s.tlsCertificateFile = named = m_dir->filePath(u"nowhere.crt"_s);
        } else if (case_ == u"missing-key") {
            s.tlsKeyFile = named = m_dir->filePath(u"nowhere.key"_s);
        } else if (case_ == u"garbage-cert") {
            s.tlsCertificateFile = named = garbage;
        } else if (case_ == u"garbage-key") {
            s.tlsKeyFile = named = garbage;
        } else if (case_.startsWith(u"other")) {
            s.tlsKeyFile = named = other.keyFile;
        } else if (case_ == u"no-key") {
            s.tlsKeyFile.clear();
            named.clear();
        } else if (case_ == u"unreadable-cert") {
            if (permissionsMakeFilesUnreadable())
                QVERIFY(QFile::setPermissions(pair.certificateFile, QFileDevice::Permissions()));
            else
                s.tlsCertificateFile = named = m_dir->path(); // a folder cannot be read as a file, even by root
        }
        const QString failure = start(s);
        QVERIFY2(failure.contains(expected), qPrintable(failure));
        if (!named.isEmpty())
            QVERIFY2(failure.contains(QDir::toNativeSeparators(named)), qPrintable(failure));
        QCOMPARE(m_receiver->state(), WebhookReceiver::State::Failed);
        QVERIFY(m_receiver->localUrl().isEmpty());
    }

    void aRenewedCertificateIsUsedWithoutARestart()
    {
        const auto first = TlsTestSupport::makeSelfSigned(m_dir->path(), u"server"_s);
        QCOMPARE(start(settings(first)), QString());
        const QSslCertificate before = connectAndPeek(first.certificate());
        QCOMPARE(TlsTestSupport::fingerprint(before), TlsTestSupport::fingerprint(first.certificate()));

        // Half-way through a renewal only the certificate is new: it does not match the key, so the
        // receiver keeps serving the previous pair.
        const auto renewed = TlsTestSupport::makeSelfSigned(m_dir->path(), u"renewed"_s);
        const QSslCertificate renewedCertificate = renewed.certificate();
        QVERIFY(std::rename(QFile::encodeName(renewed.certificateFile).constData(),
                            QFile::encodeName(first.certificateFile).constData())
                == 0);
        QCOMPARE(TlsTestSupport::fingerprint(connectAndPeek(before)), TlsTestSupport::fingerprint(before));

        // Then the key is renamed into place too, as certbot does: the next connection gets the new one.
        QVERIFY(
            std::rename(QFile::encodeName(renewed.keyFile).constData(), QFile::encodeName(first.keyFile).constData())
            == 0);
        QByteArray answer;
        const QSslCertificate after = connectAndPeek(renewedCertificate, &answer, post(body));
        QVERIFY(!after.isNull());
        QCOMPARE(TlsTestSupport::fingerprint(after), TlsTestSupport::fingerprint(renewedCertificate));
        QVERIFY(after.serialNumber() != before.serialNumber());
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QCOMPARE(m_receiver->state(), WebhookReceiver::State::Listening);
    }
};

QTEST_GUILESS_MAIN(TestReceiverTls)
#include "tst_receivertls.moc"
