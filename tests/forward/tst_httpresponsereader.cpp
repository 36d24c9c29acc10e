// HttpResponseReader: the answers a user's endpoint may give to a forward, whole and in pieces of every size.
#include "forward/HttpResponseReader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using State = HttpResponseReader::State;

namespace {

// Feeds `bytes` in pieces of `piece` bytes (0: whole), then the close when `close` is set.
HttpResponseReader read(const QByteArray& bytes, qsizetype piece = 0, bool close = false, qsizetype cap = 1024)
{
    HttpResponseReader reader(cap);
    const qsizetype step = piece > 0 ? piece : qMax<qsizetype>(1, bytes.size());
    for (qsizetype at = 0; at < bytes.size(); at += step)
        reader.feed(QByteArrayView(bytes).sliced(at, qMin(step, bytes.size() - at)));
    if (close)
        reader.closed();
    return reader;
}

} // namespace

class TestHttpResponseReader : public QObject
{
    Q_OBJECT

private slots:
    void framedAnswersInPiecesOfEverySize_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << 200
                                << QByteArray("hello") << true;
        QTest::newRow("no reason") << QByteArray("HTTP/1.1 201\r\nContent-Length: 0\r\n\r\n") << 201 << QByteArray()
                                   << true;
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 202 Accepted\nContent-Length: 2\n\nok") << 202
                                 << QByteArray("ok") << true;
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5;name=x\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: 1\r\n\r\n")
                                 << 200 << QByteArray("hello world") << true;
        QTest::newRow("chunked wins over length")
            << QByteArray("HTTP/1.1 500 Oops\r\nContent-Length: 99\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n"
                          "3\r\nbad\r\n0\r\n\r\n")
            << 500 << QByteArray("bad") << false;
        QTest::newRow("interim answers skipped")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
                          "HTTP/1.1 204 No Content\r\n\r\n")
            << 204 << QByteArray() << true;
        QTest::newRow("connection close")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 1\r\n\r\nx") << 200
            << QByteArray("x") << false;
        QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx") << 200
                                  << QByteArray("x") << false;
        QTest::newRow("HTTP/1.0 keep-alive")
            << QByteArray("HTTP/1.0 404 Not Found\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nx") << 404
            << QByteArray("x") << true;
        QTest::newRow("space before the colon and a folded line")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 5\r\n Content-Length: 7\r\nContent-Length: 2\r\n\r\nok")
            << 200 << QByteArray("ok") << true;
        QTest::newRow("same length twice")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1\r\ncontent-length: 1\r\n\r\nx") << 200
            << QByteArray("x") << true;
    }
    void framedAnswersInPiecesOfEverySize()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, keepAlive);
        for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7)}) {
            const HttpResponseReader reader = read(answer, piece);
            QCOMPARE(reader.state(), State::Done);
            QCOMPARE(reader.status(), status);
            QCOMPARE(reader.body(), body);
            QCOMPARE(reader.keepAlive(), keepAlive);
            QVERIFY(!reader.bodyTruncated());
        }
    }

    // Without a length the body runs to the close, and the connection cannot be kept.
    void aBodyWithoutLengthEndsAtTheClose()
    {
        const QByteArray answer = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it";
        HttpResponseReader open = read(answer, 4);
        QCOMPARE(open.state(), State::Body);
        QCOMPARE(open.closed(), State::Done);
        QCOMPARE(open.body(), QByteArray("all of it"));
        QVERIFY(!open.keepAlive());
        const HttpResponseReader otherCoding = read("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nzz", 0, true);
        QCOMPARE(otherCoding.state(), State::Done);
        QCOMPARE(otherCoding.body(), QByteArray("zz"));
    }

    // A huge body: the first `cap` bytes are kept, the answer is complete and the connection is not kept.
    void aHugeBodyIsCutAtTheCap()
    {
        const QByteArray big(5000, 'x');
        const QList<QByteArray> answers = {
            "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n" + big,
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1388\r\n" + big + "\r\n0\r\n\r\n",
            "HTTP/1.1 200 OK\r\n\r\n" + big,
        };
        for (const QByteArray& answer : answers) {
            const HttpResponseReader reader = read(answer, 100, false, 1024);
            QCOMPARE(reader.state(), State::Done);
            QCOMPARE(reader.status(), 200);
            QCOMPARE(reader.body(), big.left(1024));
            QVERIFY(reader.bodyTruncated());
            QVERIFY(!reader.keepAlive());
        }
    }

    void brokenAnswersFailWithAReason_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << u"HTTP/1.1"_s;
        QTest::newRow("HTTP/2 preface") << QByteArray("HTTP/2 200\r\n\r\n") << u"HTTP/1.1"_s;
        QTest::newRow("short code") << QByteArray("HTTP/1.1 20 OK\r\n\r\n") << u"HTTP/1.1"_s;
        QTest::newRow("code below 100") << QByteArray("HTTP/1.1 000 X\r\nContent-Length: 0\r\n\r\n") << u"HTTP/1.1"_s;
        QTest::newRow("endless interim answers")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(3000) << u"64 KiB"_s;
        QTest::newRow("letters in code") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << u"HTTP/1.1"_s;
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                         << u"Content-Length"_s;
        QTest::newRow("two lengths") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx")
                                     << u"Content-Length"_s;
        QTest::newRow("huge length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                     << u"Content-Length"_s;
        QTest::newRow("bad chunk size") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nxx\r\n0\r\n\r\n")
                                        << u"chunk"_s;
        QTest::newRow("negative chunk size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nxx\r\n0\r\n\r\n") << u"chunk"_s;
        QTest::newRow("chunk longer than said")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nxx\r\n0\r\n\r\n") << u"chunk"_s;
        QTest::newRow("endless head") << "HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(70 * 1024, 'a') << u"64 KiB"_s;
        QTest::newRow("endless chunk size")
            << "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray(70 * 1024, '0') << u"64 KiB"_s;
    }
    void brokenAnswersFailWithAReason()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, reason);
        for (qsizetype piece : {qsizetype(0), qsizetype(1), qsizetype(5)}) {
            const HttpResponseReader reader = read(answer, piece);
            QCOMPARE(reader.state(), State::Failed);
            QVERIFY2(reader.error().contains(reason), qPrintable(reader.error()));
            QVERIFY(!reader.keepAlive());
        }
    }

    // The target closed before its answer was complete, or before it began.
    void aCloseBeforeTheEndIsAnError()
    {
        HttpResponseReader nothing(1024);
        QCOMPARE(nothing.closed(), State::Failed);
        QVERIFY(!nothing.started());
        QVERIFY2(nothing.error().contains(u"without answering"_s), qPrintable(nothing.error()));
        const HttpResponseReader half = read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf", 0, true);
        QCOMPARE(half.state(), State::Failed);
        QVERIFY(half.started());
        QVERIFY2(half.error().contains(u"before its answer was complete"_s), qPrintable(half.error()));
        const HttpResponseReader head = read("HTTP/1.1 200 OK\r\nContent-Le", 0, true);
        QCOMPARE(head.state(), State::Failed);
    }

    // Bytes after the answer were not asked for: the answer stands, the connection is not reused.
    void bytesAfterTheAnswerSpoilTheConnection()
    {
        const HttpResponseReader reader = read("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\n");
        QCOMPARE(reader.state(), State::Done);
        QCOMPARE(reader.body(), QByteArray("ok"));
        QVERIFY(!reader.keepAlive());
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseReader)
#include "tst_httpresponsereader.moc"
