#include "receiver/WebhookReceiver.h"
#include "store/EventStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray secret = "s3cret";
const QByteArray goodTarget = "/vainu/webhook?secret=s3cret";

QByteArray payload(const QByteArray& uniqueId, int turnOver = 895766, int tries = 1)
{
    return "{\"data\":{\"status\":\"active\",\"domain\":\"vainu.com\",\"turn_over\":" + QByteArray::number(turnOver)
        + ",\"visiting_address\":\"Etel\\u00e4esplanadi 12\",\"business_id\":\"25578642\",\"company_name\":\"Vainu. io "
          "Software Oy\",\"visiting_city\":\"HELSINKI\",\"visiting_postal\":\"00130\",\"staff_number\":12,\"region\":"
          "\"FI-18\",\"extra_field\":true},\"number_of_tries\":"
        + QByteArray::number(tries) + ",\"type\":\"company_change_webhook\",\"unique_id\":\"" + uniqueId + "\"}";
}

QByteArray post(const QByteArray& body, const QByteArray& target = goodTarget,
                const QByteArray& contentType = "application/json", const QByteArray& extra = {})
{
    QByteArray request = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!contentType.isEmpty())
        request += "Content-Type: " + contentType + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
    return request;
}

struct Answer
{
    int status = -1; // -1: closed (or timed out) without an answer
    QByteArray raw;
    bool closed = false;

    QByteArray body() const { return raw.mid(raw.indexOf("\r\n\r\n") + 4); }
};

// Reads one response; returns when it is complete or the connection closed.
Answer readAnswer(QTcpSocket& socket, int timeoutMs = 5000)
{
    Answer answer;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype headEnd = answer.raw.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const qsizetype at = answer.raw.toLower().indexOf("content-length: ");
            const qsizetype lineEnd = answer.raw.indexOf("\r\n", at);
            const qint64 length = at < 0 ? 0 : answer.raw.mid(at + 16, lineEnd - at - 16).toLongLong();
            if (answer.raw.size() >= headEnd + 4 + length && !answer.raw.startsWith("HTTP/1.1 100")) {
                answer.status = answer.raw.mid(9, 3).toInt();
                break;
            }
            if (answer.raw.startsWith("HTTP/1.1 100"))
                answer.raw.remove(0, headEnd + 4);
        }
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0) {
            answer.closed = true;
            break;
        }
        if (deadline.hasExpired())
            break;
        if (socket.bytesAvailable() == 0)
            socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        answer.raw += socket.readAll();
    }
    return answer;
}

// Reads up to `count` responses that arrive one after another on the connection (final ones only), until it
// closes or no more come within the timeout.
QList<Answer> readAnswers(QTcpSocket& socket, int count, int timeoutMs = 5000)
{
    QList<Answer> answers;
    QByteArray buffer;
    QDeadlineTimer deadline(timeoutMs);
    while (answers.size() < count) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = buffer.left(headEnd).toLower();
            const qsizetype at = head.indexOf("content-length: ");
            const qint64 length = at < 0 ? 0 : head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toLongLong();
            if (buffer.size() >= headEnd + 4 + length) {
                Answer answer;
                answer.raw = buffer.left(headEnd + 4 + length);
                answer.status = answer.raw.mid(9, 3).toInt();
                buffer.remove(0, answer.raw.size());
                if (answer.status != 100)
                    answers.append(answer);
                continue;
            }
        }
        if ((socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            || deadline.hasExpired())
            break;
        if (socket.bytesAvailable() == 0)
            socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        buffer += socket.readAll();
    }
    return answers;
}

Answer exchange(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.flush();
    return readAnswer(socket);
}

