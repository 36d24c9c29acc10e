// AppWindow: first run, switching profiles, and a key saved in one session read back from the
// keychain in the next. Real parts throughout: QSettings in an INI file, the real Secret Service
// (ctest runs inside scripts/with-keyring.sh), the in-process sandbox on loopback ports.
#include "ApiTestSupport.h"
#include "AppWindowTestSupport.h"
#include "KeychainTestSupport.h"
#include "SandboxFixture.h"
#include "api/VainuClient.h"
#include "core/ApiError.h"
#include "core/ProfileStore.h"
#include "gui/AppWindow.h"
#include "gui/MainWindow.h"
#include "gui/common/EmptyState.h"
#include "gui/common/ErrorBanner.h"
#include "gui/common/MessageBox.h"
#include "gui/customers/CustomersPage.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/settings/ApiKeyEdit.h"
#include "gui/settings/ProfileSwitcher.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/SetupBanner.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/EventTableModel.h"
#include "models/WebhookTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "sandbox/SandboxThread.h"
#include "secrets/TokenVault.h"
#include "session/ReceiverService.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestSettingsSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunOpensOnTheSandbox();
    void welcomeBannerOffersVainuAndCanBeDismissed();
    void settingsActionOpensTheDialogWithoutBlocking();
    void connectTestSaveUseThenReopen();
    void switchingProfilesReloadsThePages();
    void profileWithoutKeySaysSo();
    void keylessProfileAtStartUpSendsNothing();
    void deletingTheActiveProfileSwitchesAndForgetsTheKey();
    void sandboxThatCannotStartSaysWhyAndRetries_data();
    void sandboxThatCannotStartSaysWhyAndRetries();
    void liveEventsFollowTheProfileSwitch();
    void resetSandboxAsksThenStartsOver();

private:
    AppSession::Options options() const;
    std::unique_ptr<AppWindow> startSession();
    QString addVainuProfile(AppWindow& session, const QString& name, const QString& key);
    static QString profileLabel(const MainWindow* window)
    {
        return window->findChild<QLabel*>(u"profileLabel"_s)->text();
    }
    // The test sandbox counts the API requests it gets from now on, through its real /_sandbox/faults/ route:
    // a fault that delays each request by 1 ms and counts down. apiRequestsCounted() reads the count back.
    bool startCountingApiRequests();
    int apiRequestsCounted();
    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    static void verifyKeyMissingShown(AppWindow& session, const QString& profileName);

    QString m_key; // an account of the test's own sandbox, with one webhook
    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsSession::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_settingssession"_s);
    m_key = u"session-key-"_s + Profile::newId();
    SandboxOptions sandboxOptions;
    sandboxOptions.extraKeys.insert(m_key, u"session@example.com"_s);
    QVERIFY(m_sandbox.start(sandboxOptions));

    // Give the account a webhook, so that its user name can be shown.
    const QString error = createWebhookFor(m_sandbox.connection(m_key), u"https://crm.example.com/vainu"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSettingsSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    MessageBox::clearShownMessages();
}

void TestSettingsSession::cleanup()
{
    m_dir.reset();
}

AppSession::Options TestSettingsSession::options() const
{
    return AppWindowTestSupport::options(m_dir->path());
}

std::unique_ptr<AppWindow> TestSettingsSession::startSession()
{
    return AppWindowTestSupport::start(options());
}

// A Vainu profile pointing at the test's sandbox, with its key in the keychain.
QString TestSettingsSession::addVainuProfile(AppWindow& session, const QString& name, const QString& key)
{
    return KeychainTestSupport::addVainuProfile(*session.store(), name, m_sandbox.apiBaseUrl(), session.vault(), key);
}

QJsonObject TestSettingsSession::control(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    return m_sandbox.control(method, path, body).object();
}

static constexpr int countingFrom = 100000;

bool TestSettingsSession::startCountingApiRequests()
{
    control("DELETE", u"faults/"_s);
    return control("POST", u"faults/"_s, {{u"count"_s, countingFrom}, {u"latency_ms"_s, 1}}).value(u"count"_s).toInt()
        == countingFrom;
}

