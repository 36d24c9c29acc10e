// Not a test: renders the settings dialog and the first-run window in their states to PNG files, so a
// person can look at them. Run under Xvfb (DISPLAY set) inside scripts/with-keyring.sh:
//   settings_screenshots OUTDIR             first run, empty key, key shown, test success, 401
//   settings_screenshots OUTDIR nokeychain  (with DBUS_SESSION_BUS_ADDRESS leading nowhere)
//   settings_screenshots OUTDIR nokey       a Vainu profile with no key: Webhooks, Customer data, Live events
//   settings_screenshots OUTDIR sandboxfailed  the built-in sandbox cannot start (its state file is not JSON)
//   settings_screenshots OUTDIR receiver   a Vainu account: Settings > Receiver (plain, a port in use), and the
//                                          Live events empty state before and after a public URL is set
#include "ApiTestSupport.h"
#include "KeychainTestSupport.h"
#include "SandboxFixture.h"
#include "core/ProfileStore.h"
#include "gui/AppWindow.h"
#include "gui/MainWindow.h"
#include "gui/customers/CustomersPage.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/ReceiverPanel.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/settings/ApiKeyEdit.h"
#include "gui/settings/ProfileSwitcher.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/SetupBanner.h"
#include "gui/webhooks/WebhooksPage.h"
#include "session/ReceiverService.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

