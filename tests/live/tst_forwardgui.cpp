// The forwarding GUI on the Live events page, driven like a user would, with real parts: the real receiver and
// store, ForwardService with its forwarder, and a real HTTP target on loopback (tests/common/TargetServer.h).
// Asserts what the user sees: the targets' counters, each event's forward state, the dialogs' answers.
#include "ReceiverFixture.h"
#include "StoreTestSupport.h"
#include "TargetServer.h"
#include "gui/common/EmptyState.h"
#include "gui/common/MessageBox.h"
#include "gui/live/EditAndSendDialog.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/ForwardTargetDialog.h"
#include "gui/live/ForwardingPanel.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/ReplayDialog.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "session/AppPreferences.h"
#include "session/ForwardService.h"
#include "store/EventStore.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
template <typename T>
T* child(const QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

// The event's first forward state, column by column; empty while the list is being refilled (it is rebuilt
// whenever the event's forwards change, so a row can be gone for a moment between two looks).
QString firstState(const QTreeWidget* states, int column)
{
    const QTreeWidgetItem* row = states->topLevelItem(0);
    return row ? row->text(column) : QString();
}

QString plain(QString text)
{
    return text.remove(u'&');
}
} // namespace

class TestForwardGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addTargetRefusesBadInputThenShowsTheForward();
    void failedForwardRetriedPausedAndRemoved();
    void editAndSendChecksJsonAndStoresATestDelivery();
    void replaySendsTheSelectedOrFilteredEventsAndCancels();
    void copyAsCurlRemembersTheShellAndTargetsATarget();

private:
    qint64 post(const QString& businessId, int staff);
    qint64 addTarget(const QUrl& url, bool enabled = true);
    void selectEvent(qint64 id);
    QTreeWidgetItem* targetRow() const;

    std::unique_ptr<ReceiverFixture> m_receiver;
    std::unique_ptr<ForwardService> m_forward;
    std::unique_ptr<LiveEventsPage> m_page;
    std::unique_ptr<TargetServer> m_target;
};

void TestForwardGui::init()
{
    m_target = std::make_unique<TargetServer>();
    QVERIFY(m_target->listen());
    m_receiver = std::make_unique<ReceiverFixture>();
    QVERIFY(m_receiver->start());
    m_forward = std::make_unique<ForwardService>(m_receiver->service());
    m_forward->setSchedule(ForwardSchedule::fast());
    m_page = std::make_unique<LiveEventsPage>();
    m_page->model()->setBatchInterval(50);
    m_page->setService(m_receiver->service());
    m_page->setForwardService(m_forward.get());
    m_page->resize(1200, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestForwardGui::cleanup()
{
    m_page.reset();
    m_forward.reset();
    m_receiver.reset();
    m_target.reset();
}

qint64 TestForwardGui::post(const QString& businessId, int staff)
{
    const QByteArray body
        = StoreTestSupport::body(u"crm-"_s + businessId, businessId, u"Company "_s + businessId, staff);
    const qint64 before = m_receiver->service()->store()->maxEventId();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_receiver->webhookUrl().port()));
    if (!socket.waitForConnected(5000))
        return 0;
    const QByteArray target
        = m_receiver->service()->receiver()->deliveryUrl().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    socket.write("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket.waitForBytesWritten(5000);
    if (!QTest::qWaitFor([&] { return m_receiver->service()->store()->maxEventId() > before; }, 15000))
        return 0;
    return m_receiver->service()->store()->maxEventId();
}

qint64 TestForwardGui::addTarget(const QUrl& url, bool enabled)
{
    ForwardTarget target;
    target.url = url;
    target.enabled = enabled;
    qint64 id = 0;
    bool done = false;
    m_forward->saveTarget(target, this, [&](const QString& error, qint64 saved) {
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        id = saved;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done && m_forward->targets().size() > 0; }, 10000))
        return 0;
    return id;
}

void TestForwardGui::selectEvent(qint64 id)
{
    QTRY_VERIFY(m_page->model()->rowOfEvent(id) >= 0);
    m_page->table()->setCurrentIndex(m_page->model()->index(m_page->model()->rowOfEvent(id), 0));
    QTRY_COMPARE(m_page->detailPane()->storedEvent().id, id);
}