int TestSettingsSession::apiRequestsCounted()
{
    const QJsonArray faults = control("GET", u"faults/"_s).value(u"results"_s).toArray();
    if (faults.size() != 1)
        return -1;
    return countingFrom - faults.first().toObject().value(u"count"_s).toInt();
}

// A Vainu profile with no key: each page that needs Vainu shows one notice with the way to the key, and no error.
void TestSettingsSession::verifyKeyMissingShown(AppWindow& session, const QString& profileName)
{
    MainWindow* window = session.window();
    QVERIFY(window->isUnavailable());
    QCOMPARE(profileLabel(window), u"Profile: %1"_s.arg(profileName));
    QCOMPARE(window->connectionStateText(), u"No API key"_s);
    QVERIFY(window->centralWidget()->isEnabled());

    WebhooksPage* webhooks = window->webhooksPage();
    QVERIFY(webhooks->isUnavailable());
    auto* webhooksNotice = webhooks->findChild<EmptyState*>(u"webhooksUnavailableState"_s);
    QVERIFY(webhooksNotice);
    QCOMPARE(webhooks->findChild<QStackedWidget*>(u"contentStack"_s)->currentWidget(), webhooksNotice);
    QCOMPARE(webhooksNotice->accessibleName(), u"No API key yet"_s);
    QVERIFY(webhooksNotice->accessibleDescription().contains(u"\"%1\""_s.arg(profileName)));
    QCOMPARE(webhooks->findChild<QPushButton*>(u"webhooksEnterKeyButton"_s)->text(), u"Enter the API key…"_s);
    QCOMPARE(webhooks->model()->rowCount(), 0);

    CustomersPage* customers = window->customersPage();
    QVERIFY(customers->isUnavailable());
    auto* customersNotice = customers->findChild<EmptyState*>(u"customersUnavailableState"_s);
    QVERIFY(!customersNotice->isHidden());
    QCOMPARE(customersNotice->accessibleName(), u"No API key yet"_s);
    QVERIFY(customers->findChild<QWidget*>(u"customerTable"_s)->isHidden()
            || !customers->findChild<QWidget*>(u"customerTable"_s)->isVisibleTo(customers));

    // No 401 ("refused key") anywhere, and the window-wide banner does not repeat the page's notice.
    for (const ErrorBanner* banner : window->findChildren<ErrorBanner*>())
        QVERIFY2(banner->isHidden(), qPrintable(banner->objectName() + u": "_s + banner->message()));
    QVERIFY(window->currentPageShowsUnavailable());
    QVERIFY(session.keyBanner()->isHidden());
}

void TestSettingsSession::firstRunOpensOnTheSandbox()
{
    auto session = startSession();
    QVERIFY(session);
    QVERIFY(session->isFirstRun());
    MainWindow* window = session->window();
    QVERIFY(window->isVisible());
    QSignalSpy loaded(window->webhooksPage(), &WebhooksPage::loaded);
    // The sandbox starts inside the app: ready at once, no key to wait for.
    QCOMPARE(session->state(), AppSession::State::Ready);
    QCOMPARE(window->profileName(), u"Sandbox"_s);
    QCOMPARE(profileLabel(window), u"Profile: Sandbox"_s);
    const ApiConnection sandbox = session->sandboxConnection();
    QCOMPARE(sandbox.baseUrl.host(), u"127.0.0.1"_s);
    QVERIFY(sandbox.baseUrl.port() > 0);
    QCOMPARE(window->client()->connection().baseUrl, sandbox.baseUrl);

    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(window->webhooksPage()->model()->rowCount() >= 1);
    QCOMPARE(window->connectionStateText(), u"Connected as demo@example.com"_s);

    QVERIFY(session->welcomeBanner()->isVisible());
    QVERIFY(!session->keyBanner()->isVisible());
    QCOMPARE(session->switcher()->count(), 1);
    QCOMPARE(session->switcher()->currentText(), u"Sandbox"_s);
    QVERIFY(!window->windowTitle().contains(sandbox.apiKey));
}

