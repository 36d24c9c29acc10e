#include "ApiTestSupport.h"
#include "FlakyProxy.h"
#include "RawHttpServer.h"
#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "SandboxTestClient.h"
#include "api/VainuClient.h"
#include "gui/common/FilePicker.h"
#include "gui/live/CompanyTimeline.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/FieldDiffView.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/ReceiverPanel.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/live/SubscriptionWarning.h"
#include "models/EventRejectedModel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "secrets/TokenVault.h"
#include "session/CatchUpService.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"
#include "session/TunnelDetector.h"
#include "session/TunnelProcess.h"
#include "store/EventStore.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// End to end: the real sandbox delivers to the real receiver, which stores in a real SQLite file, and
// the Live events page shows it.
class TestLiveEvents : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changeAppearsWithHighlightedField();
    void refusedDeliveryComesBackWithTwoTries();
    void subscribeFixesTheWarningAndRejectedShowsOldSecret();
    void sandboxSubscribeShowsItsAddressReadOnly();
    void portInUseIsShown();
    void receiverPanelCopiesStopsAndStarts();
    void exportWritesTheFilteredRows();
    void showCompanyAcceptsAnyShapeOfTheBusinessId();
    void catchUpNowFindsTheChangeMissedWhileStopped();
    void tunnelRestartWarnsAndResubscribes();
    void subscribeStartsATunnelOrSaysWhereToGetOne();
    void testThePublicUrlSaysWhatHappened();

private:
    bool startReceiver(quint16 port = 0);
    bool startSandbox(const QUrl& webhookUrl);
    int rowWithField(const QString& field) const;

    std::unique_ptr<ReceiverFixture> m_receiver;
    ReceiverService* m_service = nullptr; // m_receiver's
    SandboxFixture m_sandbox;
    std::unique_ptr<VainuClient> m_client;
    std::unique_ptr<LiveEventsPage> m_page;
    // The page's threaded models under Qt's model checker, while rows arrive from the real store.
    std::unique_ptr<QAbstractItemModelTester> m_eventsTester;
    std::unique_ptr<QAbstractItemModelTester> m_rejectedTester;
};

void TestLiveEvents::init()
{
    m_receiver = std::make_unique<ReceiverFixture>();
    QVERIFY(m_receiver->openStore());
    m_service = m_receiver->service();
    m_page = std::make_unique<LiveEventsPage>();
    m_page->model()->setBatchInterval(50);
    m_page->setService(m_service);
    m_eventsTester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_rejectedTester = std::make_unique<QAbstractItemModelTester>(
        m_page->rejectedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1200, 700);
    m_page->show();
}

void TestLiveEvents::cleanup()
{
    m_eventsTester.reset();
    m_rejectedTester.reset();
    m_page.reset();
    m_client.reset();
    m_sandbox.stop();
    m_service = nullptr;
    m_receiver.reset();
}

bool TestLiveEvents::startReceiver(quint16 port)
{
    return m_receiver->listen(port);
}

bool TestLiveEvents::startSandbox(const QUrl& webhookUrl)
{
    SandboxOptions options;
    options.companyCount = 40;
    options.demoWebhookUrl = webhookUrl.toString();
    options.retryDelaysMs = {100, 100, 100, 100};
    if (!m_sandbox.start(options))
        return false;
    m_service->setSandboxControlUrl(m_sandbox.controlUrl());
    m_client = std::make_unique<TestApiClient>(m_sandbox.demoConnection());
    m_page->setClient(m_client.get());
    return true;
}

int TestLiveEvents::rowWithField(const QString& field) const
{
    const EventTableModel* model = m_page->model();
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model->index(row, 0);
        if (model->data(index, EventTableModel::LoadedRole).toBool()
            && model->data(index, EventTableModel::ChangedFieldsRole).toStringList().contains(field)
            && model->data(model->index(row, EventTableModel::ChangedFieldsColumn)).toString() != tr("(first seen)"))
            return row;
    }
    return -1;
}

