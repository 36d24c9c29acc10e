#include "FlakyProxy.h"
#include "api/VainuClient.h"
#include "gui/live/CompanyTimeline.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/FieldDiffView.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/ReceiverPanel.h"
#include "gui/live/ReceiverService.h"
#include "gui/live/ReceiverSubscription.h"
#include "models/EventRejectedModel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "sandbox/SandboxThread.h"
#include "secrets/TokenVault.h"
#include "store/EventStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

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
    void portInUseIsShown();
    void exportWritesTheFilteredRows();
    void showCompanyAcceptsAnyShapeOfTheBusinessId();

private:
    bool startReceiver(quint16 port = 0);
    bool startSandbox(const QUrl& webhookUrl);
    int rowWithField(const QString& field) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<ReceiverService> m_service;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<VainuClient> m_client;
    std::unique_ptr<LiveEventsPage> m_page;
    Profile m_profile;
};

void TestLiveEvents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = std::make_unique<TokenVault>();
    m_service = std::make_unique<ReceiverService>(m_vault.get());
    QString error;
    QVERIFY2(m_service->openStore(m_dir->path(), &error), qPrintable(error));
    m_profile = Profile {};
    m_profile.id = Profile::newId();
    m_profile.name = u"Sandbox"_s;
    m_profile.kind = Profile::Kind::Sandbox;
    m_page = std::make_unique<LiveEventsPage>();
    m_page->model()->setBatchInterval(50);
    m_page->setService(m_service.get());
    m_page->resize(1200, 700);
    m_page->show();
}

void TestLiveEvents::cleanup()
{
    m_page.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
    m_service.reset();
    m_vault.reset();
    m_dir.reset();
}

bool TestLiveEvents::startReceiver(quint16 port)
{
    m_profile.receiver.port = port;
    QSignalSpy listening(m_service->receiver(), &WebhookReceiver::listening);
    m_service->setProfile(m_profile); // Sandbox profile: starts once the keychain answered
    return listening.wait(15000);
}

bool TestLiveEvents::startSandbox(const QUrl& webhookUrl)
{
    SandboxOptions options;
    options.companyCount = 40;
    options.demoWebhookUrl = webhookUrl.toString();
    options.retryDelaysMs = {100, 100, 100, 100};
    m_sandbox = std::make_unique<SandboxThread>(options);
    QString error;
    if (!m_sandbox->start(&error)) {
        qWarning("sandbox: %s", qPrintable(error));
        return false;
    }
    m_service->setSandboxControlUrl(m_sandbox->controlUrl());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<VainuClient>(m_network.get());
    m_client->setConnection({m_sandbox->apiBaseUrl(), m_sandbox->demoApiKey()});
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
    m_sandbox->changeCompanyLater(businessId, QJsonObject {{u"staff_number"_s, 987654}});
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
    const std::optional<StoredEvent> event = m_service->store()->event(model->eventId(row));
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
    QNetworkRequest request(m_service->receiver()->localUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply* reply = m_network->post(request, R"({"data":{}})"_ba);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait());
    QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() >= 400);
    reply->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->rejectedModel()->rowCount() >= 1, 5000);
    m_page->showRejected();
    // The secret never reaches the store: the path is kept without its query.
    for (const RejectedRequest& rejected : m_page->rejectedModel()->requests())
        QVERIFY(!rejected.path.contains(m_service->secret()));
    m_vault->remove(m_profile.id, SecretKind::ReceiverSecret, this, [](const VaultResult&) {});
}

void TestLiveEvents::portInUseIsShown()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    m_profile.receiver.port = taken.serverPort();
    QSignalSpy failed(m_service->receiver(), &WebhookReceiver::startFailed);
    m_service->setProfile(m_profile);
    QVERIFY(failed.wait(15000));
    QTRY_VERIFY(!m_page->receiverPanel()->errorText().isEmpty());
    QVERIFY(m_page->receiverPanel()->errorText().contains(QString::number(taken.serverPort())));
}

void TestLiveEvents::exportWritesTheFilteredRows()
{
    QVERIFY(startReceiver());
    QVERIFY(startSandbox(m_service->receiver()->localUrl()));
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"simulateChangeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowCount() >= 1, 10000);
    const int rows = m_page->model()->rowCount();
    const QString path = m_dir->filePath(u"out.csv"_s);
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

QTEST_MAIN(TestLiveEvents)
#include "tst_liveevents.moc"