void TestSettingsSession::welcomeBannerOffersVainuAndCanBeDismissed()
{
    {
        auto session = startSession();
        QVERIFY(session);
        SetupBanner* banner = session->welcomeBanner();
        QVERIFY(banner->text().contains(u"built-in sandbox"_s));
        QCOMPARE(banner->actionButton()->text(), u"Connect your Vainu account…"_s);
        QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
        SettingsDialog* dialog = session->settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->isNewProfile());
        QCOMPARE(dialog->findChild<QLineEdit*>(u"baseUrlEdit"_s)->text(), u"https://api.vainu.io/api/v2/"_s);
        dialog->close();

        QTest::mouseClick(banner->closeButton(), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }
    auto again = startSession();
    QVERIFY(again);
    QVERIFY(!again->isFirstRun());
    QVERIFY(!again->welcomeBanner()->isVisible());
}

void TestSettingsSession::settingsActionOpensTheDialogWithoutBlocking()
{
    auto session = startSession();
    QVERIFY(session);
    auto* action = session->window()->findChild<QAction*>(u"settingsAction"_s);
    QVERIFY(action);
    action->trigger();
    SettingsDialog* dialog = session->settingsDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->currentProfileId(), session->store()->activeProfileId());
    // A second trigger raises the same dialog.
    action->trigger();
    QCOMPARE(session->settingsDialog(), dialog);
}