void TestLiveEvents::changeAppearsWithHighlightedField()
{
    QVERIFY(startReceiver());
    QVERIFY(startSandbox(m_service->receiver()->localUrl()));
    EventTableModel* model = m_page->model();
    QTRY_VERIFY(m_page->findChild<QWidget*>(u"sandboxBar"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->subscriptionWarningShown(), 5000); // the demo webhook points here

    // The page's own button: the sandbox changes a tracked company and delivers it here.
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"simulateChangeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1, 10000);
    QTRY_VERIFY(model->data(model->index(0, 0), EventTableModel::LoadedRole).toBool());
    const QString businessId = model->data(model->index(0, EventTableModel::BusinessIdColumn)).toString();
    QVERIFY(!businessId.isEmpty());

    // A second change of the same company: now the before is known and the field is highlighted.
    const int before = model->rowCount();
    m_sandbox.thread()->changeCompanyLater(businessId, QJsonObject {{u"staff_number"_s, 987654}});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 10000);
    QTRY_VERIFY(rowWithField(u"staff_number"_s) >= 0);
    const int row = rowWithField(u"staff_number"_s);
    m_page->table()->setCurrentIndex(model->index(row, 0));
    FieldDiffView* diff = m_page->detailPane()->diffView();
    QTRY_COMPARE(diff->highlightedFields(), QStringList {u"staff_number"_s});
    QTreeWidgetItem* item = diff->topLevelItem(0);
    QCOMPARE(item->text(FieldDiffView::AfterColumn), u"987654"_s);
    QVERIFY(item->text(FieldDiffView::BeforeColumn) != u"987654"_s);
    QVERIFY(item->background(FieldDiffView::AfterColumn).style() != Qt::NoBrush);
    // The company's timeline holds both events; the payload is shown formatted.
    QTRY_VERIFY(m_page->detailPane()->timeline()->topLevelItemCount() >= 2);
    QVERIFY(m_page->detailPane()->curlCommand().startsWith(u"curl -X POST 'http://127.0.0.1:"_s));
}

void TestLiveEvents::refusedDeliveryComesBackWithTwoTries()
{
    QVERIFY(startReceiver());
    FlakyProxy proxy(m_service->receiver()->localUrl());
    QVERIFY(startSandbox(proxy.url()));
    EventTableModel* model = m_page->model();
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"simulateChangeButton"_s), Qt::LeftButton);
    auto triesOf = [model](int row) { return model->data(model->index(row, EventTableModel::TriesColumn)).toInt(); };
    auto retried = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (triesOf(row) == 2)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(retried() >= 0, 10000);
    const int row = retried();
    QVERIFY(proxy.requests >= 2);
    QVERIFY(model->data(model->index(row, EventTableModel::FlagsColumn)).toString().contains(u"retry"_s));
    QCOMPARE(model->data(model->index(row, EventTableModel::ReceivedColumn)).toInt(), 1); // the 503 stored nothing
    // One event per delivered change: the refused try did not leave a second one behind.
    const std::optional<StoredEvent> event = m_service->store()->eventById(model->eventId(row));
    QVERIFY(event);
    QCOMPARE(event->maxNumberOfTries, 2);
    QCOMPARE(m_service->store()->attempts(event->id).size(), 1);
}

