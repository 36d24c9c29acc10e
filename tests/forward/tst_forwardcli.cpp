// The program as a user runs it: `events replay` (lines and exit codes), `--headless --forward-to` (a log line per
// outcome), and the headless receiver killed with forwards pending: after a restart every forward is delivered,
// and none that was answered 2xx and recorded is sent again.
#include "CliProcess.h"
#include "StoreTestSupport.h"
#include "TargetServer.h"
#include "store/EventStore.h"
#include "store/ForwardOutbox.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray delivery(const QString& businessId, int staff)
{
    return StoreTestSupport::body(u"crm-"_s + businessId, businessId, u"Company "_s + businessId, staff);
}

// Posts to the headless receiver without blocking this thread's event loop for long (the target lives here too).
int post(quint16 port, const QByteArray& body)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return -1;
    socket.write("POST /vainu/webhook?secret=k HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: "
                 + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QByteArray answer;
    QDeadlineTimer deadline(10000);
    while (!answer.contains("\r\n\r\n") && !deadline.hasExpired()) {
        QTest::qWait(5);
        answer += socket.readAll();
    }
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : -1;
}

} // namespace

class TestForwardCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;

    // A history with events 1..3 (companies 10, 20, 10).
    void writeHistory()
    {
        EventStore store;
        const QString error = StoreTestSupport::openStore(store, m_dir->path());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(StoreTestSupport::submit(store, delivery(u"10"_s, 1)));
        QVERIFY(StoreTestSupport::submit(store, delivery(u"20"_s, 1)));
        QVERIFY(StoreTestSupport::submit(store, delivery(u"10"_s, 2)));
        QVERIFY(store.flush());
        store.close();
    }

    CliProcess::Run replay(const QStringList& arguments)
    {
        return CliProcess::run(QStringList {u"events"_s, u"replay"_s, u"--data-dir"_s, m_dir->path()} + arguments);
    }

    bool startHeadless(const QStringList& extra)
    {
        QProcessEnvironment env = CliProcess::environment(QString(), u"k"_s);
        m_process.setProcessEnvironment(env);
        m_output.clear();
        m_process.start(qEnvironmentVariable("VW_BIN_DIR") + u"/vainu-webhooks"_s,
                        QStringList {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_dir->path()} + extra);
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression listening(u"Listening on http://127\\.0\\.0\\.1:(\\d+)/"_s);
        return QTest::qWaitFor(
            [&] {
                m_output += m_process.readAllStandardOutput();
                const auto match = listening.match(QString::fromUtf8(m_output));
                if (match.hasMatch())
                    m_port = quint16(match.captured(1).toUInt());
                return match.hasMatch();
            },
            15000);
    }

    QHash<qint64, ForwardState::State> forwardStates(int events)
    {
        QHash<qint64, ForwardState::State> result;
        ForwardOutbox outbox(QDir(m_dir->path()).filePath(EventStore::databaseFileName()));
        for (qint64 id = 1; id <= events; ++id) {
            QList<ForwardState> states;
            QString error;
            if (outbox.states(id, &states, &error) && !states.isEmpty())
                result.insert(id, states.first().state);
        }
        return result;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    void replaySendsEachEventWithALine()
    {
        writeHistory();
        TargetServer target;
        QVERIFY(target.listen());
        const CliProcess::Run run = replay({u"--to"_s, target.url().toString(), u"--id"_s, u"3"_s, u"--id"_s, u"1"_s,
                                            u"--header"_s, u"Authorization: Bearer t"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count(u"delivered (HTTP 200"_s), 2);
        QVERIFY2(run.out.startsWith(u"event 3: delivered (HTTP 200, "_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"\nevent 1: delivered (HTTP 200, "_s));
        QCOMPARE(target.eventIds(), (QList<qint64> {3, 1}));
        QCOMPARE(target.requests()[0].header("Authorization"), QByteArray("Bearer t"));
        QCOMPARE(target.requests()[1].body, delivery(u"10"_s, 1));

        const CliProcess::Run company = replay({u"--to"_s, target.url().toString(), u"--business-id"_s, u"10"_s});
        QCOMPARE(company.exitCode, 0);
        QCOMPARE(target.eventIds().mid(2), (QList<qint64> {1, 3}));
        const CliProcess::Run since = replay({u"--to"_s, target.url().toString(), u"--since"_s, u"2000-01-01"_s});
        QCOMPARE(since.exitCode, 0);
        QCOMPARE(target.eventIds().mid(4), (QList<qint64> {1, 2, 3}));
    }

    void replayExitsOneWhenAnEventIsNotAccepted()
    {
        writeHistory();
        TargetServer target([](const TargetServer::Request& request, int) {
            return request.eventId() == 2 ? TargetServer::Answer {500, "no", false} : TargetServer::Answer {};
        });
        QVERIFY(target.listen());
        const CliProcess::Run run = replay({u"--to"_s, target.url().toString(), u"--since"_s, u"2000-01-01"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"event 2: not delivered: The target answered HTTP 500."_s), qPrintable(run.out));
        QCOMPARE(run.out.count(u'\n'), 3);

        TargetServer down;
        QVERIFY(down.listen());
        const QString url = down.url().toString();
        down.close();
        const CliProcess::Run unreachable = replay({u"--to"_s, url, u"--id"_s, u"1"_s});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.out.contains(u"event 1: not delivered: The target could not be reached"_s),
                 qPrintable(unreachable.out));
    }

    void replayRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --to") << QStringList {u"--id"_s, u"1"_s} << u"--to URL"_s;
        QTest::newRow("bad scheme") << QStringList {u"--to"_s, u"ftp://x/y"_s, u"--id"_s, u"1"_s}
                                    << u"Only http and https"_s;
        QTest::newRow("not a URL") << QStringList {u"--to"_s, u"nonsense"_s, u"--id"_s, u"1"_s} << u"not a valid URL"_s;
        QTest::newRow("no such id") << QStringList {u"--to"_s, u"http://127.0.0.1:9/"_s, u"--id"_s, u"99"_s}
                                    << u"There is no event 99"_s;
        QTest::newRow("bad id") << QStringList {u"--to"_s, u"http://127.0.0.1:9/"_s, u"--id"_s, u"x"_s}
                                << u"--id must be an event number"_s;
        QTest::newRow("bad time") << QStringList {u"--to"_s, u"http://127.0.0.1:9/"_s, u"--since"_s, u"yesterday"_s}
                                  << u"--since must be an ISO 8601"_s;
        QTest::newRow("nothing chosen") << QStringList {u"--to"_s, u"http://127.0.0.1:9/"_s} << u"Say which events"_s;
        QTest::newRow("both") << QStringList {u"--to"_s,    u"http://127.0.0.1:9/"_s, u"--id"_s, u"1"_s,
                                              u"--since"_s, u"2020-01-01"_s}
                              << u"not both"_s;
        QTest::newRow("bad header") << QStringList {u"--to"_s,     u"http://127.0.0.1:9/"_s,
                                                    u"--id"_s,     u"1"_s,
                                                    u"--header"_s, u"Host: x"_s}
                                    << u"Host cannot be set"_s;
    }
    void replayRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        writeHistory();
        const CliProcess::Run run = replay(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void headlessForwardsWithALogLinePerOutcome()
    {
        TargetServer target([](const TargetServer::Request&, int index) {
            return index == 0 ? TargetServer::Answer {503, "later", false} : TargetServer::Answer {};
        });
        QVERIFY(target.listen());
        QVERIFY(startHeadless({u"--forward-to"_s, target.url().toString()}));
        QCOMPARE(post(m_port, delivery(u"1"_s, 1)), 200);
        QCOMPARE(post(m_port, delivery(u"2"_s, 1)), 200);
        const QString url = target.url().toString();
        QVERIFY(QTest::qWaitFor(
            [&] {
                m_output += m_process.readAllStandardOutput();
                return m_output.count("delivered (HTTP 200") == 2;
            },
            20000));
        const QString log = QString::fromUtf8(m_output);
        QVERIFY2(log.contains(u"forward of event 1 to %1: attempt 1 not delivered, trying again at "_s.arg(url)),
                 qPrintable(log));
        QVERIFY(log.contains(u": The target answered HTTP 503.\n"_s));
        QVERIFY(log.contains(u"forward of event 1 to %1: delivered (HTTP 200, "_s.arg(url)));
        QVERIFY(log.contains(u"attempt 2)"_s));
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(20000));
        QCOMPARE(m_process.exitCode(), 0);
    }

    void headlessRefusesABadForwardUrl()
    {
        const CliProcess::Run run = CliProcess::run(
            {u"--headless"_s, u"--port"_s, u"0"_s, u"--data-dir"_s, m_dir->path(), u"--forward-to"_s, u"ftp://x/"_s},
            CliProcess::environment(QString(), u"k"_s));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--forward-to ftp://x/: Only http and https"_s), qPrintable(run.err));
    }

    // SIGKILL with forwards pending: after the restart every event reaches the target, and no event whose forward
    // was recorded delivered before the kill is sent again.
    void killedWithForwardsPendingResumesWithoutRepeats()
    {
        bool hangLater = true;
        TargetServer target([&hangLater](const TargetServer::Request& request, int) {
            // Events 1-6 are answered; later ones hang (in flight when the receiver dies).
            return hangLater && request.eventId() > 6 ? TargetServer::Answer {0, {}, true} : TargetServer::Answer {};
        });
        QVERIFY(target.listen());
        const QStringList forwardTo {u"--forward-to"_s, target.url().toString()};
        QVERIFY(startHeadless(forwardTo));
        const int events = 12;
        for (int i = 0; i < events; ++i)
            QCOMPARE(post(m_port, delivery(QString::number(100 + i % 3), i)), 200);
        QVERIFY(QTest::qWaitFor(
            [&] { return forwardStates(events).values().count(ForwardState::State::Delivered) >= 6; }, 20000));
        m_process.kill(); // SIGKILL
        QVERIFY(m_process.waitForFinished(10000));

        const QHash<qint64, ForwardState::State> before = forwardStates(events);
        QCOMPARE(before.size(), events); // every stored event had its forward queued with it
        QSet<qint64> recordedDelivered;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.value() == ForwardState::State::Delivered)
                recordedDelivered.insert(it.key());
        }
        QVERIFY(recordedDelivered.size() >= 6);
        QVERIFY(recordedDelivered.size() < events);
        const qsizetype seenBefore = target.requests().size();

        hangLater = false;
        QVERIFY(startHeadless(forwardTo));
        QVERIFY(QTest::qWaitFor(
            [&] { return forwardStates(events).values().count(ForwardState::State::Delivered) == events; }, 30000));
        const QList<qint64> after = target.eventIds().mid(seenBefore);
        for (qint64 id : after)
            QVERIFY2(!recordedDelivered.contains(id), qPrintable(u"event %1 was sent again"_s.arg(id)));
        QSet<qint64> reached;
        for (const TargetServer::Request& request : target.requests())
            reached.insert(request.eventId());
        QCOMPARE(reached.size(), events);
        m_process.terminate();
        QVERIFY(m_process.waitForFinished(20000));
        // --forward-to with the same URL again kept one target, not two.
        ForwardOutbox outbox(QDir(m_dir->path()).filePath(EventStore::databaseFileName()));
        QList<ForwardTarget> targets;
        QString error;
        QVERIFY(outbox.targets(&targets, &error));
        QCOMPARE(targets.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestForwardCli)
#include "tst_forwardcli.moc"