void TestSettingsSession::connectTestSaveUseThenReopen()
{
    QString profileId;
    {
        auto session = startSession();
        QVERIFY(session);
        QTest::mouseClick(session->welcomeBanner()->actionButton(), Qt::LeftButton);
        SettingsDialog* dialog = session->settingsDialog();
        auto* baseUrlEdit = dialog->findChild<QLineEdit*>(u"baseUrlEdit"_s);
        auto* keyEdit = dialog->findChild<ApiKeyEdit*>(u"apiKeyEdit"_s);
        auto* testButton = dialog->findChild<QPushButton*>(u"testButton"_s);
        auto* result = dialog->findChild<QLabel*>(u"testResultLabel"_s);
        baseUrlEdit->clear();
        QTest::keyClicks(baseUrlEdit, m_sandbox.apiBaseUrl().toString());

        // The right key: success with the account's user name.
        QTest::keyClicks(keyEdit, m_key);
        QSignalSpy tested(dialog, &SettingsDialog::testFinished);
        QTest::mouseClick(testButton, Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(result->text(), u"Connected as session@example.com."_s);

        // A wrong key: the 401's sentence.
        keyEdit->clear();
        QTest::keyClicks(keyEdit, u"wrong"_s);
        QTest::mouseClick(testButton, Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QVERIFY2(result->text().startsWith(
                     ApiError::make(ApiError::Kind::Unauthorized).kindMessage(ApiError::ShownIn::Settings)),
                 qPrintable(result->text()));

        keyEdit->clear();
        QTest::keyClicks(keyEdit, m_key);
        QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        QCOMPARE(saved.first().at(1).toBool(), true);
        profileId = saved.first().at(0).toString();

        MainWindow* window = session->window();
        QSignalSpy loaded(window->webhooksPage(), &WebhooksPage::loaded);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"useButton"_s), Qt::LeftButton);
        QCOMPARE(session->store()->activeProfileId(), profileId);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);
        QCOMPARE(window->profileName(), u"Vainu"_s);
        QCOMPARE(session->switcher()->currentText(), u"Vainu"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(window->connectionStateText(), u"Connected as session@example.com"_s);
        QVERIFY(!session->welcomeBanner()->isVisible());
        dialog->close();
        window->close();
    }

    // The next start: the key comes back from the keychain, the pages load.
    auto session = std::make_unique<AppWindow>(options());
    QSignalSpy states(session.get(), &AppWindow::stateChanged);
    QVERIFY(session->start());
    QVERIFY(!session->isFirstRun());
    MainWindow* window = session->window();
    QSignalSpy loaded(window->webhooksPage(), &WebhooksPage::loaded);
    QCOMPARE(session->state(), AppSession::State::ReadingKey);
    QVERIFY(!window->centralWidget()->isEnabled());
    QCOMPARE(window->statusBar()->currentMessage(), u"Reading the key for \"Vainu\" from the keychain…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);
    QVERIFY(window->centralWidget()->isEnabled());
    QCOMPARE(window->client()->connection().apiKey, m_key);
    QCOMPARE(window->profileName(), u"Vainu"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QCOMPARE(window->webhooksPage()->model()->rowCount(), 1);
    QCOMPARE(window->connectionStateText(), u"Connected as session@example.com"_s);

    session->vault()->remove(profileId, nullptr, {});
}

void TestSettingsSession::switchingProfilesReloadsThePages()
{
    auto session = startSession();
    QVERIFY(session);
    const QString sandboxId = session->store()->activeProfileId();
    const QString vainuId = addVainuProfile(*session, u"Customer account"_s, m_key);
    QVERIFY(!vainuId.isEmpty());
    QCOMPARE(session->switcher()->count(), 2);
    MainWindow* window = session->window();
    QSignalSpy loaded(window->webhooksPage(), &WebhooksPage::loaded);

    QVERIFY(session->switcher()->chooseProfile(vainuId));
    QCOMPARE(session->store()->activeProfileId(), vainuId);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);
    QCOMPARE(profileLabel(window), u"Profile: Customer account"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty()
                                 && loaded.last().first().value<QList<Webhook>>().value(0).username
                                     == u"session@example.com"_s,
                             20000);

    loaded.clear();
    QVERIFY(session->switcher()->chooseProfile(sandboxId));
    QCOMPARE(session->state(), AppSession::State::Ready);
    QCOMPARE(profileLabel(window), u"Profile: Sandbox"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QCOMPARE(window->connectionStateText(), u"Connected as demo@example.com"_s);

    // A rename of the profile in use shows at once.
    QVERIFY(session->store()->rename(sandboxId, u"Playground"_s).ok());
    QCOMPARE(profileLabel(window), u"Profile: Playground"_s);
    QCOMPARE(session->switcher()->currentText(), u"Playground"_s);
    session->vault()->remove(vainuId, nullptr, {});
}

void TestSettingsSession::profileWithoutKeySaysSo()
{
    auto session = startSession();
    QVERIFY(session);
    MainWindow* window = session->window();
    auto* tabs = window->findChild<QTabWidget*>(u"pageTabs"_s);
    tabs->setCurrentWidget(window->webhooksPage());
    const QString id = addVainuProfile(*session, u"Keyless"_s, {});
    QVERIFY(!id.isEmpty());
    QVERIFY(startCountingApiRequests());

    QVERIFY(session->switcher()->chooseProfile(id));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::NoKey, 20000);
    verifyKeyMissingShown(*session, u"Keyless"_s);
    if (QTest::currentTestFailed())
        return;

    // Live events has no notice of its own (its receiver is local and keeps working): the banner says it there.
    tabs->setCurrentWidget(window->liveEventsPage());
    SetupBanner* banner = session->keyBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"No API key is saved for the profile \"Keyless\" yet."_s);
    QCOMPARE(banner->actionButton()->text(), u"Enter the key…"_s);
    // Its "Subscribe this receiver…" needs Vainu: it says so rather than doing nothing.
    auto* subscribe = window->liveEventsPage()->findChild<QPushButton*>(u"subscribeReceiverButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(subscribe->isEnabled(), 20000);
    QTest::mouseClick(subscribe, Qt::LeftButton);
    QCOMPARE(window->statusBar()->currentMessage(),
             u"Subscribing needs the profile's API key. Enter it first (File > Settings)."_s);
    tabs->setCurrentWidget(window->customersPage()->parentWidget());
    QVERIFY(window->currentPageShowsUnavailable());
    QVERIFY(!banner->isVisible());
    QVERIFY(window->customersPage()->findChild<EmptyState*>(u"customersUnavailableState"_s)->isVisible());
    tabs->setCurrentWidget(window->webhooksPage());

    // A request of the test's own through the same server is the barrier: anything the window had sent
    // before it would be counted by the time it is answered. Only the test's own request is.
    QVERIFY(answeredProbe(m_sandbox.connection(m_key)));
    QCOMPARE(apiRequestsCounted(), 1);

    // The page's button opens the settings at this profile, the cursor in its key field.
    QTest::mouseClick(window->webhooksPage()->findChild<QPushButton*>(u"webhooksEnterKeyButton"_s), Qt::LeftButton);
    SettingsDialog* dialog = session->settingsDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->currentProfileId(), id);
    auto* keyEdit = dialog->findChild<ApiKeyEdit*>(u"apiKeyEdit"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isKeyBusy(), 20000);
    QCOMPARE(dialog->focusWidget(), keyEdit);

    // Saving a key there loads the pages at once, no restart.
    QSignalSpy loaded(window->webhooksPage(), &WebhooksPage::loaded);
    QSignalSpy customersLoaded(window->customersPage(), &CustomersPage::loaded);
    QTest::keyClicks(keyEdit, m_key);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);
    QCOMPARE(window->client()->connection().apiKey, m_key);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(window->webhooksPage()->model()->rowCount() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(!customersLoaded.isEmpty(), 20000);
    QVERIFY(!window->isUnavailable());
    QVERIFY(!window->webhooksPage()->isUnavailable());
    QVERIFY(!window->customersPage()->isUnavailable());
    QVERIFY(window->webhooksPage()->findChild<QWidget*>(u"webhookTable"_s)->isVisible());
    QCOMPARE(window->connectionStateText(), u"Connected as session@example.com"_s);
    QVERIFY(!banner->isVisible());
    for (const ErrorBanner* error : window->findChildren<ErrorBanner*>())
        QVERIFY2(error->isHidden(), qPrintable(error->message()));
    QVERIFY(apiRequestsCounted() > 1); // the counter does see the window's requests
    control("DELETE", u"faults/"_s);
    dialog->close();
    session->vault()->remove(id, nullptr, {});
}

