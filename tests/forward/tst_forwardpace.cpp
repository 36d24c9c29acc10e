// ForwardPace: forwards go at full speed until deliveries arrive as a burst, then trickle, and go at full speed
// again a second after the burst.
#include "forward/ForwardPace.h"

#include <QTest>

class TestForwardPace : public QObject
{
    Q_OBJECT

private:
    static ForwardPace::Limits limits()
    {
        ForwardPace::Limits limits;
        limits.busyArrivalsPerSecond = 100;
        limits.busyIntervalMs = 50;
        limits.busyBatch = 3;
        return limits;
    }

private slots:
    void belowTheThresholdNothingWaits()
    {
        ForwardPace pace(limits());
        qint64 retry = -1;
        for (qint64 now = 0; now < 5000; now += 100) {
            pace.noteQueued(9, now); // 90 a second
            QVERIFY(!pace.busy(now));
            QCOMPARE(pace.allowedSends(64, now, &retry), 64);
            QCOMPARE(retry, 0);
        }
    }

    void aBurstTricklesAndEndsASecondLater()
    {
        ForwardPace pace(limits());
        qint64 retry = 0;
        pace.noteQueued(60, 1000);
        QCOMPARE(pace.allowedSends(64, 1000, &retry), 64); // not a burst yet
        pace.noteQueued(60, 1090);
        QVERIFY(pace.busy(1090));
        QCOMPARE(pace.allowedSends(64, 1090, &retry), 3);
        QCOMPARE(retry, 50);
        QCOMPARE(pace.allowedSends(64, 1100, &retry), 0); // again only after the interval
        QCOMPARE(retry, 40);
        QCOMPARE(pace.allowedSends(2, 1140, &retry), 2); // never more than is free
        QCOMPARE(pace.allowedSends(0, 1200, &retry), 0);
        QCOMPARE(retry, 0);
        // The burst goes on, then stops at 1500: busy while the last second's arrivals reach the threshold (the
        // buckets of 1400 and 1500 until 2399).
        for (qint64 now = 1100; now <= 1500; now += 100)
            pace.noteQueued(60, now);
        QVERIFY(pace.busy(2399));
        QVERIFY(!pace.busy(2400));
        QCOMPARE(pace.allowedSends(64, 2400, &retry), 64);
    }

    // The window is a second of 100 ms buckets; one reused after a gap starts again from nothing.
    void oldArrivalsAreForgotten()
    {
        ForwardPace pace(limits());
        pace.noteQueued(99, 0);
        pace.noteQueued(1, 10000); // the same bucket ten seconds later
        QVERIFY(!pace.busy(10000));
        pace.noteQueued(99, 10050);
        QVERIFY(pace.busy(10050));
    }

    void zeroMeansNeverBusy()
    {
        ForwardPace::Limits never = limits();
        never.busyArrivalsPerSecond = 0;
        ForwardPace pace(never);
        pace.noteQueued(100000, 0);
        QVERIFY(!pace.busy(0));
        qint64 retry = 0;
        QCOMPARE(pace.allowedSends(64, 0, &retry), 64);
    }
};

QTEST_GUILESS_MAIN(TestForwardPace)
#include "tst_forwardpace.moc"