void TestLiveEvents::subscribeFixesTheWarningAndRejectedShowsOldSecret()
{
    QVERIFY(startReceiver());
    // A sandbox whose demo webhook points elsewhere: nothing reaches this receiver.
    QVERIFY(startSandbox(QUrl(u"http://127.0.0.1:9/nowhere"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->subscriptionWarningShown(), 5000);

    ReceiverSubscription* subscription = m_page->subscription();
    QSignalSpy subscribed(subscription, &ReceiverSubscription::subscribed);
    subscription->subscribe(m_service->publicUrl(), true);
    QVERIFY(subscribed.wait(15000));
    QTRY_VERIFY(m_service->hasSecret());
    QTRY_VERIFY(m_service->isListening());
    QVERIFY(!m_page->subscriptionWarningShown());

    // Deliveries now carry the secret and arrive.
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"simulateChangeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() >= 1, 10000);

    // A request without the secret is refused and listed in the Rejected view.
    SandboxTestClient withoutSecret(m_service->receiver()->localUrl());
    QVERIFY(withoutSecret.send("POST", QString(), R"({"data":{}})"_ba).status >= 400);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->rejectedModel()->rowCount() >= 1, 5000);
    m_page->showRejected();
    // The view is bounded, and says so where the user looks.
    const auto* note = m_page->findChild<QLabel*>(u"rejectedRetentionNote"_s);
    QVERIFY(note);
    QVERIFY(note->isVisibleTo(m_page.get()));
    QVERIFY2(note->text().contains(u"10,000"_s) && note->text().contains(u"older ones are dropped first"_s),
             qPrintable(note->text()));
    // The secret never reaches the store: the path is kept without its query.
    for (const RejectedRequest& rejected : m_page->rejectedModel()->requests())
        QVERIFY(!rejected.path.contains(m_service->secret()));
    m_receiver->vault()->remove(m_receiver->profile().id, SecretKind::ReceiverSecret, this, [](const VaultResult&) {});
}

// On the Sandbox profile the app sets the public URL: the field looks read-only (no frame, not a field's
// background), says why in a tooltip, and a sentence under it says the sandbox delivers locally.
void TestLiveEvents::sandboxSubscribeShowsItsAddressReadOnly()
{
    QVERIFY(startReceiver());
    SubscribeReceiverDialog dialog(m_service, m_page->subscription());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* url = dialog.findChild<QLineEdit*>(u"publicUrlEdit"_s);
    QCOMPARE(url->text(), m_service->publicUrl().toString());
    QVERIFY(url->isReadOnly());
    QVERIFY(!url->hasFrame());
    QCOMPARE(url->palette().color(QPalette::Base), url->palette().color(QPalette::Window));
    QVERIFY(url->toolTip().contains(u"sandbox"_s));
    const auto* hint = dialog.findChild<QLabel*>(u"publicUrlHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"locally"_s));
    QTest::keyClicks(url, u"x"_s);
    QCOMPARE(url->text(), m_service->publicUrl().toString());
}

void TestLiveEvents::portInUseIsShown()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    m_receiver->profile().receiver.port = taken.serverPort();
    QSignalSpy failed(m_service->receiver(), &WebhookReceiver::startFailed);
    m_service->setProfile(m_receiver->profile());
    QVERIFY(failed.wait(15000));
    QTRY_VERIFY(!m_page->receiverPanel()->errorText().isEmpty());
    QVERIFY(m_page->receiverPanel()->errorText().contains(QString::number(taken.serverPort())));
}

// The receiver box: its state, the URL to copy, Stop and Start again; its fields keep their names for screen readers.
void TestLiveEvents::receiverPanelCopiesStopsAndStarts()
{
    QVERIFY(startReceiver());
    ReceiverPanel* panel = m_page->receiverPanel();
    QCOMPARE(panel->title(), u"Receiver"_s);
    QTRY_COMPARE(panel->stateText(), u"● Listening"_s);
    QCOMPARE(panel->urlText(), m_service->publicUrl().toString());
    auto* url = panel->findChild<QLineEdit*>(u"receiverUrlEdit"_s);
    QVERIFY(url->isReadOnly());
    QCOMPARE(url->accessibleName(), u"Receiver URL"_s);
    QVERIFY(panel->findChild<QLabel*>(u"receiverDetailsLabel"_s)
                ->text()
                .contains(u"port "_s + QString::number(m_service->receiver()->port())));
    QVERIFY(panel->findChild<QLabel*>(u"receiverCountersLabel"_s)->text().startsWith(u"Today 0 · "_s));

    auto* copy = panel->findChild<QToolButton*>(u"copyReceiverUrlButton"_s);
    QCOMPARE(copy->accessibleName(), u"Copy the receiver URL"_s);
    QVERIFY(!copy->icon().isNull());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), panel->urlText());

    auto* startStop = panel->findChild<QPushButton*>(u"receiverStartStopButton"_s);
    QTRY_VERIFY(startStop->isEnabled());
    QVERIFY(panel->findChild<QPushButton*>(u"subscribeReceiverButton"_s)->isEnabled());
    QCOMPARE(startStop->text(), u"&Stop"_s);
    QTest::mouseClick(startStop, Qt::LeftButton);
    QTRY_COMPARE(panel->stateText(), u"○ Stopped"_s);
    QVERIFY(!m_service->isListening());
    QCOMPARE(startStop->text(), u"&Start"_s);
    QTest::mouseClick(startStop, Qt::LeftButton);
    QTRY_COMPARE(panel->stateText(), u"● Listening"_s);
    QVERIFY(m_service->isListening());
    QVERIFY(panel->errorText().isEmpty());
}

