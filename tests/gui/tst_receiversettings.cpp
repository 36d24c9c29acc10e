// Settings > Receiver and the public URL, against real parts: the app's session (profiles in an INI file, the
// real Secret Service through scripts/with-keyring.sh, the real receiver on loopback ports), the in-process
// sandbox as the Vainu account, real HTTP deliveries.
#include "ApiTestSupport.h"
#include "AppWindowTestSupport.h"
#include "KeychainTestSupport.h"
#include "SandboxFixture.h"
#include "SandboxTestClient.h"
#include "TlsTestSupport.h"
#include "core/ProfileStore.h"
#include "gui/AppWindow.h"
#include "gui/MainWindow.h"
#include "gui/common/EmptyState.h"
#include "gui/common/FilePicker.h"
#include "gui/common/MessageBox.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/ReceiverPanel.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/EventTableModel.h"
#include "models/WebhookTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "secrets/TokenVault.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A delivery as Vainu sends it; 200 when the receiver stored it.
// tls: the configuration that trusts the receiver's certificate, for an https:// URL.
int deliver(const QUrl& url, const QSslConfiguration* tls = nullptr)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    if (tls)
        request.setSslConfiguration(*tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QByteArray body
        = R"({"data":{"business_id":"25578642","company_name":"Vainu. io Software Oy","staff_number":12},)"
          R"("number_of_tries":1,"type":"company_change_webhook","unique_id":"crm-1"})"_ba;
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); // 0: nothing answered
}

} // namespace

class TestReceiverSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyFieldIsSavedPerProfileAndApplied();
    void aCertificateFromTheSettingsServesHttps();
    void portInUseAndForeignAddressAreReportedAtTheField();
    void secretIsMaskedWithShowAndCopy();
    void publicUrlIsSavedBySubscribeAndTheWarningStaysAway();
    void realAccountEmptyStateSaysWhatToDoInOrder();
    void webhookSecretsAreMaskedUntilShown();

private:
    AppSession::Options options() const;
    std::unique_ptr<AppWindow> startSession();
    // The first-run Sandbox profile on a free port (parallel tests never fight over 8787).
    void prepareSandboxProfile();
    QString addVainuProfile(const QString& name, bool active, const QUrl& publicUrl = {});
    template <typename T>
    static T* child(QObject* parent, const QString& name)
    {
        T* widget = parent->findChild<T*>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    static bool save(SettingsDialog* dialog);

    QString m_key;
    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_profileIds; // keychain entries to remove
};

void TestReceiverSettings::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_receiversettings"_s);
    m_key = u"receiver-settings-key-"_s + Profile::newId();
    SandboxOptions sandboxOptions;
    sandboxOptions.extraKeys.insert(m_key, u"receiver@example.com"_s);
    QVERIFY(m_sandbox.start(sandboxOptions));
}

void TestReceiverSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    MessageBox::clearShownMessages();
}

void TestReceiverSettings::cleanup()
{
    TokenVault vault;
    for (const QString& id : std::as_const(m_profileIds)) {
        KeychainTestSupport::removeKey(vault, id, SecretKind::ApiKey);
        KeychainTestSupport::removeKey(vault, id, SecretKind::ReceiverSecret);
    }
    m_profileIds.clear();
    m_dir.reset();
}

AppSession::Options TestReceiverSettings::options() const
{
    return AppWindowTestSupport::options(m_dir->path());
}

std::unique_ptr<AppWindow> TestReceiverSettings::startSession()
{
    return AppWindowTestSupport::start(options());
}

void TestReceiverSettings::prepareSandboxProfile()
{
    ProfileStore store(options().settingsFile);
    store.ensureDefaults();
    Profile sandbox = *store.activeProfile();
    sandbox.receiver.port = freePort();
    store.update(sandbox);
    m_profileIds.append(sandbox.id);
}