bool shoot(QWidget* widget, const QString& path)
{
    QTest::qWait(300); // let the window system paint
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"VainuWebhooksShots"_s);
    QCoreApplication::setApplicationName(u"settings_screenshots"_s);
    const QString out = app.arguments().value(1, u"."_s);
    const bool noKeychain = app.arguments().value(2) == u"nokeychain"_s;
    const bool noKey = app.arguments().value(2) == u"nokey"_s;
    const bool sandboxFailed = app.arguments().value(2) == u"sandboxfailed"_s;
    const bool receiver = app.arguments().value(2) == u"receiver"_s;

    const QString key = u"vw-demo-key-4f1c9a2be7d34c1f"_s;
    SandboxOptions sandboxOptions;
    sandboxOptions.extraKeys.insert(key, u"maria.virtanen@example.com"_s);
    SandboxFixture sandbox;
    if (!sandbox.start(sandboxOptions))
        return 1;
    createWebhookFor(sandbox.connection(key), u"https://crm.example.com/vainu"_s);

    QTemporaryDir dir;
    AppSession::Options options;
    options.settingsFile = dir.filePath(u"settings.ini"_s);
    options.dataFolder = dir.filePath(u"data"_s);
    if (sandboxFailed) {
        options.sandbox.stateFile = dir.filePath(u"sandbox-state.json"_s);
        QFile broken(options.sandbox.stateFile);
        if (!broken.open(QIODevice::WriteOnly) || broken.write("{ this is not JSON") < 0)
            return 1;
    }
    AppWindow session(options);
    if (!session.start())
        return 1;
    MainWindow* window = session.window();
    window->resize(1100, 700);
    if (sandboxFailed) {
        auto* tabs = window->findChild<QTabWidget*>(u"pageTabs"_s);
        tabs->setCurrentWidget(window->webhooksPage());
        shoot(window, out + u"/sandbox-failed.png"_s);
        tabs->setCurrentWidget(window->customersPage()->parentWidget());
        shoot(window, out + u"/sandbox-failed-customers.png"_s);
        tabs->setCurrentWidget(window->liveEventsPage());
        shoot(window, out + u"/sandbox-failed-live.png"_s);
        return session.state() == AppSession::State::SandboxFailed ? 0 : 1;
    }
    QSignalSpy loaded(window->webhooksPage(), &WebhooksPage::loaded);
    loaded.wait(10000);

    if (noKey) {
        const QString id = KeychainTestSupport::addVainuProfile(*session.store(), u"Acme Oy"_s, sandbox.apiBaseUrl());
        if (id.isEmpty() || !session.switcher()->chooseProfile(id))
            return 1;
        QSignalSpy state(&session, &AppWindow::stateChanged);
        while (session.state() == AppSession::State::ReadingKey && state.wait(10000)) { }
        auto* tabs = window->findChild<QTabWidget*>(u"pageTabs"_s);
        tabs->setCurrentWidget(window->webhooksPage());
        shoot(window, out + u"/nokey.png"_s);
        tabs->setCurrentWidget(window->customersPage()->parentWidget());
        shoot(window, out + u"/nokey-customers.png"_s);
        tabs->setCurrentWidget(window->liveEventsPage());
        shoot(window, out + u"/nokey-live.png"_s);
        tabs->setCurrentWidget(window->webhooksPage());
        window->resize(680, 700);
        shoot(window, out + u"/nokey-680.png"_s);
        return session.state() == AppSession::State::NoKey ? 0 : 1;
    }

    if (receiver) {
        const QString id = KeychainTestSupport::addVainuProfile(*session.store(), u"Acme Oy"_s, sandbox.apiBaseUrl(),
                                                                session.vault(), key);
        KeychainTestSupport::writeKey(*session.vault(), id, u"q9V2-demo-receiver-secret-7Hk3"_s,
                                      SecretKind::ReceiverSecret);
        if (id.isEmpty() || !session.switcher()->chooseProfile(id))
            return 1;
        QSignalSpy state(&session, &AppWindow::stateChanged);
        while (session.state() != AppSession::State::Ready && state.wait(10000)) { }
        session.receiverService()->start();
        QTest::qWait(1000);
        auto* tabs = window->findChild<QTabWidget*>(u"pageTabs"_s);
        tabs->setCurrentWidget(window->liveEventsPage());
        shoot(window, out + u"/receiver-live-empty.png"_s);
        window->resize(680, 700);
        shoot(window, out + u"/receiver-live-empty-680.png"_s);
        window->resize(1100, 700);
        SettingsDialog* dialog = session.openSettings(id);
        dialog->showReceiverTab();
        if (!QTest::qWaitFor([dialog] { return !dialog->isKeyBusy(); }, 10000))
            return 1;
        QTest::qWait(500);
        shoot(dialog, out + u"/settings-receiver.png"_s);
        QTcpServer taken;
        taken.listen(QHostAddress::LocalHost, 0);
        dialog->findChild<QSpinBox*>(u"portSpin"_s)->setValue(taken.serverPort());
        dialog->findChild<QLineEdit*>(u"publicUrlEdit"_s)
            ->setText(u"https://acme-hooks.trycloudflare.com/vainu/webhook"_s);
        dialog->save();
        shoot(dialog, out + u"/settings-receiver-port-in-use.png"_s);
        dialog->revert();
        if (!QTest::qWaitFor([dialog] { return !dialog->isKeyBusy(); }, 10000))
            return 1;
        dialog->findChild<QLineEdit*>(u"publicUrlEdit"_s)
            ->setText(u"https://acme-hooks.trycloudflare.com/vainu/webhook"_s);
        dialog->save();
        dialog->close();
        QTest::qWait(500);
        shoot(window, out + u"/receiver-live-public-url.png"_s);
        // "Test the public URL" to an address that does not resolve here: the failed hop in the panel.
        auto* panel = window->liveEventsPage()->receiverPanel();
        QTest::mouseClick(panel->findChild<QPushButton*>(u"testPublicUrlButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([panel] { return panel->checkText().contains(u':'); }, 15000))
            return 1;
        QTest::qWait(300);
        shoot(window, out + u"/receiver-live-check-failed.png"_s);
        // "Subscribe this receiver" on a real account: the tunnel box (no agent runs here).
        QTest::mouseClick(panel->findChild<QPushButton*>(u"subscribeReceiverButton"_s), Qt::LeftButton);
        SubscribeReceiverDialog* subscribe = nullptr;
        if (!QTest::qWaitFor([&] { return (subscribe = window->findChild<SubscribeReceiverDialog*>()) != nullptr; },
                             5000))
            return 1;
        QTest::qWait(3000); // the agents' local APIs answer or time out
        shoot(subscribe, out + u"/subscribe-account.png"_s);
        subscribe->close();
        return 0;
    }

    if (!noKeychain)
        shoot(window, out + u"/first-run.png"_s);

    SettingsDialog* dialog = session.connectVainuAccount();
    auto* baseUrl = dialog->findChild<QLineEdit*>(u"baseUrlEdit"_s);
    auto* keyEdit = dialog->findChild<ApiKeyEdit*>(u"apiKeyEdit"_s);
    auto* test = dialog->findChild<QPushButton*>(u"testButton"_s);
    baseUrl->setText(sandbox.apiBaseUrl().toString());
    QSignalSpy tested(dialog, &SettingsDialog::testFinished);

    if (noKeychain) {
        keyEdit->setApiKey(key);
        QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
        saved.wait(30000);
        shoot(dialog, out + u"/settings-no-keychain.png"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"useButton"_s), Qt::LeftButton);
        dialog->close();
        QTest::qWait(1000);
        shoot(window, out + u"/window-no-keychain.png"_s);
        return 0;
    }

    shoot(dialog, out + u"/settings-empty-key.png"_s);
    QTest::keyClicks(keyEdit, key);
    keyEdit->setKeyShown(true);
    shoot(dialog, out + u"/settings-key-shown.png"_s);
    keyEdit->setKeyShown(false);
    QTest::mouseClick(test, Qt::LeftButton);
    tested.wait(10000);
    shoot(dialog, out + u"/settings-test-success.png"_s);
    keyEdit->setApiKey(u"vw-wrong-key"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    tested.wait(10000);
    shoot(dialog, out + u"/settings-test-401.png"_s);
    return 0;
}