void TestLiveEvents::exportWritesTheFilteredRows()
{
    QVERIFY(startReceiver());
    QVERIFY(startSandbox(m_service->receiver()->localUrl()));
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"simulateChangeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() >= 1, 10000);
    const int rows = m_page->model()->rowCount();
    const QString path = m_receiver->dataPath() + u"/out.csv"_s;
    QSignalSpy exported(m_page.get(), &LiveEventsPage::exported);
    m_page->exportTo(path, EventExport::Format::Csv);
    QVERIFY(exported.wait());
    QCOMPARE(exported.first().at(0).toLongLong(), rows);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("id,origin,first_arrival,"));
    QVERIFY(text.contains(",delivery,"));
    const QList<QByteArray> lines = text.split('\n');
    QCOMPARE(lines.size(), qsizetype(rows) + 2); // header, one line per event (compact JSON), empty tail

    // The Export button asks for the file through the seam; the name's extension picks JSON Lines.
    const QString jsonl = m_receiver->dataPath() + u"/out.jsonl"_s;
    FilePicker::presetPaths({jsonl});
    exported.clear();
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"exportEventsButton"_s), Qt::LeftButton);
    QVERIFY(exported.wait());
    QCOMPARE(exported.first().at(0).toLongLong(), rows);
    QFile jsonFile(jsonl);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QByteArray first = jsonFile.readLine();
    QVERIFY2(first.startsWith("{"), first.constData());
}

void TestLiveEvents::showCompanyAcceptsAnyShapeOfTheBusinessId()
{
    QVERIFY(startReceiver());
    QVERIFY(startSandbox(m_service->receiver()->localUrl()));
    EventTableModel* model = m_page->model();
    auto distinctCompanies = [model] {
        QSet<QString> keys;
        for (int row = 0; row < model->rowCount(); ++row)
            keys.insert(model->data(model->index(row, 0), EventTableModel::CompanyKeyRole).toString());
        keys.remove(QString());
        return keys;
    };
    auto* simulate = m_page->findChild<QPushButton*>(u"simulateChangeButton"_s);
    for (int attempt = 0; attempt < 20 && distinctCompanies().size() < 2; ++attempt) {
        const int before = model->rowCount();
        QTest::mouseClick(simulate, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 10000);
        QTRY_VERIFY(model->data(model->index(model->rowCount() - 1, 0), EventTableModel::LoadedRole).toBool());
    }
    QVERIFY(distinctCompanies().size() >= 2);

    // The customer record may spell the id differently from the delivery: a Finnish id with its hyphen,
    // or another country's without its prefix.
    const QString stored = model->data(model->index(0, 0), EventTableModel::CompanyKeyRole).toString();
    QString digits = stored;
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    const QString otherShape = stored.at(0).isDigit() ? digits.left(7) + u'-' + digits.mid(7) : digits;
    m_page->showCompany(otherShape);
    QTRY_COMPARE(distinctCompanies(), QSet<QString> {stored});
    m_page->showCompany({});
    QTRY_VERIFY(distinctCompanies().size() >= 2);
    m_page->showCompany(u"FI"_s + digits); // with a country prefix and without the hyphen Vainu's ids carry
    QTRY_COMPARE(distinctCompanies(), QSet<QString> {stored});

    // The other way round: an event opens the customer record that tracks its company.
    m_page->table()->setCurrentIndex(model->index(0, 0));
    auto* recordButton = m_page->findChild<QPushButton*>(u"openCustomerRecordButton"_s);
    QTRY_VERIFY(recordButton->isEnabled());
    QSignalSpy requested(m_page.get(), &LiveEventsPage::customerRecordRequested);
    QTest::mouseClick(recordButton, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(), m_page->detailPane()->storedEvent().uniqueId);
    QVERIFY(requested.first().first().toString().startsWith(u"crm-"_s));
}