void TestSettingsSession::keylessProfileAtStartUpSendsNothing()
{
    QString keylessId;
    QString sandboxId;
    {
        auto session = startSession();
        QVERIFY(session);
        sandboxId = session->store()->activeProfileId();
        keylessId = addVainuProfile(*session, u"No key yet"_s, {});
        QVERIFY(!keylessId.isEmpty());
        QVERIFY(session->store()->setActiveProfile(keylessId));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::NoKey, 20000);
        session->window()->findChild<QTabWidget*>(u"pageTabs"_s)->setCurrentIndex(0);
        session->window()->close(); // remembers the Webhooks page
    }
    QVERIFY(startCountingApiRequests());

    auto session = std::make_unique<AppWindow>(options());
    QVERIFY(session->start());
    QCOMPARE(session->state(), AppSession::State::ReadingKey);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::NoKey, 20000);
    verifyKeyMissingShown(*session, u"No key yet"_s);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(answeredProbe(m_sandbox.connection(m_key)));
    QCOMPARE(apiRequestsCounted(), 1);
    control("DELETE", u"faults/"_s);

    // The Sandbox profile is not affected: it loads from the built-in sandbox with its demo key.
    MainWindow* window = session->window();
    QSignalSpy loaded(window->webhooksPage(), &WebhooksPage::loaded);
    QVERIFY(session->switcher()->chooseProfile(sandboxId));
    QCOMPARE(session->state(), AppSession::State::Ready);
    QVERIFY(!window->isUnavailable());
    QVERIFY(!window->webhooksPage()->isUnavailable());
    QVERIFY(!window->customersPage()->isUnavailable());
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(window->webhooksPage()->model()->rowCount() >= 1);
    QCOMPARE(window->connectionStateText(), u"Connected as demo@example.com"_s);
    QVERIFY(session->keyBanner()->isHidden());

    // And back to the keyless one: the notice again, the Sandbox's rows gone.
    QVERIFY(session->switcher()->chooseProfile(keylessId));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::NoKey, 20000);
    verifyKeyMissingShown(*session, u"No key yet"_s);
    if (QTest::currentTestFailed())
        return;
}

