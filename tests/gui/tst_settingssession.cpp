// ProfileSession: first run, switching profiles, and a key saved in one session read back from the
// keychain in the next. Real parts throughout: QSettings in an INI file, the real Secret Service
// (ctest runs inside scripts/with-keyring.sh), the in-process sandbox on loopback ports.
#include "api/VainuClient.h"
#include "core/ApiError.h"
#include "core/ProfileStore.h"
#include "gui/MainWindow.h"
#include "gui/common/MessageBox.h"
#include "gui/settings/ApiKeyEdit.h"
#include "gui/settings/ProfileSession.h"
#include "gui/settings/ProfileSwitcher.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/SetupBanner.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/WebhookTableModel.h"
#include "sandbox/SandboxThread.h"
#include "secrets/TokenVault.h"

#include <QAction>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
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
    void deletingTheActiveProfileSwitchesAndForgetsTheKey();

private:
    ProfileSession::Options options() const;
    std::unique_ptr<ProfileSession> startSession();
    QString addVainuProfile(ProfileSession& session, const QString& name, const QString& key);
    static QString profileLabel(const MainWindow* window)
    {
        return window->findChild<QLabel*>(u"profileLabel"_s)->text();
    }

    QString m_key; // an account of the test's own sandbox, with one webhook
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsSession::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_settingssession"_s);
    m_key = u"session-key-"_s + Profile::newId();
    SandboxOptions sandboxOptions;
    sandboxOptions.extraKeys.insert(m_key, u"session@example.com"_s);
    m_sandbox = std::make_unique<SandboxThread>(sandboxOptions);
    QVERIFY(m_sandbox->start());

    // Give the account a webhook, so that its user name can be shown.
    QNetworkAccessManager network;
    VainuClient client(&network);
    client.setConnection({m_sandbox->apiBaseUrl(), m_key});
    Webhook webhook;
    webhook.webhookUrl = u"https://crm.example.com/vainu"_s;
    auto* call = client.createWebhook(webhook);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
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

ProfileSession::Options TestSettingsSession::options() const
{
    ProfileSession::Options result;
    result.settingsFile = m_dir->filePath(u"settings.ini"_s);
    return result;
}

std::unique_ptr<ProfileSession> TestSettingsSession::startSession()
{
    auto session = std::make_unique<ProfileSession>(options());
    QString error;
    if (!session->start(&error)) {
        qWarning("session did not start: %s", qPrintable(error));
        return {};
    }
    return session;
}

// A Vainu profile pointing at the test's sandbox, with its key in the keychain.
QString TestSettingsSession::addVainuProfile(ProfileSession& session, const QString& name, const QString& key)
{
    Profile profile = session.store()->vainuPreset();
    profile.name = name;
    profile.baseUrl = m_sandbox->apiBaseUrl();
    const ProfileStore::Result added = session.store()->add(profile);
    if (!added.ok())
        return {};
    if (key.isEmpty())
        return added.profile.id;
    bool written = false;
    session.vault()->write(added.profile.id, key, &session, [&](const VaultResult& result) { written = result.ok(); });
    if (!QTest::qWaitFor([&] { return written; }, 20000))
        return {};
    return added.profile.id;
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
    QCOMPARE(session->state(), ProfileSession::State::Ready);
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
        QTest::keyClicks(baseUrlEdit, m_sandbox->apiBaseUrl().toString());

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
        QVERIFY2(result->text().startsWith(ApiError::make(ApiError::Kind::Unauthorized).kindMessage()),
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
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), ProfileSession::State::Ready, 20000);
        QCOMPARE(window->profileName(), u"Vainu"_s);
        QCOMPARE(session->switcher()->currentText(), u"Vainu"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(window->connectionStateText(), u"Connected as session@example.com"_s);
        QVERIFY(!session->welcomeBanner()->isVisible());
        dialog->close();
        window->close();
    }

    // The next start: the key comes back from the keychain, the pages load.
    auto session = std::make_unique<ProfileSession>(options());
    QSignalSpy states(session.get(), &ProfileSession::stateChanged);
    QVERIFY(session->start());
    QVERIFY(!session->isFirstRun());
    MainWindow* window = session->window();
    QSignalSpy loaded(window->webhooksPage(), &WebhooksPage::loaded);
    QCOMPARE(session->state(), ProfileSession::State::ReadingKey);
    QVERIFY(!window->centralWidget()->isEnabled());
    QCOMPARE(window->statusBar()->currentMessage(), u"Reading the key for \"Vainu\" from the keychain…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ProfileSession::State::Ready, 20000);
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
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ProfileSession::State::Ready, 20000);
    QCOMPARE(profileLabel(window), u"Profile: Customer account"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty()
                                 && loaded.last().first().value<QList<Webhook>>().value(0).username
                                     == u"session@example.com"_s,
                             20000);

    loaded.clear();
    QVERIFY(session->switcher()->chooseProfile(sandboxId));
    QCOMPARE(session->state(), ProfileSession::State::Ready);
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
    const QString id = addVainuProfile(*session, u"Keyless"_s, {});
    QVERIFY(!id.isEmpty());
    QVERIFY(session->switcher()->chooseProfile(id));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ProfileSession::State::NoKey, 20000);
    SetupBanner* banner = session->keyBanner();
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), u"No API key is saved for the profile \"Keyless\" yet."_s);
    QCOMPARE(profileLabel(session->window()), u"Profile: Keyless"_s);

    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    SettingsDialog* dialog = session->settingsDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->currentProfileId(), id);

    // Saving a key there reconnects the window at once.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isKeyBusy(), 20000);
    QTest::keyClicks(dialog->findChild<ApiKeyEdit*>(u"apiKeyEdit"_s), m_key);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ProfileSession::State::Ready, 20000);
    QVERIFY(!banner->isVisible());
    QCOMPARE(session->window()->client()->connection().apiKey, m_key);
    session->vault()->remove(id, nullptr, {});
}

void TestSettingsSession::deletingTheActiveProfileSwitchesAndForgetsTheKey()
{
    auto session = startSession();
    QVERIFY(session);
    const QString id = addVainuProfile(*session, u"Short-lived"_s, m_key);
    QVERIFY(!id.isEmpty());
    QVERIFY(session->switcher()->chooseProfile(id));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ProfileSession::State::Ready, 20000);

    SettingsDialog* dialog = session->openSettings();
    QCOMPARE(dialog->currentProfileId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isKeyBusy(), 20000);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::mouseClick(dialog->findChild<QToolButton*>(u"removeButton"_s), Qt::LeftButton);
    QVERIFY(!session->store()->profile(id));
    QCOMPARE(session->window()->profileName(), u"Sandbox"_s);
    QCOMPARE(session->state(), ProfileSession::State::Ready);

    // The keychain runs its jobs in order, so this read comes after the dialog's remove.
    std::optional<VaultResult::Status> status;
    session->vault()->read(id, session.get(), [&](const VaultResult& result) { status = result.status; });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 20000);
    QCOMPARE(*status, VaultResult::Status::NotFound);
}

QTEST_MAIN(TestSettingsSession)
#include "tst_settingssession.moc"
