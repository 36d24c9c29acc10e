// session/ForwardService as the window uses it, on the real receiver and store of a sandbox profile
// (tests/common/ReceiverFixture.h) and a real HTTP target: a loop is refused at the URL, targets are listed with
// their counters, pause holds forwards, Retry failed sends them, per-event states are read off the GUI thread,
// and a replay to the app's own receiver is stored as a test delivery.
#include "ReceiverFixture.h"
#include "StoreTestSupport.h"
#include "TargetServer.h"
#include "session/ForwardService.h"
#include "store/EventStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestForwardService : public QObject
{
    Q_OBJECT

private slots:
    void theWindowsWayThroughForwarding()
    {
        ReceiverFixture fixture;
        QVERIFY(fixture.start());
        ForwardService service(fixture.service());
        service.setSchedule(ForwardSchedule::fast());
        EventStore* store = fixture.service()->store();

        // The receiver's own URL is a loop: refused with the reason, nothing saved.
        ForwardTarget loop;
        loop.url = fixture.webhookUrl();
        QString refusal;
        service.saveTarget(loop, this, [&](const QString& error, qint64) { refusal = error; });
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.contains(u"own receiver"_s), qPrintable(refusal));

        bool refuse = true;
        TargetServer target([&refuse](const TargetServer::Request&, int) {
            return refuse ? TargetServer::Answer {500, "no", false} : TargetServer::Answer {};
        });
        QVERIFY(target.listen());
        ForwardSchedule schedule = ForwardSchedule::fast();
        schedule.maxTries = 2;
        service.setSchedule(schedule);
        ForwardTarget forward;
        forward.url = target.url();
        qint64 id = 0;
        QSignalSpy targetsChanged(&service, &ForwardService::targetsChanged);
        service.saveTarget(forward, this, [&](const QString& error, qint64 saved) {
            QVERIFY(error.isEmpty());
            id = saved;
        });
        QTRY_VERIFY(id > 0);
        QTRY_COMPARE(service.targets().size(), 1);
        QCOMPARE(service.targets()[0].url, target.url());

        QVERIFY(StoreTestSupport::submit(*store, StoreTestSupport::body(u"a"_s, u"1"_s, u"One"_s, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(service.counts(id).failed, 1, 15000);
        QSignalSpy states(&service, &ForwardService::statesRead);
        service.requestStates(1);
        QVERIFY(states.wait(5000));
        const auto read = states.first().at(1).value<QList<ForwardState>>();
        QCOMPARE(read.size(), 1);
        QCOMPARE(read[0].state, ForwardState::State::Failed);
        QCOMPARE(read[0].lastStatus, 500);

        // Paused: the next one waits; Retry failed and resume: both delivered.
        service.setPaused(id, true);
        QVERIFY(service.targets()[0].paused);
        refuse = false;
        QVERIFY(StoreTestSupport::submit(*store, StoreTestSupport::body(u"b"_s, u"2"_s, u"Two"_s, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(service.counts(id).pending, 1, 10000);
        QString retried = u"not yet"_s;
        service.retryFailed(id, this, [&](const QString& error) { retried = error; });
        QTRY_VERIFY(retried.isEmpty());
        service.setPaused(id, false);
        QTRY_COMPARE_WITH_TIMEOUT(service.counts(id).delivered, 2, 15000);

        // Replay to our own receiver: stored as a test delivery.
        ReplaySelection selection;
        selection.ids = {2};
        ReplayJob* job = service.createReplay(selection, service.receiverDestination(), this);
        QVERIFY(job);
        QSignalSpy finished(job, &ReplayJob::finished);
        job->start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toInt(), 1);
        QTRY_COMPARE(store->eventCount(), 3);
        QCOMPARE(store->eventById(3)->origin, DeliveryOrigin::Test);

        service.removeTarget(id);
        QTRY_COMPARE(service.targets().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestForwardService)
#include "tst_forwardservice.moc"