void TestSettingsSession::deletingTheActiveProfileSwitchesAndForgetsTheKey()
{
    auto session = startSession();
    QVERIFY(session);
    const QString id = addVainuProfile(*session, u"Short-lived"_s, m_key);
    QVERIFY(!id.isEmpty());
    QVERIFY(session->switcher()->chooseProfile(id));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);

    SettingsDialog* dialog = session->openSettings();
    QCOMPARE(dialog->currentProfileId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isKeyBusy(), 20000);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::mouseClick(dialog->findChild<QToolButton*>(u"removeButton"_s), Qt::LeftButton);
    QVERIFY(!session->store()->profile(id));
    QCOMPARE(session->window()->profileName(), u"Sandbox"_s);
    QCOMPARE(session->state(), AppSession::State::Ready);

    // The keychain runs its jobs in order, so this read comes after the dialog's remove.
    std::optional<VaultResult::Status> status;
    session->vault()->read(id, session.get(), [&](const VaultResult& result) { status = result.status; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QCOMPARE(*status, VaultResult::Status::NotFound);
}

void TestSettingsSession::sandboxThatCannotStartSaysWhyAndRetries_data()
{
    QTest::addColumn<bool>("directoryInTheWay");
    QTest::addColumn<QString>("reason"); // a part of the sandbox's own sentence, which the notice must carry

    // The sandbox's state file (SandboxOptions::stateFile, as `vainu-sandbox --state`) decides whether it starts.
    QTest::newRow("state file is not JSON") << false << u"is not a sandbox state file"_s;
    QTest::newRow("state file is a directory") << true << u"cannot read"_s;
}

// The built-in sandbox fails to start for real (its state file is unusable): the pages that need it say why and
// offer Retry instead of calling an empty address; Live events keeps its receiver; Retry after the fix loads them.
void TestSettingsSession::sandboxThatCannotStartSaysWhyAndRetries()
{
    QFETCH(bool, directoryInTheWay);
    QFETCH(QString, reason);
    const QString stateFile = m_dir->filePath(u"sandbox-state.json"_s);
    if (directoryInTheWay) {
        QVERIFY(QDir(m_dir->path()).mkdir(u"sandbox-state.json"_s));
    } else {
        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ this is not JSON");
    }
    AppSession::Options sessionOptions = options();
    sessionOptions.sandbox.stateFile = stateFile;
    AppWindow session(sessionOptions);
    QVERIFY(session.start());
    QCOMPARE(session.state(), AppSession::State::SandboxFailed);
    MainWindow* window = session.window();
    auto* tabs = window->findChild<QTabWidget*>(u"pageTabs"_s);
    tabs->setCurrentWidget(window->webhooksPage());

    // A request to an empty address would fail from the event loop: let it run once round before looking.
    bool settled = false;
    QMetaObject::invokeMethod(
        this, [&settled] { settled = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(settled);

    QVERIFY(window->isUnavailable());
    QVERIFY(window->client()->connection().baseUrl.isEmpty());
    QCOMPARE(window->connectionStateText(), u"Sandbox not running"_s);
    QCOMPARE(profileLabel(window), u"Profile: Sandbox"_s);
    QVERIFY(window->centralWidget()->isEnabled());

    WebhooksPage* webhooks = window->webhooksPage();
    QVERIFY(webhooks->isUnavailable());
    QVERIFY(!webhooks->isBusy());
    auto* webhooksNotice = webhooks->findChild<EmptyState*>(u"webhooksUnavailableState"_s);
    QVERIFY(webhooksNotice);
    QCOMPARE(webhooks->findChild<QStackedWidget*>(u"contentStack"_s)->currentWidget(), webhooksNotice);
    QVERIFY(webhooksNotice->isVisible());
    QCOMPARE(webhooksNotice->accessibleName(), u"The built-in sandbox could not start"_s);
    const QString text = webhooksNotice->accessibleDescription();
    QVERIFY2(text.contains(reason), qPrintable(text));
    QVERIFY2(text.contains(stateFile), qPrintable(text));
    QVERIFY2(text.contains(u"Nothing is loaded for the profile \"Sandbox\" until the sandbox runs."_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Retry"_s), qPrintable(text));
    auto* webhooksRetry = webhooks->findChild<QPushButton*>(u"webhooksRetrySandboxButton"_s);
    QVERIFY(webhooksRetry);
    QCOMPARE(webhooksRetry->text(), u"Retry"_s);
    QVERIFY(!webhooks->findChild<QPushButton*>(u"webhooksEnterKeyButton"_s));
    QCOMPARE(webhooks->model()->rowCount(), 0);

    CustomersPage* customers = window->customersPage();
    QVERIFY(customers->isUnavailable());
    QVERIFY(!customers->isBusy());
    auto* customersNotice = customers->findChild<EmptyState*>(u"customersUnavailableState"_s);
    QVERIFY(!customersNotice->isHidden());
    QCOMPARE(customersNotice->accessibleName(), u"The built-in sandbox could not start"_s);
    QCOMPARE(customersNotice->accessibleDescription(), text);
    QCOMPARE(customers->findChild<QPushButton*>(u"customersRetrySandboxButton"_s)->text(), u"Retry"_s);

    // No network error anywhere, and on these pages the window-wide banner does not repeat their notice.
    for (const ErrorBanner* banner : window->findChildren<ErrorBanner*>())
        QVERIFY2(banner->isHidden(), qPrintable(banner->objectName() + u": "_s + banner->message()));
    QVERIFY(window->currentPageShowsUnavailable());
    QVERIFY(session.keyBanner()->isHidden());
    QVERIFY(session.isFirstRun());
    QVERIFY(session.welcomeBanner()->isHidden()); // its "every feature works right away" is not true now

    // Live events: its receiver is local and keeps listening; the banner says what is wrong, with Retry.
    tabs->setCurrentWidget(window->liveEventsPage());
    QTRY_VERIFY_WITH_TIMEOUT(session.receiverService()->isListening(), 20000); // once the keychain gave its secret
    QVERIFY(session.receiverService()->sandboxControlUrl().isEmpty()); // no sandbox to simulate changes with
    SetupBanner* banner = session.keyBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"The built-in sandbox could not start: "_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(reason), qPrintable(banner->text()));
    QCOMPARE(banner->actionButton()->text(), u"Retry"_s);
    // Subscribing has nobody to ask, and says why rather than blaming a missing key.
    auto* subscribe = window->liveEventsPage()->findChild<QPushButton*>(u"subscribeReceiverButton"_s);
    QVERIFY(subscribe);
    QTest::mouseClick(subscribe, Qt::LeftButton);
    QCOMPARE(window->statusBar()->currentMessage(),
             u"Subscribing needs the built-in sandbox, which is not running: press Retry in the banner above."_s);

    // Retry before the cause is gone: it fails again and says so, rather than seeming to do nothing.
    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    QCOMPARE(session.state(), AppSession::State::SandboxFailed);
    QCOMPARE(window->statusBar()->currentMessage(), u"Tried again: the built-in sandbox still could not start."_s);
    QVERIFY(banner->isVisible());
    QVERIFY(session.sandboxConnection().baseUrl.isEmpty());

    // Fix the cause (the sandbox then starts from its seed and writes the file) and Retry on the Webhooks page.
    if (directoryInTheWay)
        QVERIFY(QDir(m_dir->path()).rmdir(u"sandbox-state.json"_s));
    else
        QVERIFY(QFile::remove(stateFile));
    tabs->setCurrentWidget(window->webhooksPage());
    QSignalSpy loaded(webhooks, &WebhooksPage::loaded);
    QSignalSpy customersLoaded(customers, &CustomersPage::loaded);
    QTest::mouseClick(webhooksRetry, Qt::LeftButton);
    QCOMPARE(session.state(), AppSession::State::Ready);
    QVERIFY(QFile::exists(stateFile));
    QVERIFY(!session.sandboxConnection().baseUrl.isEmpty());
    QCOMPARE(window->client()->connection().baseUrl, session.sandboxConnection().baseUrl);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QVERIFY(webhooks->model()->rowCount() >= 1);
    QVERIFY(webhooks->findChild<QWidget*>(u"webhookTable"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!customersLoaded.isEmpty(), 20000);
    QVERIFY(!window->isUnavailable());
    QVERIFY(!webhooks->isUnavailable());
    QVERIFY(!customers->isUnavailable());
    QCOMPARE(window->connectionStateText(), u"Connected as demo@example.com"_s);
    QVERIFY(session.keyBanner()->isHidden());
    QVERIFY(session.welcomeBanner()->isVisible());
    QVERIFY(session.receiverService()->sandboxControlUrl().isValid());
    for (const ErrorBanner* error : window->findChildren<ErrorBanner*>())
        QVERIFY2(error->isHidden(), qPrintable(error->objectName() + u": "_s + error->message()));
}

// Each profile has its own history: the Live events table shows the sandbox's deliveries on the Sandbox
// profile, an empty history on a new account, and the sandbox's again after switching back.
void TestSettingsSession::liveEventsFollowTheProfileSwitch()
{
    {
        ProfileStore store(options().settingsFile);
        store.ensureDefaults();
        Profile sandbox = *store.activeProfile();
        QTcpServer probe; // a free port: parallel tests never fight over 8787
        probe.listen(QHostAddress::LocalHost, 0);
        sandbox.receiver.port = probe.serverPort();
        QVERIFY(store.update(sandbox).ok());
    }
    auto session = startSession();
    QVERIFY(session);
    const QString sandboxId = session->store()->activeProfileId();
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    EventTableModel* model = session->window()->liveEventsPage()->model();

    QNetworkAccessManager network;
    QNetworkRequest request(service->receiver()->deliveryUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QByteArray body
        = R"({"data":{"business_id":"25578642","company_name":"Vainu. io Software Oy","staff_number":12},)"
          R"("number_of_tries":1,"type":"company_change_webhook","unique_id":"crm-1"})"_ba;
    QNetworkReply* reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);

    Profile vainu = session->store()->vainuPreset();
    vainu.name = u"Customer account"_s;
    vainu.baseUrl = m_sandbox.apiBaseUrl();
    const ProfileStore::Result added = session->store()->add(vainu);
    QVERIFY(added.ok());
    QVERIFY(session->switcher()->chooseProfile(added.profile.id));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::NoKey, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 20000);

    QVERIFY(session->switcher()->chooseProfile(sandboxId));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 20000);
}

// Sandbox > Reset the sandbox… asks first; Cancel keeps everything, Reset brings back the demo data and the
// Webhooks page reloads without the webhook made on the sandbox.
void TestSettingsSession::resetSandboxAsksThenStartsOver()
{
    auto session = startSession();
    QVERIFY(session);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);
    QAction* reset = session->resetSandboxAction();
    QVERIFY(reset);
    QVERIFY(reset->isEnabled());
    MainWindow* window = session->window();

    QNetworkAccessManager network;
    VainuClient client(&network);
    client.setConnection(session->sandboxConnection());
    Webhook webhook;
    webhook.webhookUrl = u"https://crm.example.com/made-on-the-sandbox"_s;
    auto* call = client.createWebhook(webhook);
    QSignalSpy created(call, &ApiCall::finished);
    QVERIFY(created.wait(20000));
    auto shows = [window](const QString& url) {
        const QAbstractItemModel* model = window->webhooksPage()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == url)
                return true;
        }
        return false;
    };
    window->webhooksPage()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(shows(webhook.webhookUrl), 20000);

    MessageBox::presetAnswers({MessageBox::Answer::Reject});
    reset->trigger();
    QCOMPARE(MessageBox::shownMessages().size(), 1);
    QCOMPARE(MessageBox::shownMessages().first().title, u"Reset the sandbox?"_s);
    QTest::qWait(200);
    window->webhooksPage()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(shows(webhook.webhookUrl), 20000);

    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    reset->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"started over"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!shows(webhook.webhookUrl), 20000);
}

QTEST_MAIN(TestSettingsSession)
#include "tst_settingssession.moc"