bool closedByServer(QTcpSocket& socket, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

qint64 statusKiB(const char* field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestWebhookReceiver : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<WebhookReceiver> m_receiver;
    quint16 m_port = 0;
    int m_next = 0;

    ReceiverSettings settings() const
    {
        ReceiverSettings s;
        s.port = 0;
        s.secret = QString::fromLatin1(secret);
        s.readTimeoutMs = 600;
        s.idleTimeoutMs = 1500;
        s.maxConnections = 20;
        return s;
    }

    bool startReceiver(const ReceiverSettings& s, StoreOptions options = {})
    {
        m_receiver.reset();
        m_store = std::make_unique<EventStore>();
        options.directory = m_dir->path();
        QString error;
        if (!m_store->open(options, &error)) {
            qWarning() << error;
            return false;
        }
        m_receiver = std::make_unique<WebhookReceiver>(m_store.get());
        QSignalSpy listening(m_receiver.get(), &WebhookReceiver::listening);
        m_receiver->start(s);
        if (!listening.wait(5000))
            return false;
        m_port = m_receiver->port();
        return true;
    }

    // A valid delivery on a fresh connection: the receiver still serves.
    void verifyStillServing()
    {
        const Answer answer = exchange(m_port, post(payload("alive-" + QByteArray::number(++m_next))));
        QCOMPARE(answer.status, 200);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(startReceiver(settings()));
    }

    void cleanup()
    {
        m_receiver.reset();
        m_store.reset();
    }

    // A start answered after a stop (or after a newer start) is stale: a stopped receiver never shows as listening
    // on its old port, and after two quick starts the second one's port is the one shown. (Seen when a profile
    // switch restarted the receiver for the new history and then moved it to the new profile's port.)
    void aStartAnsweredAfterAStopDoesNotShowAsListening()
    {
        m_receiver->stop();
        ReceiverSettings first = settings();
        first.port = 0;
        m_receiver->start(first);
        m_receiver->stop();
        QSignalSpy listening(m_receiver.get(), &WebhookReceiver::listening);
        QTest::qWait(200); // the worker's answer to the first start arrives and must change nothing
        QCOMPARE(m_receiver->state(), WebhookReceiver::State::Stopped);
        QCOMPARE(m_receiver->port(), quint16(0));
        QCOMPARE(listening.size(), 0);

        QTcpServer reserved; // a known free port for the second start
        QVERIFY(reserved.listen(QHostAddress::LocalHost));
        const quint16 secondPort = reserved.serverPort();
        reserved.close();
        ReceiverSettings second = settings();
        second.port = secondPort;
        m_receiver->start(first);
        m_receiver->stop();
        m_receiver->start(second);
        QVERIFY(listening.wait(10000));
        QTRY_COMPARE(m_receiver->port(), secondPort);
        QTest::qWait(100);
        QCOMPARE(m_receiver->port(), secondPort);
        QCOMPARE(listening.size(), 1);
        QCOMPARE(exchange(secondPort, post(payload("after-restarts"))).status, 200);
    }

    void acceptsAndStoresADelivery()
    {
        QSignalSpy stored(m_receiver.get(), &WebhookReceiver::deliveriesStored);
        const Answer answer = exchange(m_port, post(payload("abc")));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.raw.contains("\"event_id\""));
        // The answer went out after the commit: the event is readable right now.
        QCOMPARE(m_store->eventCount(), 1);
        const StoredEvent event = m_store->events(0, 1).first();
        QCOMPARE(event.uniqueId, u"abc"_s);
        QCOMPARE(event.rawBody, payload("abc"));
        QVERIFY(event.data.contains(u"extra_field"_s)); // unknown fields are kept
        QCOMPARE(event.remoteAddress, u"127.0.0.1"_s);
        QTRY_COMPARE(stored.size(), 1);
        const auto deliveries = stored.first().first().value<QList<StoredDelivery>>();
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.first().uniqueId, u"abc"_s);
        QCOMPARE(deliveries.first().eventId, event.id);
        QVERIFY(!deliveries.first().duplicate);
        QVERIFY(!m_receiver->deliveryUrl().toString().isEmpty());
        QVERIFY(m_receiver->deliveryUrl().query().contains(u"secret=s3cret"_s));
        QVERIFY(!m_receiver->localUrl().toString().contains(u"s3cret"_s));
    }

    void keepAliveServesManyRequestsAndDuplicates()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        for (int i = 0; i < 5; ++i) {
            socket.write(post(payload("same", 1, i + 1)));
            QCOMPARE(readAnswer(socket).status, 200);
        }
        QCOMPARE(m_store->eventCount(), 1);
        const StoredEvent event = m_store->events(0, 1).first();
        QCOMPARE(event.attempts, 5);
        QVERIFY(event.isRetry());
    }

    void bodyOfExactlyTheLimitIsAccepted()
    {
        QByteArray body = payload("limit");
        body.append(QByteArray(1024 * 1024 - body.size(), ' '));
        QCOMPARE(body.size(), 1024 * 1024);
        QCOMPARE(exchange(m_port, post(body)).status, 200);
    }

    void expectContinueIsAnswered()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray body = payload("continue");
        socket.write("POST " + goodTarget
                     + " HTTP/1.1\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                       "Content-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n");
        QVERIFY(socket.waitForReadyRead(5000));
        QVERIFY(socket.readAll().startsWith("HTTP/1.1 100 Continue"));
        socket.write(body);
        QCOMPARE(readAnswer(socket).status, 200);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray good = payload("bad");
        QTest::newRow("GET on the path") << QByteArray("GET " + goodTarget + " HTTP/1.1\r\n\r\n") << 405;
        QTest::newRow("PUT on the path") << QByteArray("PUT " + goodTarget + " HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                                         << 405;
        QTest::newRow("DELETE on the path") << QByteArray("DELETE " + goodTarget + " HTTP/1.1\r\n\r\n") << 405;
        QTest::newRow("wrong path") << post(good, "/other?secret=s3cret") << 404;
        QTest::newRow("root path") << post(good, "/?secret=s3cret") << 404;
        QTest::newRow("path prefix") << post(good, "/vainu/webhookx?secret=s3cret") << 404;
        QTest::newRow("missing secret") << post(good, "/vainu/webhook") << 401;
        QTest::newRow("wrong secret") << post(good, "/vainu/webhook?secret=s3creT") << 401;
        QTest::newRow("secret too long") << post(good, "/vainu/webhook?secret=s3cret1") << 401;
        QTest::newRow("secret in another parameter") << post(good, "/vainu/webhook?token=s3cret") << 401;
        QTest::newRow("invalid JSON") << post("{\"data\": ") << 400;
        QTest::newRow("empty body") << post("") << 400;
        // JSON that is not a readable delivery is kept and answered 200 (tst_lenientdeliveries).
        QTest::newRow("invalid UTF-8") << post(QByteArray(good).replace("HELSINKI", "HELS\xff\xfeNKI")) << 400;
        QTest::newRow("1 MiB + 1 byte announced") << QByteArray(
            "POST " + goodTarget + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 1048577\r\n\r\n")
                                                  << 413;
        QTest::newRow("no Content-Length")
            << QByteArray("POST " + goodTarget + " HTTP/1.1\r\nContent-Type: application/json\r\n\r\n" + good) << 411;
        QTest::newRow("chunked body") << QByteArray(
            "POST " + goodTarget
            + " HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n")
                                      << 411;
        QTest::newRow("Content-Length abc") << QByteArray(
            "POST " + goodTarget + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n")
                                            << 400;
        QTest::newRow("two different Content-Lengths")
            << post(good, goodTarget, "application/json", "Content-Length: 3\r\n") << 400;
        QTest::newRow("garbage request line") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::newRow("HTTP/2.0 request line") << QByteArray("POST " + goodTarget + " HTTP/2.0\r\n\r\n") << 505;
        QTest::newRow("folded header") << post(good, goodTarget, "application/json", "X-A: 1\r\n continued\r\n") << 400;
        QTest::newRow("header without colon") << post(good, goodTarget, "application/json", "NoColonHere\r\n") << 400;
        QTest::newRow("unsupported Expect") << post(good, goodTarget, "application/json", "Expect: magic\r\n") << 417;
        QByteArray flood;
        for (int i = 0; i < 150; ++i)
            flood += "X-Flood-" + QByteArray::number(i) + ": x\r\n";
        QTest::newRow("header flood (count)") << post(good, goodTarget, "application/json", flood) << 431;
        QTest::newRow("header flood (size)")
            << post(good, goodTarget, "application/json", "X-Big: " + QByteArray(20000, 'a') + "\r\n") << 431;
        QTest::newRow("head without end") << QByteArray(20000, 'A') << 431;
    }

    // Vainu documents no Content-Type: an authenticated JSON body is a delivery whatever its header says.
    void anyContentTypeIsKept_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("text/plain") << QByteArray("text/plain");
        QTest::newRow("form content type") << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("no content type") << QByteArray();
    }

    void anyContentTypeIsKept()
    {
        QFETCH(QByteArray, contentType);
        const QByteArray body = payload("typed");
        const Answer answer = exchange(m_port, post(body, goodTarget, contentType));
        QCOMPARE(answer.status, 200);
        QVERIFY(m_store->flush());
        QCOMPARE(m_store->eventCount(), 1);
        QCOMPARE(m_store->eventById(1)->rawBody, body);
    }

    void badInput()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::requestRejected);
        const Answer answer = exchange(m_port, request);
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.raw.contains("\"detail\""), answer.raw.constData());
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(!rejected.first().first().value<RejectedRequest>().reason.isEmpty());
        QCOMPARE(m_store->eventCount(), 0);
        verifyStillServing();
        // The refusal is in the store's bounded log, without the secret.
        QVERIFY(m_store->flush());
        const QList<RejectedRequest> log = m_store->rejected(10);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().status, status);
        QVERIFY(!log.first().path.contains(u"s3cret"_s));
    }

    void hundredMegabyteBodyIsNotBuffered()
    {
        const qint64 rssBefore = statusKiB("VmRSS:");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        const qint64 total = 100LL * 1024 * 1024;
        socket.write("POST " + goodTarget + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(total) + "\r\n\r\n");
        const QByteArray block(64 * 1024, ' ');
        qint64 sent = 0;
        QByteArray received;
        while (sent < total && socket.state() == QAbstractSocket::ConnectedState) {
            if (socket.bytesToWrite() < 4 * block.size()) {
                socket.write(block);
                sent += block.size();
            }
            socket.waitForBytesWritten(100);
            received += socket.readAll();
        }
        Answer answer = readAnswer(socket, 3000);
        received += answer.raw;
        // Refused at the head: 413, and the connection closed long before 100 MB went through.
        QVERIFY2(received.startsWith("HTTP/1.1 413") || socket.state() != QAbstractSocket::ConnectedState,
                 received.left(100).constData());
        QVERIFY(sent < total);
        const qint64 rssAfter = statusKiB("VmRSS:");
        QVERIFY2(rssAfter - rssBefore < 20 * 1024, qPrintable(u"grew by %1 KiB"_s.arg(rssAfter - rssBefore)));
        QVERIFY2(statusKiB("VmHWM:") - rssBefore < 40 * 1024, "peak memory grew by more than 40 MiB");
        verifyStillServing();
    }

    void slowClientIsDropped()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST " + goodTarget + " HTTP/1.1\r\nContent-Ty");
        socket.flush();
        const Answer answer = readAnswer(socket, 5000);
        QCOMPARE(answer.status, 408);
        QVERIFY(closedByServer(socket));
        verifyStillServing();
    }

    void halfSentBodyIsDropped()
    {
        const QByteArray full = post(payload("half"));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(full.left(full.size() - 20));
        socket.flush();
        QCOMPARE(readAnswer(socket, 5000).status, 408);
        QVERIFY(closedByServer(socket));
        QCOMPARE(m_store->eventCount(), 0);
        verifyStillServing();
    }

    void idleKeepAliveConnectionCloses()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(post(payload("idle")));
        QCOMPARE(readAnswer(socket).status, 200);
        QVERIFY(closedByServer(socket, 5000));
    }

    // RFC 9112 section 9.3.2: requests sent before the previous answer are answered in the order they came.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        // The third body is not JSON: its 400 is written after the kept body is committed, in its turn.
        const QList<QByteArray> ids = {"pipe-1", "pipe-2", {}, "pipe-4"};
        QByteArray requests;
        for (const QByteArray& id : ids)
            requests += post(id.isEmpty() ? QByteArray("not json") : payload(id));
        socket.write(requests);
        const QList<Answer> answers = readAnswers(socket, ids.size());
        QCOMPARE(answers.size(), ids.size());
        qint64 previousId = 0;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (ids.at(i).isEmpty()) {
                QCOMPARE(answers.at(i).status, 400);
                continue;
            }
            QCOMPARE(answers.at(i).status, 200);
            const qint64 eventId
                = QJsonDocument::fromJson(answers.at(i).body()).object().value("event_id"_L1).toInteger();
            QVERIFY2(eventId > previousId, "answers came out of order");
            previousId = eventId;
            const std::optional<StoredEvent> event = m_store->eventById(eventId);
            QVERIFY(event);
            QCOMPARE(event->uniqueId, QString::fromLatin1(ids.at(i)));
        }
        QCOMPARE(m_store->eventCount(), ids.size() - 1);
        // The connection stays open for more.
        socket.write(post(payload("pipe-5")));
        QCOMPARE(readAnswer(socket).status, 200);
    }

    // A refused request in a pipeline is answered after the requests before it, and nothing after it is read.
    void aRefusalInAPipelineComesInItsTurnAndEndsTheConnection()
    {
        QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::requestRejected);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(post(payload("before")) + post(payload("wrong"), "/vainu/webhook?secret=nope")
                     + post(payload("after")));
        const QList<Answer> answers = readAnswers(socket, 3);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers.at(0).status, 200);
        QCOMPARE(answers.at(1).status, 401);
        QVERIFY(closedByServer(socket));
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(m_store->flush());
        QCOMPARE(m_store->eventCount(), 1); // neither the refused request nor the one after it
        verifyStillServing();
    }

    // What a client sends after Connection: close is never parsed (Qt HTTP Server 6.4 would).
    void nothingAfterConnectionCloseIsRead()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(post(payload("closing"), goodTarget, "application/json", "Connection: close\r\n")
                     + post(payload("ignored")));
        const QList<Answer> answers = readAnswers(socket, 2);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, 200);
        QVERIFY(answers.first().raw.contains("Connection: close"));
        QVERIFY(closedByServer(socket));
        QVERIFY(m_store->flush());
        QCOMPARE(m_store->eventCount(), 1);
    }

    // Requests that parsers read differently (request smuggling) are refused before anything is stored.
    void smugglingAttemptsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray good = payload("smuggled");
        const QByteArray line = "POST " + goodTarget + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        const QByteArray length = QByteArray::number(good.size());
        QTest::newRow("two different Content-Lengths")
            << QByteArray(line + "Content-Length: " + length + "\r\nContent-Length: 0\r\n\r\n" + good) << 400;
        QTest::newRow("a list in Content-Length")
            << QByteArray(line + "Content-Length: " + length + ", " + length + "\r\n\r\n" + good) << 400;
        QTest::newRow("a signed Content-Length")
            << QByteArray(line + "Content-Length: +" + length + "\r\n\r\n" + good) << 400;
        QTest::newRow("space before the colon")
            << QByteArray(line + "Content-Length : " + length + "\r\n\r\n" + good) << 400;
        QTest::newRow("Content-Length with Transfer-Encoding")
            << QByteArray(line + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + post(good))
            << 411;
        QTest::newRow("Transfer-Encoding first")
            << QByteArray(line + "Transfer-Encoding: chunked\r\nContent-Length: " + length + "\r\n\r\n" + good) << 411;
        QTest::newRow("chunked with a bad size")
            << QByteArray(line + "Transfer-Encoding: chunked\r\n\r\nzz\r\n" + good + "\r\n0\r\n\r\n") << 411;
        QTest::newRow("obsolete line folding")
            << QByteArray(line + "Content-Length:\r\n " + length + "\r\n\r\n" + good) << 400;
        QTest::newRow("bare LF between headers")
            << QByteArray(line + "X-A: 1\nContent-Length: " + length + "\r\n\r\n" + good) << 400;
        QTest::newRow("bare LF everywhere")
            << QByteArray("POST " + goodTarget + " HTTP/1.1\nHost: x\nContent-Length: " + length + "\n\n" + good)
            << 400;
    }

    void smugglingAttemptsAreRefused()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QSignalSpy rejected(m_receiver.get(), &WebhookReceiver::requestRejected);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write(request);
        const QList<Answer> answers = readAnswers(socket, 2);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().status, status);
        QVERIFY(closedByServer(socket));
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(m_store->flush());
        QCOMPARE(m_store->eventCount(), 0);
        verifyStillServing();
    }

    void http10ClosesAfterTheAnswer()
    {
        const QByteArray body = payload("old");
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST " + goodTarget + " HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: "
                     + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        const Answer answer = readAnswer(socket);
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.raw.contains("Connection: close"));
        QVERIFY(closedByServer(socket, 2000));
    }

    void connectionCapIsEnforced()
    {
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 20; ++i) {
            held.push_back(std::make_unique<QTcpSocket>());
            held.back()->connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(held.back()->waitForConnected(5000));
        }
        QTcpSocket extra;
        extra.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(extra.waitForConnected(5000));
        const Answer answer = readAnswer(extra);
        QCOMPARE(answer.status, 503);
        held.clear();
        QTRY_VERIFY_WITH_TIMEOUT(exchange(m_port, post(payload("after-cap"))).status == 200, 5000);
    }

    void portInUseIsReportedClearly()
    {
        ReceiverSettings s = settings();
        s.port = m_port;
        WebhookReceiver second(m_store.get());
        QSignalSpy failed(&second, &WebhookReceiver::startFailed);
        second.start(s);
        QVERIFY(failed.wait(5000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QString::number(m_port)) && message.contains(u"already in use"_s),
                 qPrintable(message));
        QCOMPARE(second.state(), WebhookReceiver::State::Failed);
    }

    void storageFailureAnswers503()
    {
        StoreOptions options;
        options.maxPageCount = 30; // a real "database or disk is full" from SQLite
        QVERIFY(startReceiver(settings(), options));
        QByteArray body = payload("too-big-for-the-disk");
        body.append(QByteArray(500 * 1024, ' '));
        const Answer answer = exchange(m_port, post(body));
        QCOMPARE(answer.status, 503);
        QVERIFY(answer.raw.contains("Retry-After"));
        QCOMPARE(m_store->eventCount(), 0);
        QCOMPARE(exchange(m_port, post(payload("small"))).status, 200);
    }

    void invalidSettingsAreRefused()
    {
        ReceiverSettings s = settings();
        s.path = u"/with space"_s;
        WebhookReceiver receiver(m_store.get());
        QSignalSpy failed(&receiver, &WebhookReceiver::startFailed);
        receiver.start(s);
        QVERIFY(failed.wait(5000));
        QVERIFY(failed.first().first().toString().contains(u"/vainu/webhook"_s));
    }
};

QTEST_GUILESS_MAIN(TestWebhookReceiver)
#include "tst_webhookreceiver.moc"