QTreeWidgetItem* TestForwardGui::targetRow() const
{
    return m_page->forwardingPanel()->targetsView()->topLevelItem(0);
}

void TestForwardGui::addTargetRefusesBadInputThenShowsTheForward()
{
    child<QTabWidget>(m_page.get(), u"liveViews"_s)->setCurrentWidget(m_page->forwardingPanel());
    // No target yet: the tab says what forwarding is for instead of showing an empty list, and its one action adds
    // the first target.
    auto* targets = child<QStackedWidget>(m_page.get(), u"targetsStack"_s);
    auto* empty = child<EmptyState>(m_page.get(), u"forwardingEmptyState"_s);
    QCOMPARE(targets->currentWidget(), empty);
    QCOMPARE(child<QLabel>(empty, u"emptyStateTitle"_s)->text(), u"No forward targets yet"_s);
    QTest::mouseClick(child<QPushButton>(empty, u"addFirstTargetButton"_s), Qt::LeftButton);
    ForwardTargetDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ForwardTargetDialog*>(u"forwardTargetDialog"_s)));
    QVERIFY(!child<QLabel>(dialog, u"pausedLabel"_s)->isVisible()); // a new target is not paused
    auto* url = child<QLineEdit>(dialog, u"targetUrlEdit"_s);
    auto* urlProblem = child<QLabel>(dialog, u"urlProblemLabel"_s);
    QTest::keyClicks(url, u"ftp://example.com/hook"_s);
    QVERIFY(urlProblem->isVisible());
    QVERIFY(!urlProblem->text().isEmpty());
    // This app's own receiver would forward every event to itself.
    url->clear();
    QTest::keyClicks(url, m_receiver->webhookUrl().toString());
    QVERIFY(urlProblem->isVisible());
    const QString loopReason = urlProblem->text();
    QVERIFY(!loopReason.isEmpty());
    auto* headers = child<QPlainTextEdit>(dialog, u"targetHeadersEdit"_s);
    headers->setPlainText(u"Host: elsewhere.example"_s);
    auto* headersProblem = child<QLabel>(dialog, u"headersProblemLabel"_s);
    QTRY_VERIFY(headersProblem->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, u"saveTargetButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // refused: nothing saved
    QCOMPARE(urlProblem->text(), loopReason);
    QVERIFY(m_forward->targets().isEmpty());

    url->clear();
    QTest::keyClicks(url, m_target->url().toString());
    QVERIFY(!urlProblem->isVisible());
    headers->setPlainText(u"Authorization: Bearer t0ken"_s);
    QTRY_VERIFY(!headersProblem->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, u"saveTargetButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<ForwardTargetDialog*>(u"forwardTargetDialog"_s) == nullptr);
    QTRY_COMPARE(m_page->forwardingPanel()->targetsView()->topLevelItemCount(), 1);
    QCOMPARE(targets->currentWidget(), m_page->forwardingPanel()->targetsView());
    QCOMPARE(targetRow()->text(0), m_target->url().toString());
    QCOMPARE(targetRow()->text(1), u"On"_s);

    const qint64 id = post(u"2557864-2"_s, 10);
    QVERIFY(id > 0);
    QTRY_COMPARE(targetRow()->text(4), u"1"_s); // Delivered
    QCOMPARE(targetRow()->text(2), u"0"_s); // Pending
    QCOMPARE(m_target->requests().size(), 1);
    QCOMPARE(m_target->requests().first().body, m_receiver->service()->store()->eventById(id)->rawBody);
    QCOMPARE(m_target->requests().first().header("Authorization"), QByteArray("Bearer t0ken"));

    selectEvent(id);
    auto* states = child<QTreeWidget>(m_page.get(), u"forwardStatesView"_s);
    QTRY_COMPARE(states->topLevelItemCount(), 1);
    QTRY_COMPARE(firstState(states, 1), u"Delivered"_s);
    QCOMPARE(firstState(states, 0), m_target->url().toString());
    QVERIFY2(firstState(states, 2).contains(u"HTTP 200"_s), qPrintable(firstState(states, 2)));
    QCOMPARE(child<QPlainTextEdit>(m_page.get(), u"forwardResponseView"_s)->toPlainText(), u"ok"_s);
}

void TestForwardGui::failedForwardRetriedPausedAndRemoved()
{
    m_target->setAnswering([](const TargetServer::Request&, int) { return TargetServer::Answer {500, "boom", false}; });
    QVERIFY(addTarget(m_target->url()) > 0);
    QTRY_COMPARE(m_page->forwardingPanel()->targetsView()->topLevelItemCount(), 1);
    const qint64 id = post(u"0112038-9"_s, 5);
    QVERIFY(id > 0);
    selectEvent(id);
    auto* states = child<QTreeWidget>(m_page.get(), u"forwardStatesView"_s);
    QTRY_COMPARE_WITH_TIMEOUT(targetRow()->text(5), u"1"_s, 20000); // Failed, after the fast schedule's tries
    QTRY_COMPARE(firstState(states, 1), u"Failed"_s);
    QVERIFY2(firstState(states, 2).contains(u"500"_s), qPrintable(firstState(states, 2)));
    QTRY_COMPARE(child<QPlainTextEdit>(m_page.get(), u"forwardResponseView"_s)->toPlainText(), u"boom"_s);
    // The selected state whole under the list (its columns share the pane's width): the target and why.
    auto* whole = child<QLabel>(m_page.get(), u"forwardStateLabel"_s);
    QVERIFY(!whole->isHidden());
    QVERIFY2(whole->text().startsWith(m_target->url().toString()) && whole->text().contains(u"500"_s),
             qPrintable(whole->text()));

    m_target->setAnswering({});
    auto* retry = child<QPushButton>(m_page.get(), u"retryFailedButton"_s);
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(targetRow()->text(4), u"1"_s);
    QCOMPARE(targetRow()->text(5), u"0"_s);
    QTRY_COMPARE(firstState(states, 1), u"Delivered"_s);

    // Paused: queued, not sent, until resumed.
    auto* pause = child<QPushButton>(m_page.get(), u"pauseTargetButton"_s);
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(targetRow()->text(1), u"Paused"_s);
    QCOMPARE(plain(pause->text()), u"Resume"_s);
    const qint64 requestsBefore = m_target->requests().size();
    const qint64 waiting = post(u"0112038-9"_s, 6);
    QVERIFY(waiting > 0);
    QTRY_COMPARE(targetRow()->text(2), u"1"_s); // Pending
    QCOMPARE(m_target->requests().size(), requestsBefore);
    selectEvent(waiting);
    QTRY_COMPARE(firstState(states, 1), u"Pending"_s);
    QVERIFY2(firstState(states, 2).contains(u"paused"_s), qPrintable(firstState(states, 2)));
    QVERIFY(child<QPlainTextEdit>(m_page.get(), u"forwardResponseView"_s)->isHidden()); // no answer yet
    // Its edit dialog says it is paused, and saving it keeps it so.
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"editTargetButton"_s), Qt::LeftButton);
    ForwardTargetDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ForwardTargetDialog*>(u"forwardTargetDialog"_s)));
    QVERIFY(child<QLabel>(dialog, u"pausedLabel"_s)->isVisible());
    QVERIFY(child<QLabel>(dialog, u"pausedLabel"_s)->text().startsWith(u"Paused"_s));
    QTest::mouseClick(child<QPushButton>(dialog, u"saveTargetButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_page->findChild<ForwardTargetDialog*>(u"forwardTargetDialog"_s) == nullptr);
    QCOMPARE(targetRow()->text(1), u"Paused"_s);
    QCOMPARE(m_target->requests().size(), requestsBefore);
    QTest::mouseClick(pause, Qt::LeftButton);
    QTRY_COMPARE(targetRow()->text(4), u"2"_s);
    QCOMPARE(targetRow()->text(1), u"On"_s);

    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"removeTargetButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_page->forwardingPanel()->targetsView()->topLevelItemCount(), 0);
    QVERIFY(m_forward->targets().isEmpty());
}

void TestForwardGui::editAndSendChecksJsonAndStoresATestDelivery()
{
    const qint64 targetId = addTarget(m_target->url(), false); // off: only what is sent by hand arrives
    QVERIFY(targetId > 0);
    const qint64 id = post(u"2557864-2"_s, 10);
    QVERIFY(id > 0);
    selectEvent(id);
    QTRY_VERIFY(child<QPushButton>(m_page.get(), u"editAndSendButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(m_page.get(), u"editAndSendButton"_s), Qt::LeftButton);
    EditAndSendDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<EditAndSendDialog*>(u"editAndSendDialog"_s)));
    auto* editor = child<QPlainTextEdit>(dialog, u"payloadEdit"_s);
    auto* status = child<QLabel>(dialog, u"jsonStatusLabel"_s);
    auto* send = child<QPushButton>(dialog, u"sendButton"_s);
    QVERIFY(editor->toPlainText().contains(u"2557864-2"_s));
    QVERIFY(send->isEnabled());

    editor->setPlainText(u"{\n  \"a\": 1,\n  \"b\": \n}"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY2(status->text().contains(u"Line 4, column 1"_s), qPrintable(status->text()));
    QCOMPARE(editor->extraSelections().size(), 1); // the wrong line is marked
    QCOMPARE(editor->extraSelections().first().cursor.blockNumber(), 3);
    editor->setPlainText(u"{\"name\": \"Ääni Oy\", \"x\" 2}"_s);
    QVERIFY2(status->text().contains(u"Line 1, column 25"_s), qPrintable(status->text()));
    QVERIFY(!send->isEnabled());

    const QString edited = u"{\"name\": \"Ääni Oy\", \"edited\": true}"_s;
    editor->setPlainText(edited);
    QVERIFY(send->isEnabled());
    QVERIFY(editor->extraSelections().isEmpty());
    QCOMPARE(status->text(), u"Valid JSON."_s);
    auto* destination = child<QComboBox>(dialog, u"destinationCombo"_s);
    QCOMPARE(destination->count(), 2);
    QCOMPARE(destination->currentIndex(), 0); // the receiver
    const qint64 before = m_receiver->service()->store()->maxEventId();
    QTest::mouseClick(send, Qt::LeftButton);
    auto* answer = child<QLabel>(dialog, u"answerLabel"_s);
    QTRY_VERIFY2(answer->text().contains(u"HTTP 200"_s), qPrintable(answer->text()));
    QVERIFY(child<QPlainTextEdit>(dialog, u"answerBodyView"_s)->toPlainText().contains(u"stored_test"_s));
    QTRY_VERIFY(m_receiver->service()->store()->maxEventId() > before);
    const std::optional<StoredEvent> stored = m_receiver->service()->store()->eventById(before + 1);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->origin, DeliveryOrigin::Test);
    QCOMPARE(stored->rawBody, edited.toUtf8());

    destination->setCurrentIndex(1);
    QCOMPARE(destination->currentText(), m_target->url().toString());
    m_target->setAnswering([](const TargetServer::Request&, int) {
        return TargetServer::Answer {422, "no thanks", false};
    });
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY2(answer->text().contains(u"422"_s), qPrintable(answer->text()));
    QCOMPARE(child<QPlainTextEdit>(dialog, u"answerBodyView"_s)->toPlainText(), u"no thanks"_s);
    QCOMPARE(m_target->requests().size(), 1);
    QCOMPARE(m_target->requests().first().body, edited.toUtf8());
    dialog->close();
}

void TestForwardGui::replaySendsTheSelectedOrFilteredEventsAndCancels()
{
    QVERIFY(addTarget(m_target->url(), false) > 0);
    QList<qint64> ids;
    for (int staff = 1; staff <= 3; ++staff)
        ids.append(post(u"2557864-2"_s, staff));
    QVERIFY(!ids.contains(0));
    QTRY_COMPARE(m_page->model()->rowCount(), 3);
    QTableView* table = m_page->table();
    table->selectionModel()->select(m_page->model()->index(m_page->model()->rowOfEvent(ids[0]), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(m_page->model()->index(m_page->model()->rowOfEvent(ids[2]), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(child<QToolButton>(m_page.get(), u"replayEventsButton"_s), Qt::LeftButton);
    ReplayDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<ReplayDialog*>(u"replayDialog"_s)));
    auto* selected = child<QRadioButton>(dialog, u"replaySelectedRadio"_s);
    QVERIFY(selected->isChecked());
    QVERIFY2(selected->text().contains(u"(2)"_s), qPrintable(selected->text()));
    QVERIFY(child<QRadioButton>(dialog, u"replayFilteredRadio"_s)->text().contains(u"(3)"_s));
    child<QComboBox>(dialog, u"replayDestinationCombo"_s)->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(dialog, u"startReplayButton"_s), Qt::LeftButton);
    auto* results = child<QTreeWidget>(dialog, u"replayResultsView"_s);
    auto* summary = child<QLabel>(dialog, u"replaySummaryLabel"_s);
    QTRY_VERIFY2(summary->text().startsWith(u"Done"_s), qPrintable(summary->text()));
    QCOMPARE(results->topLevelItemCount(), 2);
    QCOMPARE(results->topLevelItem(0)->text(0), QString::number(ids[0]));
    QCOMPARE(results->topLevelItem(1)->text(0), QString::number(ids[2]));
    QCOMPARE(results->topLevelItem(0)->text(1), u"2557864-2"_s); // which company, not only an id
    QCOMPARE(results->topLevelItem(0)->text(2), u"Delivered"_s);
    QVERIFY(summary->text().contains(u"2 delivered"_s));
    QCOMPARE(child<QProgressBar>(dialog, u"replayProgress"_s)->value(), 2);
    QCOMPARE(m_target->eventIds(), QList<qint64>({ids[0], ids[2]}));

    // All the page shows, to a target that never answers: Cancel stops it.
    m_target->setAnswering([](const TargetServer::Request&, int) { return TargetServer::Answer {200, {}, true}; });
    child<QRadioButton>(dialog, u"replayFilteredRadio"_s)->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, u"startReplayButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_target->requests().size(), 3);
    auto* cancel = child<QPushButton>(dialog, u"cancelReplayButton"_s);
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY2(summary->text().startsWith(u"Cancelled"_s), qPrintable(summary->text()));
    QVERIFY(!cancel->isEnabled());
    QVERIFY(child<QPushButton>(dialog, u"startReplayButton"_s)->isEnabled());
    dialog->reject();
}

void TestForwardGui::copyAsCurlRemembersTheShellAndTargetsATarget()
{
    QSettings settings;
    settings.clear();
    AppPreferences preferences(&settings);
    m_page->setPreferences(&preferences);
    const qint64 targetId = addTarget(m_target->url(), false);
    QVERIFY(targetId > 0);
    const qint64 id = post(u"2557864-2"_s, 10);
    selectEvent(id);
    EventDetailPane* pane = m_page->detailPane();
    QMenu* menu = pane->curlMenu();
    emit menu->aboutToShow();
    child<QAction>(menu, u"curlShell_cmd"_s)->trigger();
    const QString cmd = QGuiApplication::clipboard()->text();
    QVERIFY2(cmd.startsWith(u"curl -X POST ^\"http://127.0.0.1:"_s), qPrintable(cmd.left(200)));
    QCOMPARE(preferences.curlShell(), CurlCommand::Shell::Cmd);
    QCOMPARE(AppPreferences(&settings).curlShell(), CurlCommand::Shell::Cmd);

    emit menu->aboutToShow();
    child<QAction>(menu, u"curlShell_powershell"_s)->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"$body = New-TemporaryFile;"_s));
    emit menu->aboutToShow();
    child<QAction>(menu, u"curlTarget_"_s + QString::number(targetId))->trigger();
    const QString toTarget = QGuiApplication::clipboard()->text();
    QVERIFY(toTarget.contains(u"curl.exe -X POST '"_s + m_target->url().toString() + u"'"_s));
    QVERIFY(toTarget.contains(u"-H 'X-Vainu-Webhooks-Event-Id: %1'"_s.arg(id)));

    // The next event pane (a new window) starts from the remembered shell.
    LiveEventsPage other;
    other.setPreferences(&preferences);
    QCOMPARE(other.detailPane()->curlShell(), CurlCommand::Shell::PowerShell);
}

QTEST_MAIN(TestForwardGui)
#include "tst_forwardgui.moc"