// The receiver was stopped while a company changed and Vainu's retries ran out: "Catch up now" shows its
// progress, then its outcome, and the change appears in the table marked as found by catch-up.
void TestLiveEvents::catchUpNowFindsTheChangeMissedWhileStopped()
{
    QVERIFY(startReceiver());
    QVERIFY(startSandbox(m_service->receiver()->localUrl()));
    EventTableModel* model = m_page->model();
    CatchUpService catchUp(m_service);
    catchUp.setConnection(m_sandbox.demoConnection());
    m_page->setCatchUpService(&catchUp);
    auto* button = m_page->findChild<QPushButton*>(u"catchUpButton"_s);
    QVERIFY(button);
    QVERIFY(button->isEnabled());

    const QString businessId = u"25578642"_s; // tracked by the demo account's crm-0001
    m_sandbox.thread()->changeCompanyLater(businessId, QJsonObject {{u"staff_number"_s, 1111}});
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1, 10000);
    const int seen = model->rowCount();

    QTest::mouseClick(m_page->findChild<QPushButton*>(u"receiverStartStopButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_service->isListening());
    m_sandbox.thread()->changeCompanyLater(businessId, QJsonObject {{u"staff_number"_s, 2222}});
    // Every try fails while nobody listens, until the sandbox gives up.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_sandbox.control("GET", u"deliveries/?limit=1000"_s).results().last()[u"outcome"_s].toString() == u"failed"_s,
        15000);
    QCOMPARE(model->rowCount(), seen);

    QSignalSpy finished(&catchUp, &CatchUpService::finished);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_page->findChild<QPushButton*>(u"catchUpCancelButton"_s)->isVisible());
    QVERIFY(m_page->findChild<QProgressBar*>(u"catchUpProgress"_s)->isVisible());
    QVERIFY(finished.wait(15000));
    QVERIFY(!m_page->findChild<QProgressBar*>(u"catchUpProgress"_s)->isVisible());
    QVERIFY(button->isVisible());
    const QString outcome = m_page->receiverPanel()->catchUpText();
    QVERIFY2(outcome.contains(u"1 change"_s), qPrintable(outcome));

    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), seen + 1, 5000);
    const int row = model->rowCount() - 1;
    QTRY_VERIFY(model->data(model->index(row, 0), EventTableModel::LoadedRole).toBool());
    QVERIFY(model->data(model->index(row, EventTableModel::FlagsColumn)).toString().contains(u"catch-up"_s));
    QCOMPARE(model->data(model->index(row, 0), EventTableModel::ChangedFieldsRole).toStringList(),
             QStringList {u"staff_number"_s});
    m_page->setCatchUpService(nullptr);
}

// A Vainu profile subscribed through an ngrok tunnel whose address changed (the agent restarted): the warning says
// so, its fix offers the new address ("Use …" in the dialog, found through the agent's local API), subscribing
// it clears the warning, and the warning comes back when the tunnel's address changes again.
void TestLiveEvents::tunnelRestartWarnsAndResubscribes()
{
    QString tunnelHost = u"https://1111-198-51-100-7.ngrok-free.app"_s;
    quint16 receiverPort = 0;
    // A stand-in for the ngrok agent's local API (GET /api/tunnels), answering as the real one does.
    RawHttpServer ngrok([&](const QByteArray&) -> QByteArray {
        const QByteArray body
            = uR"({"tunnels":[{"name":"web","uri":"/api/tunnels/web","public_url":"https://2222-198-51-100-7.ngrok-free.app","proto":"https","config":{"addr":"http://localhost:3000","inspect":true}},)"
              uR"({"name":"receiver","uri":"/api/tunnels/receiver","public_url":"%1","proto":"https","config":{"addr":"http://localhost:%2","inspect":true}}],"uri":"/api/tunnels"})"_s
                  .arg(tunnelHost)
                  .arg(receiverPort)
                  .toUtf8();
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    });
    m_service->tunnelDetector()->setNgrokApiUrl(QUrl(u"http://127.0.0.1:%1/api/tunnels"_s.arg(ngrok.port())));
    m_service->tunnelDetector()->setCloudflaredMetricsUrls({});

    // Subscribed at the tunnel's earlier address (the sandbox's demo webhook points there).
    const QUrl oldPublic(u"https://0000-198-51-100-7.ngrok-free.app/vainu/webhook"_s);
    Profile& profile = m_receiver->profile();
    profile.kind = Profile::Kind::Vainu;
    profile.name = u"Real account"_s;
    profile.receiver.autostart = true;
    profile.receiver.publicUrl = oldPublic;
    QVERIFY(startReceiver());
    receiverPort = m_service->listeningPort();
    QVERIFY(startSandbox(oldPublic));

    const auto* warning = m_page->findChild<SubscriptionWarning*>();
    QVERIFY(warning);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->subscriptionWarningShown(), 10000);
    const QString newPublic = tunnelHost + u"/vainu/webhook"_s;
    QTRY_VERIFY2_WITH_TIMEOUT(warning->text().contains(newPublic) && warning->text().contains(oldPublic.toString()),
                              qPrintable(warning->text()), 10000);
    auto* fix = warning->findChild<QPushButton*>(u"subscriptionFixButton"_s);
    QCOMPARE(fix->text(), u"Subscribe the new address"_s);

    // The fix opens "Subscribe this receiver" with the tunnel's new address, and offers it in one click.
    QTest::mouseClick(fix, Qt::LeftButton);
    SubscribeReceiverDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<SubscribeReceiverDialog*>()) != nullptr);
    QCOMPARE(dialog->urlEdit()->text(), newPublic);
    auto* use = dialog->findChild<QPushButton*>(u"useTunnelButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(use->isVisibleTo(dialog), 10000);
    QCOMPARE(use->text(), u"Use %1"_s.arg(newPublic));
    QVERIFY2(dialog->tunnelText().contains(u"ngrok forwards"_s), qPrintable(dialog->tunnelText()));
    dialog->urlEdit()->clear();
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(dialog->urlEdit()->text(), newPublic);

    QSignalSpy subscribed(m_page->subscription(), &ReceiverSubscription::subscribed);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"subscribeButton"_s), Qt::LeftButton);
    QVERIFY(subscribed.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(m_service->isListening() && m_service->hasSecret(), 10000);
    m_page->checkSubscription();
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->subscriptionWarningShown(), 10000);

    // The tunnel restarts with yet another address: the warning comes back with it.
    tunnelHost = u"https://3333-198-51-100-7.ngrok-free.app"_s;
    m_page->checkSubscription();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->subscriptionWarningShown(), 10000);
    QTRY_VERIFY2_WITH_TIMEOUT(warning->text().contains(tunnelHost + u"/vainu/webhook"_s), qPrintable(warning->text()),
                              10000);
    m_receiver->vault()->remove(m_receiver->profile().id, SecretKind::ReceiverSecret, this, [](const VaultResult&) {});
}