QString TestReceiverSettings::addVainuProfile(const QString& name, bool active, const QUrl& publicUrl)
{
    ProfileStore store(options().settingsFile);
    store.ensureDefaults();
    m_profileIds.append(store.activeProfileId());
    TokenVault vault;
    const QString id
        = KeychainTestSupport::addVainuProfile(store, name, m_sandbox.connection(m_key).baseUrl, &vault, m_key);
    if (id.isEmpty())
        return {};
    m_profileIds.append(id);
    Profile profile = *store.profile(id);
    profile.receiver.port = freePort();
    profile.receiver.autostart = true;
    profile.receiver.publicUrl = publicUrl;
    store.update(profile);
    if (active)
        store.setActiveProfile(id);
    return id;
}

bool TestReceiverSettings::save(SettingsDialog* dialog)
{
    // The API key is read from the keychain when a profile is shown; Save waits for that.
    if (!QTest::qWaitFor([dialog] { return !dialog->isKeyBusy(); }, 15000))
        return false;
    QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    return !saved.isEmpty() || saved.wait(2000);
}

// Port, address, path, public URL, autostart and the TLS files are kept per profile; Save moves the running
// receiver to the new port and path at once.
void TestReceiverSettings::everyFieldIsSavedPerProfileAndApplied()
{
    const QString id = addVainuProfile(u"Account"_s, true);
    QVERIFY(!id.isEmpty());
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    const QUrl oldUrl = service->receiver()->deliveryUrl();
    QCOMPARE(deliver(oldUrl), 200);

    SettingsDialog* dialog = session->openSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->showReceiverTab();
    QCOMPARE(child<QTabWidget>(dialog, u"editorTabs"_s)->currentWidget()->objectName(), u"receiverTab"_s);
    const quint16 newPort = freePort();
    auto* port = child<QSpinBox>(dialog, u"portSpin"_s);
    port->setValue(newPort);
    auto* path = child<QLineEdit>(dialog, u"pathEdit"_s);
    path->clear();
    QTest::keyClicks(path, u"/hooks/inbox"_s);
    auto* publicUrl = child<QLineEdit>(dialog, u"publicUrlEdit"_s);
    QVERIFY(publicUrl->isVisibleTo(dialog));
    QTest::keyClicks(publicUrl, u"https://inbox.example.com/hooks/inbox"_s);
    // The TLS files come from the file picker; both, or neither.
    FilePicker::presetPaths({m_dir->filePath(u"cert.pem"_s)});
    QTest::mouseClick(child<QPushButton>(dialog, u"tlsCertificateBrowseButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(dialog, u"tlsCertificateEdit"_s)->text(), m_dir->filePath(u"cert.pem"_s));
    QVERIFY(dialog->hasUnsavedChanges());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isKeyBusy(), 15000);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY2(child<QLabel>(dialog, u"messageLabel"_s)->text().contains(u"both a certificate file and its key"_s),
             qPrintable(child<QLabel>(dialog, u"messageLabel"_s)->text()));
    child<QLineEdit>(dialog, u"tlsCertificateEdit"_s)->clear();
    child<QCheckBox>(dialog, u"receiverAutostartCheck"_s)->setChecked(false);
    QVERIFY(save(dialog));
    QCOMPARE(child<QLabel>(dialog, u"messageLabel"_s)->text(), u"Saved."_s);

    // Applied: the running receiver moved; the old address answers no more, the new one stores deliveries.
    QTRY_COMPARE_WITH_TIMEOUT(service->receiver()->port(), newPort, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    QCOMPARE(service->receiver()->localUrl().path(), u"/hooks/inbox"_s);
    QCOMPARE(deliver(service->receiver()->deliveryUrl()), 200);
    QCOMPARE(deliver(oldUrl), 0);
    QCOMPARE(service->publicUrl(), QUrl(u"https://inbox.example.com/hooks/inbox"_s));
    // The connection was kept: saving the receiver's settings is not a profile switch.
    QCOMPARE(session->state(), AppSession::State::Ready);

    // Saved: another store reading the same file sees every field.
    {
        ProfileStore reread(options().settingsFile);
        const Profile stored = *reread.profile(id);
        QCOMPARE(stored.receiver.port, newPort);
        QCOMPARE(stored.receiver.path, u"/hooks/inbox"_s);
        QCOMPARE(stored.receiver.bindAddress, u"127.0.0.1"_s);
        QCOMPARE(stored.receiver.publicUrl, QUrl(u"https://inbox.example.com/hooks/inbox"_s));
        QCOMPARE(stored.receiver.autostart, false);
        QVERIFY(stored.receiver.tlsCertificateFile.isEmpty());
    }

    // TLS files and "all interfaces" persist too (the receiver's HTTPS is not part of this test).
    auto* mode = child<QComboBox>(dialog, u"bindModeCombo"_s);
    mode->setCurrentIndex(1);
    child<QLineEdit>(dialog, u"tlsCertificateEdit"_s)->setText(m_dir->filePath(u"cert.pem"_s));
    child<QLineEdit>(dialog, u"tlsKeyEdit"_s)->setText(m_dir->filePath(u"key.pem"_s));
    // Stopped receivers stay stopped: stop it first, so no certificate is needed to save.
    service->stop();
    QVERIFY(save(dialog));
    {
        ProfileStore reread(options().settingsFile);
        const Profile stored = *reread.profile(id);
        QCOMPARE(stored.receiver.bindAddress, u"0.0.0.0"_s);
        QCOMPARE(stored.receiver.tlsCertificateFile, m_dir->filePath(u"cert.pem"_s));
        QCOMPARE(stored.receiver.tlsKeyFile, m_dir->filePath(u"key.pem"_s));
        // The other profile kept its own receiver settings.
        const Profile sandbox = reread.profiles().first();
        QVERIFY(sandbox.receiver.tlsCertificateFile.isEmpty());
        QCOMPARE(sandbox.receiver.path, u"/vainu/webhook"_s);
    }
    QVERIFY(!service->isListening());

    // Reopened, the dialog shows what was saved.
    dialog->close();
    QTRY_VERIFY(!session->settingsDialog());
    dialog = session->openSettings(id);
    QCOMPARE(child<QSpinBox>(dialog, u"portSpin"_s)->value(), int(newPort));
    QCOMPARE(child<QComboBox>(dialog, u"bindModeCombo"_s)->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>(dialog, u"pathEdit"_s)->text(), u"/hooks/inbox"_s);
    QCOMPARE(child<QLineEdit>(dialog, u"publicUrlEdit"_s)->text(), u"https://inbox.example.com/hooks/inbox"_s);
    QVERIFY(!child<QCheckBox>(dialog, u"receiverAutostartCheck"_s)->isChecked());
    QVERIFY(!dialog->hasUnsavedChanges());
}

// Settings > Receiver with a certificate and its key: the running receiver restarts on HTTPS and a delivery over
// TLS is stored. A key that is not the certificate's stops it with the reason; it never falls back to HTTP.
void TestReceiverSettings::aCertificateFromTheSettingsServesHttps()
{
    const QString id = addVainuProfile(u"Server"_s, true);
    QVERIFY(!id.isEmpty());
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    const TlsTestSupport::Pair pair = TlsTestSupport::makeSelfSigned(m_dir->path(), u"server"_s);
    QVERIFY(!pair.certificateFile.isEmpty());

    SettingsDialog* dialog = session->openSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->showReceiverTab();
    child<QLineEdit>(dialog, u"tlsCertificateEdit"_s)->setText(pair.certificateFile);
    child<QLineEdit>(dialog, u"tlsKeyEdit"_s)->setText(pair.keyFile);
    QVERIFY(save(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening() && service->receiver()->localUrl().scheme() == u"https"_s, 20000);
    const QSslConfiguration trusting = TlsTestSupport::trusting(pair.certificate());
    QCOMPARE(deliver(service->receiver()->deliveryUrl(), &trusting), 200);
    QUrl plain = service->receiver()->deliveryUrl();
    plain.setScheme(u"http"_s);
    QVERIFY(deliver(plain) != 200); // plain HTTP on the HTTPS port stores nothing

    const TlsTestSupport::Pair other = TlsTestSupport::makeSelfSigned(m_dir->path(), u"other"_s);
    child<QLineEdit>(dialog, u"tlsKeyEdit"_s)->setText(other.keyFile);
    QVERIFY(save(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(service->receiver()->state() == WebhookReceiver::State::Failed, 20000);
    QVERIFY2(service->receiver()->lastError().contains(u"does not belong to the certificate"_s),
             qPrintable(service->receiver()->lastError()));
    QVERIFY(!service->isListening());
}

// What cannot work is said at the field, with what to do, and nothing is saved.
void TestReceiverSettings::portInUseAndForeignAddressAreReportedAtTheField()
{
    prepareSandboxProfile();
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    const Profile before = *session->store()->activeProfile();

    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    SettingsDialog* dialog = session->openSettings();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The sandbox's receiver has no public URL to set, and always starts with the app.
    QVERIFY(!child<QLineEdit>(dialog, u"publicUrlEdit"_s)->isVisibleTo(dialog));
    QVERIFY(!child<QCheckBox>(dialog, u"receiverAutostartCheck"_s)->isVisibleTo(dialog));

    child<QSpinBox>(dialog, u"portSpin"_s)->setValue(taken.serverPort());
    save(dialog);
    auto* portError = child<QLabel>(dialog, u"portError"_s);
    QTRY_VERIFY(portError->isVisible()); // the Receiver tab is brought forward
    QVERIFY2(dialog->portError().contains(u"Port %1 on 127.0.0.1 is already in use by another program. Choose "
                                          "another port"_s.arg(taken.serverPort())),
             qPrintable(dialog->portError()));
    QVERIFY(dialog->portError().contains(u"is free"_s));
    QVERIFY(child<QSpinBox>(dialog, u"portSpin"_s)->hasFocus());
    QCOMPARE(session->store()->activeProfile()->receiver.port, before.receiver.port);
    // Changing the port takes the message away.
    child<QSpinBox>(dialog, u"portSpin"_s)->setValue(freePort());
    QVERIFY(dialog->portError().isEmpty());

    // An address of another machine (TEST-NET-3, never assigned to a host here).
    child<QComboBox>(dialog, u"bindModeCombo"_s)->setCurrentIndex(2);
    auto* address = child<QLineEdit>(dialog, u"bindAddressEdit"_s);
    QVERIFY(address->isVisible());
    QTest::keyClicks(address, u"203.0.113.7"_s);
    save(dialog);
    QVERIFY2(dialog->bindAddressError().startsWith(
                 u"203.0.113.7 is not an address of this computer, so the receiver cannot listen on it. Choose"_s),
             qPrintable(dialog->bindAddressError()));
    QVERIFY(child<QLabel>(dialog, u"bindAddressError"_s)->isVisible());
    QVERIFY(address->hasFocus());
    QCOMPARE(session->store()->activeProfile()->receiver, before.receiver);
    QVERIFY(service->isListening());
    QCOMPARE(service->receiver()->port(), before.receiver.port);

    // Not an address at all.
    address->clear();
    QTest::keyClicks(address, u"my-laptop"_s);
    save(dialog);
    QVERIFY2(dialog->bindAddressError().startsWith(u"\"my-laptop\" is not an IP address."_s),
             qPrintable(dialog->bindAddressError()));

    // This computer's own address is fine.
    address->clear();
    QTest::keyClicks(address, u"127.0.0.1"_s);
    QVERIFY(save(dialog));
    QVERIFY(dialog->bindAddressError().isEmpty());
    QVERIFY(dialog->portError().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    QCOMPARE(service->receiver()->port(), session->store()->activeProfile()->receiver.port);
}

// The receiver's secret is shown masked; Show reveals it and Copy puts it on the clipboard.
void TestReceiverSettings::secretIsMaskedWithShowAndCopy()
{
    prepareSandboxProfile();
    const QString secret = u"receiver-secret-"_s + Profile::newId().left(8);
    {
        ProfileStore store(options().settingsFile);
        TokenVault vault;
        QVERIFY(KeychainTestSupport::writeKey(vault, store.activeProfileId(), secret, SecretKind::ReceiverSecret).ok());
    }
    auto session = startSession();
    QVERIFY(session);
    SettingsDialog* dialog = session->openSettings();
    dialog->showReceiverTab();
    auto* edit = child<QLineEdit>(dialog, u"secretEdit"_s);
    QTRY_COMPARE_WITH_TIMEOUT(edit->text(), secret, 15000);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(edit->displayText() != secret);
    QVERIFY(edit->isReadOnly());
    auto* show = child<QPushButton>(dialog, u"showSecretButton"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(edit->displayText(), secret);
    QCOMPARE(show->text(), u"Hide"_s);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QPushButton>(dialog, u"copySecretButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    QGuiApplication::clipboard()->clear();
}

// "Subscribe this receiver" keeps the URL it subscribed with: the drift warning does not come back, not even in
// the next session, and Copy URL gives that URL.
void TestReceiverSettings::publicUrlIsSavedBySubscribeAndTheWarningStaysAway()
{
    const QString id = addVainuProfile(u"Account"_s, true);
    QVERIFY(!id.isEmpty());
    QUrl subscribedUrl;
    {
        auto session = startSession();
        QVERIFY(session);
        ReceiverService* service = session->receiverService();
        QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
        LiveEventsPage* page = session->window()->liveEventsPage();
        QTRY_VERIFY_WITH_TIMEOUT(page->subscriptionWarningShown(), 20000);

        // The address Vainu (here the sandbox, on this computer) reaches the receiver at.
        subscribedUrl = service->receiver()->localUrl();
        subscribedUrl.setHost(u"localhost"_s);
        QSignalSpy subscribed(page->subscription(), &ReceiverSubscription::subscribed);
        page->subscription()->subscribe(subscribedUrl, true);
        QVERIFY(subscribed.wait(20000));
        QTRY_VERIFY(service->hasSecret());
        QCOMPARE(session->store()->profile(id)->receiver.publicUrl, subscribedUrl);
        QCOMPARE(service->publicUrl(), subscribedUrl);
        QCOMPARE(session->state(), AppSession::State::Ready);

        // Checked again (as the Webhooks page's reload does): still subscribed.
        QSignalSpy checked(page->subscription(), &ReceiverSubscription::checked);
        page->checkSubscription();
        QVERIFY(checked.wait(20000));
        QCOMPARE(checked.first().at(0).toBool(), true);
        QVERIFY(!page->subscriptionWarningShown());
        QCOMPARE(page->receiverPanel()->urlText(), subscribedUrl.toString());
        QVERIFY(page->receiverPanel()->nextStepText().isEmpty());
    }
    // The next session: the saved URL, no warning.
    {
        ProfileStore reread(options().settingsFile);
        QCOMPARE(reread.profile(id)->receiver.publicUrl, subscribedUrl);
    }
    auto session = startSession();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->receiverService()->isListening(), 20000);
    LiveEventsPage* page = session->window()->liveEventsPage();
    QSignalSpy checked(page->subscription(), &ReceiverSubscription::checked);
    page->checkSubscription();
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.last().at(0).toBool(), true);
    QVERIFY(!page->subscriptionWarningShown());
}

// A real account's empty page and the receiver panel say what to do, in order; the action opens Settings >
// Receiver; once a public URL is set, the next step is to subscribe.
void TestReceiverSettings::realAccountEmptyStateSaysWhatToDoInOrder()
{
    const QString id = addVainuProfile(u"Account"_s, true);
    QVERIFY(!id.isEmpty());
    auto session = startSession();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->receiverService()->isListening(), 20000);
    LiveEventsPage* page = session->window()->liveEventsPage();
    auto* empty = page->findChild<EmptyState*>(u"liveEmptyState"_s);
    QVERIFY(empty);
    QTRY_VERIFY(empty->accessibleDescription().contains(u"1. Give the receiver a public URL in Settings > Receiver, "
                                                        "or start a tunnel (ngrok, cloudflared) to port"_s));
    const QString text = empty->accessibleDescription();
    QVERIFY2(text.startsWith(u"Vainu's servers cannot post to 127.0.0.1."_s), qPrintable(text));
    QVERIFY(text.indexOf(u"1. "_s) < text.indexOf(u"2. Subscribe this receiver"_s));
    QVERIFY(text.indexOf(u"2. "_s) < text.indexOf(u"3. Test it"_s));
    QVERIFY(!text.contains(u"point one at"_s));
    auto* action = empty->findChild<QPushButton*>(u"emptyStateAction"_s);
    QCOMPARE(action->text(), u"Set the public URL…"_s);
    QVERIFY2(page->receiverPanel()->nextStepText().startsWith(u"Vainu cannot reach http://127.0.0.1:"_s),
             qPrintable(page->receiverPanel()->nextStepText()));

    // The action opens the settings of this profile on the Receiver tab.
    QTest::mouseClick(action, Qt::LeftButton);
    SettingsDialog* dialog = session->settingsDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentProfileId(), id);
    QCOMPARE(child<QTabWidget>(dialog, u"editorTabs"_s)->currentWidget()->objectName(), u"receiverTab"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"publicUrlEdit"_s), u"https://abc.trycloudflare.com/vainu/webhook"_s);
    QVERIFY(save(dialog));

    QTRY_VERIFY(empty->accessibleDescription().contains(
        u"1. Public URL: https://abc.trycloudflare.com/vainu/webhook (Settings > Receiver changes it)."_s));
    QCOMPARE(action->text(), u"Subscribe this receiver…"_s);
    QVERIFY(page->receiverPanel()->nextStepText().isEmpty());
    QCOMPARE(page->receiverPanel()->urlText(), u"https://abc.trycloudflare.com/vainu/webhook"_s);
}

// The Webhooks table never shows a secret in clear unless asked: "Show secrets" in its context menu.
void TestReceiverSettings::webhookSecretsAreMaskedUntilShown()
{
    const QString id = addVainuProfile(u"Account"_s, true);
    QVERIFY(!id.isEmpty());
    const QString secret = u"s3cr3t-"_s + Profile::newId().left(12);
    {
        TestApiClient client(m_sandbox.connection(m_key));
        Webhook webhook;
        webhook.webhookUrl = u"https://crm.example.com/masked"_s;
        webhook.query = u"?crm=custom&secret="_s + secret;
        QVERIFY(!waitFor(client.createWebhook(webhook)).error.isError());
    }
    auto session = startSession();
    QVERIFY(session);
    WebhooksPage* webhooks = session->window()->webhooksPage();
    WebhookTableModel* model = webhooks->model();
    const auto maskedRow = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->webhookAt(row).webhookUrl.endsWith(u"/masked"_s))
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(maskedRow() >= 0, 20000);
    const int row = maskedRow();
    const QModelIndex query = model->index(row, WebhookTableModel::QueryColumn);
    QCOMPARE(query.data().toString(), u"?crm=custom&secret=••••••••"_s);
    for (int column = 0; column < WebhookTableModel::ColumnCount; ++column) {
        const QModelIndex index = model->index(row, column);
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
            QVERIFY2(!index.data(role).toString().contains(secret), qPrintable(index.data(role).toString()));
    }
    QVERIFY(query.data(Qt::ToolTipRole).toString().contains(u"Show secrets"_s));

    auto* show = webhooks->findChild<QAction*>(u"showWebhookSecretsAction"_s);
    QVERIFY(show);
    QVERIFY(show->isCheckable());
    QVERIFY(show->toolTip().contains(u"masked"_s));
    // It is in the table's context menu.
    QVERIFY(webhooks->findChild<QTableView*>(u"webhookTable"_s)->actions().contains(show));
    show->trigger();
    QCOMPARE(model->index(row, WebhookTableModel::QueryColumn).data().toString(), u"?crm=custom&secret="_s + secret);
    show->trigger();
    QVERIFY(!model->index(row, WebhookTableModel::QueryColumn).data().toString().contains(secret));
}

QTEST_MAIN(TestReceiverSettings)
#include "tst_receiversettings.moc"
