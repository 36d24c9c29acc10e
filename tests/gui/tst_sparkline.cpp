// The receiver panel's sparkline of events per minute over the last hour: counting per minute as the clock moves
// on (a clock the test sets), what its tooltip and accessible description say, and the panel seeding it from a
// history written through the real store (a SQLite file in a temporary folder) and then counting new events.
#include "ReceiverFixture.h"
#include "StoreTestSupport.h"
#include "gui/common/Sparkline.h"
#include "gui/live/ReceiverPanel.h"
#include "session/ReceiverService.h"
#include "store/EventStore.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSparkline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void countsPerMinuteAsTheClockMovesOn();
    void saysTheFiguresAtMostOnceASecond();
    void panelSeedsFromTheStoreThenCountsNewEvents();
};

void TestSparkline::countsPerMinuteAsTheClockMovesOn()
{
    qint64 now = QDateTime(QDate(2026, 5, 4), QTime(10, 15, 10), Qt::UTC).toMSecsSinceEpoch();
    Sparkline sparkline;
    sparkline.setClock([&now] { return now; });
    QCOMPARE(sparkline.lastHour(), 0);
    sparkline.add(3);
    sparkline.add(2);
    now += 45'000; // 10:15:55, the same minute
    sparkline.add();
    QCOMPARE(sparkline.lastMinute(), 6);
    now += 10'000; // 10:16:05: a new minute
    QCOMPARE(sparkline.lastMinute(), 0);
    sparkline.add(4);
    QList<qint64> counts = sparkline.counts();
    QCOMPARE(counts.size(), 60);
    QCOMPARE(counts.at(59), 4);
    QCOMPARE(counts.at(58), 6);
    QCOMPARE(sparkline.lastHour(), 10);
    now += 58 * 60'000; // 11:14:05: 10:15 is the oldest minute of the hour
    QCOMPARE(sparkline.counts().at(0), 6);
    QCOMPARE(sparkline.lastHour(), 10);
    now += 60'000; // 11:15:05: 10:15 is more than an hour ago
    QCOMPARE(sparkline.lastHour(), 4);
    now += 3 * 3600'000; // hours without anything
    QCOMPARE(sparkline.lastHour(), 0);
    sparkline.add(2);
    QCOMPARE(sparkline.lastMinute(), 2);
    // A history read meanwhile adds to what was counted: this minute, 10 minutes ago, and too old to show.
    const qint64 minute = now / 60000;
    sparkline.seed({{minute - 61, 50}, {minute - 10, 7}, {minute, 3}});
    QCOMPARE(sparkline.lastMinute(), 5);
    QCOMPARE(sparkline.counts().at(59 - 10), 7);
    QCOMPARE(sparkline.lastHour(), 12);
}

void TestSparkline::saysTheFiguresAtMostOnceASecond()
{
    qint64 now = QDateTime(QDate(2026, 5, 4), QTime(10, 15, 10), Qt::UTC).toMSecsSinceEpoch();
    Sparkline sparkline;
    sparkline.setAccessibleName(u"Events received per minute, last hour"_s);
    sparkline.setClock([&now] { return now; });
    QCOMPARE(sparkline.accessibleDescription(), u"Last minute: 0 · last hour: 0"_s);
    sparkline.resize(120, 24);
    sparkline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sparkline));
    for (int i = 0; i < 2500; ++i) // a burst: counted at once, said within a second
        sparkline.add();
    QCOMPARE(sparkline.lastMinute(), 2500);
    QCOMPARE(sparkline.accessibleDescription(), u"Last minute: 0 · last hour: 0"_s);
    QTRY_COMPARE_WITH_TIMEOUT(sparkline.accessibleDescription(), u"Last minute: 2,500 · last hour: 2,500"_s, 2000);
    QCOMPARE(sparkline.toolTip(), u"Events received per minute, last hour\nLast minute: 2,500 · last hour: 2,500"_s);
    now += 60'000;
    sparkline.add(7);
    sparkline.refresh();
    QCOMPARE(sparkline.accessibleDescription(), u"Last minute: 7 · last hour: 2,507"_s);
    // It paints without a fault at any size it may be given.
    sparkline.resize(60, 18);
    QVERIFY(!sparkline.grab().isNull());
}

void TestSparkline::panelSeedsFromTheStoreThenCountsNewEvents()
{
    ReceiverFixture receiver;
    QVERIFY(receiver.openStore());
    EventStore* store = receiver.service()->store();
    QVERIFY(store);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Two events 5 minutes ago, one 12 minutes ago, and one 70 minutes ago (outside the hour).
    const QList<qint64> ages {5, 5, 12, 70};
    int done = 0;
    for (int i = 0; i < ages.size(); ++i) {
        IncomingDelivery delivery = StoreTestSupport::incoming(
            StoreTestSupport::body(u"record-%1"_s.arg(i), u"1234567-%1"_s.arg(i), u"Oy %1"_s.arg(i), 10 + i));
        delivery.arrival = QDateTime::fromMSecsSinceEpoch(now - ages.at(i) * 60'000, Qt::UTC);
        store->submit(delivery, this, [&done](const StoreOutcome&) { ++done; });
    }
    QTRY_COMPARE(done, 4);

    ReceiverPanel panel;
    Sparkline* sparkline = panel.rateSparkline();
    QVERIFY(sparkline);
    sparkline->setClock([now] { return now; });
    panel.setService(receiver.service());
    QTRY_COMPARE(sparkline->lastHour(), 3);
    QCOMPARE(sparkline->counts().at(59 - 5), 2);
    QCOMPARE(sparkline->counts().at(59 - 12), 1);
    QCOMPARE(sparkline->lastMinute(), 0);
    QCOMPARE(sparkline->accessibleDescription(), u"Last minute: 0 · last hour: 3"_s);
    QCOMPARE(sparkline->accessibleName(), u"Events received per minute, last hour"_s);

    // A new event counts in the current minute, once.
    QVERIFY(StoreTestSupport::submit(*store, StoreTestSupport::body(u"record-new"_s, u"7654321-0"_s, u"Uusi Oy"_s, 5)));
    QTRY_COMPARE(sparkline->lastMinute(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(sparkline->accessibleDescription(), u"Last minute: 1 · last hour: 4"_s, 2000);
    QTest::qWait(300);
    QCOMPARE(sparkline->lastHour(), 4);
}

QTEST_MAIN(TestSparkline)
#include "tst_sparkline.moc"