// No tunnel runs. With a stand-in cloudflared first on PATH the dialog offers to start it, reads its address and
// offers it; when it fails, its output is shown; with neither program installed, a sentence says where to get one.
void TestLiveEvents::subscribeStartsATunnelOrSaysWhereToGetOne()
{
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path())); // only the stand-ins: not a real one installed here
    auto restorePath = qScopeGuard([&] { qputenv("PATH", oldPath); });
    auto writeCloudflared = [&](const QByteArray& script) {
        QFile file(bin.filePath(u"cloudflared"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(script);
        file.close();
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    };
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 nothing = closed.serverPort();
    closed.close();
    m_service->tunnelDetector()->setNgrokApiUrl(QUrl(u"http://127.0.0.1:%1/api/tunnels"_s.arg(nothing)));
    m_service->tunnelDetector()->setCloudflaredMetricsUrls({});

    Profile& profile = m_receiver->profile();
    profile.kind = Profile::Kind::Vainu;
    profile.name = u"Real account"_s;
    profile.receiver.autostart = true;
    QVERIFY(startReceiver());
    QVERIFY(startSandbox(QUrl(u"http://127.0.0.1:9/nowhere"_s)));

    // Neither installed: where to get one.
    {
        m_page->openSubscribeDialog();
        SubscribeReceiverDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_page->findChild<SubscribeReceiverDialog*>()) != nullptr);
        QTRY_VERIFY2_WITH_TIMEOUT(dialog->tunnelText().contains(u"neither cloudflared nor ngrok is installed"_s),
                                  qPrintable(dialog->tunnelText()), 10000);
        QVERIFY(dialog->tunnelText().contains(u"https://ngrok.com/download"_s));
        QVERIFY(!dialog->findChild<QPushButton*>(u"startTunnelButton"_s)->isVisibleTo(dialog));
        delete dialog;
    }

    // A cloudflared that fails: its output is shown.
    writeCloudflared(R"(#!/bin/sh
echo '2024-06-01T10:00:01Z ERR Error unmarshaling QuickTunnel response: status_code="429 Too Many Requests"' >&2
exit 1
)");
    m_page->openSubscribeDialog();
    SubscribeReceiverDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<SubscribeReceiverDialog*>()) != nullptr);
    auto* start = dialog->findChild<QPushButton*>(u"startTunnelButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(start->isVisibleTo(dialog), 10000);
    QCOMPARE(start->text(), u"Start cloudflared"_s);
    QTest::mouseClick(start, Qt::LeftButton);
    auto* output = dialog->findChild<QPlainTextEdit*>(u"tunnelOutput"_s);
    QTRY_VERIFY_WITH_TIMEOUT(output->isVisibleTo(dialog), 10000);
    QVERIFY(output->toPlainText().contains(u"429 Too Many Requests"_s));
    QVERIFY2(dialog->tunnelText().contains(u"exit code 1"_s), qPrintable(dialog->tunnelText()));

    // One that works: its address is offered with the receiver's path.
    writeCloudflared(R"(#!/bin/sh
/bin/cat >&2 <<'END'
2024-06-01T10:00:01Z INF +--------------------------------------------------------------------------------------------+
2024-06-01T10:00:01Z INF |  Your quick Tunnel has been created! Visit it at (it may take some time to be reachable):  |
2024-06-01T10:00:01Z INF |  https://seasonal-deck-organisms-sf.trycloudflare.com                                      |
2024-06-01T10:00:01Z INF +--------------------------------------------------------------------------------------------+
END
while :; do /bin/sleep 0.1; done
)");
    QTRY_VERIFY(start->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    auto* use = dialog->findChild<QPushButton*>(u"useTunnelButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(use->isVisibleTo(dialog), 10000);
    const QString expected = u"https://seasonal-deck-organisms-sf.trycloudflare.com/vainu/webhook"_s;
    QCOMPARE(use->text(), u"Use %1"_s.arg(expected));
    QTest::mouseClick(use, Qt::LeftButton);
    QCOMPARE(dialog->urlEdit()->text(), expected);
    delete dialog;

    // Stopping the receiver stops the tunnel.
    QCOMPARE(m_service->tunnel()->state(), TunnelProcess::State::Running);
    m_service->stop();
    QCOMPARE(m_service->tunnel()->state(), TunnelProcess::State::Stopped);
}

QTEST_MAIN(TestLiveEvents)
#include "tst_liveevents.moc"

// "Test the public URL": a test delivery through the public URL arrives and shows as a test; a tunnel that
// answers 502 is named as something other than the receiver.
void TestLiveEvents::testThePublicUrlSaysWhatHappened()
{
    QVERIFY(startReceiver());
    ReceiverPanel* panel = m_page->receiverPanel();
    auto* test = panel->findChild<QPushButton*>(u"testPublicUrlButton"_s);
    QVERIFY(test);
    // The sandbox delivers locally: nothing to prove, no button.
    QVERIFY(!test->isVisibleTo(panel));

    // A real account's profile whose public URL leads to this receiver (as a working tunnel would).
    Profile account = m_receiver->profile();
    account.kind = Profile::Kind::Vainu;
    account.baseUrl = Profile::vainuBaseUrl();
    account.receiver.autostart = true;
    account.receiver.publicUrl = m_service->receiver()->localUrl();
    m_receiver->profile() = account;
    m_service->setProfile(account);
    QTRY_VERIFY(m_service->isListening());
    QVERIFY(test->isVisibleTo(panel));
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2(panel->checkText().contains(u"arrived at this receiver"_s), qPrintable(panel->checkText()));
    QTRY_COMPARE(m_page->model()->rowCount(), 1);
    QTRY_VERIFY(m_page->model()->index(0, EventTableModel::FlagsColumn).data().toString().contains(u"test"_s));
    QTRY_COMPARE(m_page->model()->index(0, EventTableModel::ChangedFieldsColumn).data().toString(),
                 u"(test delivery)"_s);

    RawHttpServer tunnel([](const QByteArray&) {
        return QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    });
    // The public URL now leads to a tunnel that answers 502 (its agent runs, the receiver is not behind it).
    account.receiver.publicUrl = QUrl(u"http://127.0.0.1:%1/vainu/webhook"_s.arg(tunnel.port()));
    m_receiver->profile() = account;
    m_service->setProfile(account);
    QCOMPARE(m_service->publicUrl(), account.receiver.publicUrl);
    QTRY_VERIFY(m_service->isListening());
    QTRY_VERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_VERIFY2(panel->checkText().startsWith(u"HTTP: something other than this receiver"_s),
                 qPrintable(panel->checkText()));
    QVERIFY(panel->checkText().contains(u"502"_s));
}
