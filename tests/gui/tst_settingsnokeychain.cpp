// The settings flow with no usable keychain: this test runs with a session bus address that leads
// nowhere (set in CMake), which QtKeychain reports as OtherError. The app must say so plainly, keep
// the key in memory for the session, and write it nowhere.
#include "KeychainTestSupport.h"
#include "SandboxFixture.h"
#include "api/VainuClient.h"
#include "core/ProfileStore.h"
#include "gui/AppWindow.h"
#include "gui/MainWindow.h"
#include "gui/common/EmptyState.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/settings/ApiKeyEdit.h"
#include "gui/settings/ProfileSwitcher.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/SetupBanner.h"
#include "gui/webhooks/WebhooksPage.h"
#include "secrets/TokenVault.h"

#include <QDirIterator>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString unavailable = u"No system keychain is available: "_s;
const QString sessionOnly = u". The key will be used for this session only."_s;
} // namespace

class TestSettingsNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogExplainsAndKeepsTheKeyForTheSession();
    void sessionExplainsThenUsesTheSessionKey();

private:
    QString addVainuProfile(ProfileStore& store);
    bool foundOnDisk(const QString& needle) const;

    SandboxFixture m_sandbox;
    QTemporaryDir m_dir;
};

void TestSettingsNoKeychain::initTestCase()
{
    QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"vw-no-such-bus"_s),
             "this test must run without a session bus (see tests/gui/CMakeLists.txt)");
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_settingsnokeychain"_s);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_sandbox.start());
}

QString TestSettingsNoKeychain::addVainuProfile(ProfileStore& store)
{
    return KeychainTestSupport::addVainuProfile(store, store.vainuPreset().name, m_sandbox.apiBaseUrl());
}

bool TestSettingsNoKeychain::foundOnDisk(const QString& needle) const
{
    for (const QString& root : {m_dir.path(), qEnvironmentVariable("XDG_CONFIG_HOME")}) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
                return true;
        }
    }
    return false;
}

void TestSettingsNoKeychain::dialogExplainsAndKeepsTheKeyForTheSession()
{
    ProfileStore store(m_dir.filePath(u"dialog.ini"_s));
    store.ensureDefaults();
    const QString id = addVainuProfile(store);
    QVERIFY(!id.isEmpty());
    TokenVault vault;
    SettingsDialog dialog(&store, &vault);
    dialog.show();
    QSignalSpy read(&dialog, &SettingsDialog::keyReadFinished);
    QVERIFY(dialog.selectProfile(id));
    QVERIFY(read.wait(30000));
    auto* status = dialog.findChild<QLabel*>(u"keyStatusLabel"_s);
    QVERIFY2(status->text().startsWith(unavailable), qPrintable(status->text()));
    QVERIFY2(status->text().endsWith(u"Enter the key again; it will be used for this session only."_s),
             qPrintable(status->text()));

    const QString key = m_sandbox.demoConnection().apiKey;
    QTest::keyClicks(dialog.findChild<ApiKeyEdit*>(u"apiKeyEdit"_s), key);
    QSignalSpy saved(&dialog, &SettingsDialog::saveFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(saved.wait(30000));
    QCOMPARE(saved.first().at(1).toBool(), true); // kept, for the session
    QVERIFY2(status->text().startsWith(unavailable), qPrintable(status->text()));
    QVERIFY2(status->text().endsWith(sessionOnly), qPrintable(status->text()));
    QVERIFY(vault.isSessionOnly(id, SecretKind::ApiKey));
    QVERIFY(!dialog.hasUnsavedChanges());
    QVERIFY(!foundOnDisk(key));
}

void TestSettingsNoKeychain::sessionExplainsThenUsesTheSessionKey()
{
    AppSession::Options options;
    options.settingsFile = m_dir.filePath(u"session.ini"_s);
    options.dataFolder = m_dir.filePath(u"data"_s);
    QString id;
    {
        ProfileStore store(options.settingsFile);
        store.ensureDefaults();
        id = addVainuProfile(store);
        QVERIFY(store.setActiveProfile(id));
    }
    AppWindow session(options);
    QVERIFY(session.start());
    auto* tabs = session.window()->findChild<QTabWidget*>(u"pageTabs"_s);
    tabs->setCurrentWidget(session.window()->webhooksPage());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), AppSession::State::KeyUnreadable, 30000);
    QVERIFY(session.window()->centralWidget()->isEnabled());
    // No key to send: the Webhooks page says why in place of its table, and asks Vainu nothing.
    QVERIFY(session.window()->webhooksPage()->isUnavailable());
    auto* notice = session.window()->webhooksPage()->findChild<EmptyState*>(u"webhooksUnavailableState"_s);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->accessibleName(), u"The API key could not be read"_s);
    QVERIFY2(notice->accessibleDescription().startsWith(unavailable), qPrintable(notice->accessibleDescription()));
    SetupBanner* banner = session.keyBanner();
    QVERIFY(!banner->isVisible());
    // Live events has no such notice: the window's banner says it there.
    tabs->setCurrentWidget(session.window()->liveEventsPage());
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(unavailable), qPrintable(banner->text()));

    QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
    SettingsDialog* dialog = session.settingsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isKeyBusy(), 30000);
    const QString key = m_sandbox.demoConnection().apiKey;
    QTest::keyClicks(dialog->findChild<ApiKeyEdit*>(u"apiKeyEdit"_s), key);
    QSignalSpy loaded(session.window()->webhooksPage(), &WebhooksPage::loaded);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), AppSession::State::Ready, 30000);
    QCOMPARE(session.window()->client()->connection().apiKey, key);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    // Still honest about where the key lives.
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"session only"_s), qPrintable(banner->text()));
    QVERIFY(!foundOnDisk(key));
}

QTEST_MAIN(TestSettingsNoKeychain)
#include "tst_settingsnokeychain.moc"
