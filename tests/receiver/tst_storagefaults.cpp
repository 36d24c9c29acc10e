// Storage faults under the real headless receiver: a full disk, a read-only file system and a failed fsync,
// switched on and off while it runs by the LD_PRELOAD shim beside this test (StorageFaultShim.cpp). Each
// must be answered 503 with Retry-After, never 2xx for a delivery that was not stored, and the receiver
// must store and answer 200 again once the fault is gone, without a restart.
#include "CliProcess.h"
#include "ClosingPost.h"
#include "HeadlessProcess.h"
#include "SqliteTestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString secret = u"fault-secret"_s;

QByteArray delivery(const QByteArray& uniqueId, int tries)
{
    return "{\"data\":{\"business_id\":\"2557864-2\",\"company_name\":\"Levy Oy\",\"staff_number\":12},"
           "\"number_of_tries\":"
        + QByteArray::number(tries) + ",\"type\":\"company_change_webhook\",\"unique_id\":\"" + uniqueId + "\"}";
}

const QByteArray unrecognised = "{\"event\":\"not a company change\"}";
const QByteArray notJson = "this is not JSON";

struct Answer
{
    int status = -1; // -1: no answer
    QByteArray head;
    QJsonObject body;
};

Answer post(quint16 port, const QByteArray& body)
{
    const ClosingPost::Answer answer = ClosingPost::post(port, "/vainu/webhook?secret=" + secret.toLatin1(), body);
    return {answer.status, answer.head, QJsonDocument::fromJson(answer.body).object()};
}

// The events `events export` writes (tests included), by id: their unique_id ("" for an unrecognised body).
QMap<qint64, QString> exportedEvents(const QString& dataDir)
{
    const CliProcess::Run run
        = CliProcess::run({u"events"_s, u"export"_s, u"--include-tests"_s, u"--data-dir"_s, dataDir});
    QMap<qint64, QString> events;
    if (run.exitCode != 0) {
        qWarning() << "export failed:" << run.err;
        return events;
    }
    for (const QString& line : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject event = QJsonDocument::fromJson(line.toUtf8()).object();
        events.insert(event.value(u"id"_s).toInteger(), event.value(u"unique_id"_s).toString());
    }
    return events;
}

QString integrityCheck(const QString& databasePath)
{
    SqliteTestSupport::Database db(databasePath, true);
    return SqliteTestSupport::value(db.handle(), "PRAGMA integrity_check");
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_data; // a new one for each test
    QTemporaryDir m_control; // holds the switch file, outside the faulty folder
    HeadlessProcess m_receiver;

    QString switchFile() const { return m_control.filePath(u"fault"_s); }

    void setFault(const QByteArray& fault)
    {
        QFile file(switchFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(fault);
    }

    QProcessEnvironment faultEnvironment() const
    {
        QProcessEnvironment faults;
        faults.insert(u"LD_PRELOAD"_s, QStringLiteral(VW_FAULT_SHIM));
        faults.insert(u"VW_FAULT_DIR"_s, m_data->path());
        faults.insert(u"VW_FAULT_SWITCH"_s, switchFile());
        return faults;
    }

    bool startReceiver()
    {
        if (m_receiver.start(m_data->path(), secret, faultEnvironment()))
            return true;
        qWarning() << m_receiver.output();
        return false;
    }

    void stopReceiver()
    {
        CliProcess::stop(m_receiver.process());
        QVERIFY(m_receiver.process().waitForFinished(30000));
        QCOMPARE(m_receiver.process().exitStatus(), QProcess::NormalExit);
    }

private slots:
    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        QVERIFY(m_control.isValid());
        QFile::remove(switchFile());
    }

    void faultIsAnswered503AndTheReceiverRecovers_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("full disk") << QByteArray("full");
        QTest::newRow("read-only folder") << QByteArray("readonly");
        QTest::newRow("failed fsync") << QByteArray("fsync");
    }

    void faultIsAnswered503AndTheReceiverRecovers()
    {
        QFETCH(QByteArray, fault);
        QVERIFY(startReceiver());
        const quint16 port = m_receiver.port();
        QMap<qint64, QString> answered; // event id -> unique_id of every 200

        const QByteArray tag = fault + '-';
        Answer answer = post(port, delivery(tag + "before", 1));
        QCOMPARE(answer.status, 200);
        answered.insert(answer.body.value(u"event_id"_s).toInteger(), QString::fromLatin1(tag + "before"));

        setFault(fault);
        // A delivery, a body that is JSON but no company change, and one that is not JSON (answered 400 only
        // once kept): none can be kept, so each is answered 503, twice over to see the fault outlast a batch.
        for (int round = 0; round < 2; ++round) {
            for (const QByteArray& body : {delivery(tag + "during", 1 + round), unrecognised, notJson}) {
                answer = post(port, body);
                QVERIFY2(answer.status == 503, QByteArray(body + " answered " + answer.head).constData());
                QVERIFY(answer.head.contains("Retry-After: "));
            }
        }

        QFile::remove(switchFile());
        // Vainu's next try, without a restart.
        answer = post(port, delivery(tag + "during", 3));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(u"duplicate"_s).toBool(), false); // the tries answered 503 were not kept
        answered.insert(answer.body.value(u"event_id"_s).toInteger(), QString::fromLatin1(tag + "during"));
        answer = post(port, unrecognised);
        QCOMPARE(answer.status, 200);
        answered.insert(answer.body.value(u"event_id"_s).toInteger(), QString());
        QCOMPARE(post(port, notJson).status, 400);
        answer = post(port, delivery(tag + "after", 1));
        QCOMPARE(answer.status, 200);
        answered.insert(answer.body.value(u"event_id"_s).toInteger(), QString::fromLatin1(tag + "after"));
        stopReceiver();

        // Exactly what was answered 200 is in the history, and the database is sound.
        QCOMPARE(exportedEvents(m_data->path()), answered);
        QCOMPARE(integrityCheck(m_data->filePath(u"events.sqlite"_s)), u"ok"_s);
    }

    // A history that cannot be written when the receiver starts: it does not listen at all (exit 1, which the
    // service's Restart=on-failure retries) rather than listen and answer 503 from a read-only connection
    // that would stay read-only after the fault is gone. Started again once it is gone, it stores.
    void faultAtStartStopsTheStartAndARestartRecovers_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::newRow("full disk") << QByteArray("full");
        QTest::newRow("read-only folder") << QByteArray("readonly");
    }

    void faultAtStartStopsTheStartAndARestartRecovers()
    {
        QFETCH(QByteArray, fault);
        QVERIFY(startReceiver());
        const Answer first = post(m_receiver.port(), delivery("first", 1));
        QCOMPARE(first.status, 200);
        stopReceiver();

        setFault(fault);
        QVERIFY(!m_receiver.start(m_data->path(), secret, faultEnvironment()));
        QCOMPARE(m_receiver.process().exitCode(), 1);
        QVERIFY2(m_receiver.output().contains("events.sqlite"), m_receiver.output().constData());

        QFile::remove(switchFile());
        QVERIFY(startReceiver());
        const Answer second = post(m_receiver.port(), delivery("second", 1));
        QCOMPARE(second.status, 200);
        stopReceiver();
        const QMap<qint64, QString> expected {{first.body.value(u"event_id"_s).toInteger(), u"first"_s},
                                              {second.body.value(u"event_id"_s).toInteger(), u"second"_s}};
        QCOMPARE(exportedEvents(m_data->path()), expected);
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
