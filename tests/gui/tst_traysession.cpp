// Closing the window while the receiver runs: the app keeps receiving in the system tray (deliveries posted
// afterwards are stored in the real SQLite file), the tray icon's menu shows the window, the receiver's state
// and Quit; Quit stops the receiver and writes everything before it returns; with the preference "quit", or
// with the receiver stopped, closing quits; without a tray the window is minimised and says so once; and
// --minimized starts hidden with the receiver on. Real parts: AppWindow with its AppSession (QSettings in an
// INI file, the keychain inside scripts/with-keyring.sh, the built-in sandbox), the receiver on a free
// loopback port, the event store's file. The one seam is the tray's availability: the offscreen platform the
// tests run on has no tray, so the test says whether there is one (TrayNotifier::setAvailableForTesting).
#include "AppWindowTestSupport.h"
#include "KeychainTestSupport.h"
#include "SqliteTestSupport.h"
#include "cli/CommandLine.h"
#include "core/ProfileStore.h"
#include "gui/AppWindow.h"
#include "gui/MainWindow.h"
#include "gui/common/MessageBox.h"
#include "gui/live/TrayNotifier.h"
#include "gui/settings/SettingsDialog.h"
#include "receiver/WebhookReceiver.h"
#include "session/AppPreferences.h"
#include "session/ReceiverService.h"
#include "store/EventStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestTraySession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void closingKeepsReceivingInTheTray();
    void trayMenuShowsTheWindowAndTheReceiversState();
    void fileQuitWritesEverythingFirst();
    void theSystemsQuitQuitsFromTheTray();
    void closingWithTheQuitPreferenceStopsTheReceiver();
    void closingWithTheReceiverStoppedQuits();
    void withoutATrayClosingMinimisesAndSaysSoOnce();
    void minimizedStartsHiddenWithTheReceiverOn_data();
    void minimizedStartsHiddenWithTheReceiverOn();
    void minimizedIsAWindowOption();
    void startWithMySessionWritesTheAutostartEntry();
    void startWithMySessionSaysWhyItFailed();

private:
    AppSession::Options options() const;
    // The active profile's receiver on a free loopback port, so parallel tests never fight over 8787.
    void useFreeReceiverPort(bool vainuProfileWithoutAutostart = false);
    std::unique_ptr<AppWindow> startSession(AppWindow::StartMode mode = AppWindow::StartMode::Shown);
    // Posts one delivery to the running receiver; its HTTP status.
    static int post(ReceiverService* service, const QString& uniqueId);
    // How many events with this unique_id the database file holds, read with a connection of the test's own.
    static int storedEvents(const QString& databasePath, const QString& uniqueId);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTraySession::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_traysession"_s);
}

void TestTraySession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    MessageBox::clearShownMessages();
    TrayNotifier::setAvailableForTesting(true);
    useFreeReceiverPort();
}

void TestTraySession::cleanup()
{
    TrayNotifier::setAvailableForTesting(std::nullopt);
    MessageBox::presetAnswers({});
    m_dir.reset();
}

AppSession::Options TestTraySession::options() const
{
    return AppWindowTestSupport::options(m_dir->path());
}

void TestTraySession::useFreeReceiverPort(bool vainuProfileWithoutAutostart)
{
    ProfileStore store(options().settingsFile);
    store.ensureDefaults();
    Profile profile = *store.activeProfile();
    if (vainuProfileWithoutAutostart) {
        profile = store.vainuPreset();
        profile.name = u"Customer account"_s;
        profile.baseUrl = QUrl(u"http://127.0.0.1:9/api/v2/"_s); // never called: no key is saved
        profile.receiver.autostart = false;
        const ProfileStore::Result added = store.add(profile);
        QVERIFY(added.ok());
        profile = added.profile;
        QVERIFY(store.setActiveProfile(profile.id));
    }
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    profile.receiver.port = probe.serverPort();
    QVERIFY(store.update(profile).ok());
}

std::unique_ptr<AppWindow> TestTraySession::startSession(AppWindow::StartMode mode)
{
    return AppWindowTestSupport::start(options(), mode);
}

int TestTraySession::post(ReceiverService* service, const QString& uniqueId)
{
    QNetworkAccessManager network;
    QNetworkRequest request(service->receiver()->deliveryUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QByteArray body = u"{\"data\":{\"business_id\":\"25578642\",\"company_name\":\"Vainu. io Software Oy\","
                            "\"staff_number\":12},\"number_of_tries\":1,\"type\":\"company_change_webhook\","
                            "\"unique_id\":\"%1\"}"_s.arg(uniqueId)
                                .toUtf8();
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(20000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int TestTraySession::storedEvents(const QString& databasePath, const QString& uniqueId)
{
    const SqliteTestSupport::Database db(databasePath, true);
    bool ok = false;
    const int count
        = SqliteTestSupport::value(db.handle(), "SELECT count(*) FROM events WHERE unique_id = ?", {uniqueId})
              .toInt(&ok);
    return ok ? count : -1;
}

void TestTraySession::closingKeepsReceivingInTheTray()
{
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    MainWindow* window = session->window();
    QVERIFY(window->isVisible());
    TrayNotifier* tray = session->trayNotifier();
    QVERIFY(tray->icon());
    QVERIFY(tray->icon()->isVisible());

    QVERIFY(!window->close()); // refused: the app goes on in the tray
    QVERIFY(!window->isVisible());
    QVERIFY(!session->isQuitting());
    QVERIFY(!QGuiApplication::quitOnLastWindowClosed());
    QVERIFY(service->isListening());
    QVERIFY(tray->icon()->isVisible());
    // The first time, the tray says what happened and how to stop.
    QCOMPARE(tray->messagesShown(), 1);
    QVERIFY2(tray->lastMessage().contains(u"keeps receiving in the system tray"_s), qPrintable(tray->lastMessage()));

    // Deliveries keep arriving and are stored.
    QCOMPARE(post(service, u"after-close-1"_s), 200);
    QCOMPARE(storedEvents(service->store()->databasePath(), u"after-close-1"_s), 1);

    // The second time, no notice.
    tray->showWindow();
    QVERIFY(window->isVisible());
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());
    QCOMPARE(tray->messagesShown(), 1);

    // The tray's Quit ends it, everything written.
    QCOMPARE(post(service, u"after-close-2"_s), 200);
    const QString database = service->store()->databasePath();
    QAction* quit = session->trayMenu()->findChild<QAction*>(u"trayQuitAction"_s);
    QVERIFY(quit);
    quit->trigger();
    QVERIFY(session->isQuitting());
    QVERIFY(!service->isListening());
    QVERIFY(!service->store()->isOpen());
    QVERIFY(!tray->icon()->isVisible());
    QCOMPARE(storedEvents(database, u"after-close-2"_s), 1);
}

void TestTraySession::trayMenuShowsTheWindowAndTheReceiversState()
{
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    QMenu* menu = session->trayMenu();
    QVERIFY(menu);
    auto* show = menu->findChild<QAction*>(u"trayShowAction"_s);
    auto* state = menu->findChild<QAction*>(u"trayReceiverStateAction"_s);
    auto* quit = menu->findChild<QAction*>(u"trayQuitAction"_s);
    QVERIFY(show && state && quit);
    const QList<QAction*> actions = menu->actions();
    QCOMPARE(actions.indexOf(show), 0);
    QCOMPARE(actions.indexOf(state), 1);
    QCOMPARE(actions.last(), quit);
    const QString url = service->receiver()->localUrl().toString();
    QVERIFY(url.startsWith(u"http://127.0.0.1:"_s));
    QCOMPARE(state->text(), u"Receiving on %1"_s.arg(url));
    QVERIFY(!url.contains(u"secret"_s));

    MainWindow* window = session->window();
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());
    show->trigger();
    QVERIFY(window->isVisible());
    QVERIFY(!window->isMinimized());

    // Activating the icon (a click) shows the window too.
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());
    emit session->trayNotifier()->icon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(window->isVisible());

    service->stop();
    QCOMPARE(state->text(), u"Receiver stopped"_s);
    service->start();
    QTRY_COMPARE_WITH_TIMEOUT(state->text(), u"Receiving on %1"_s.arg(url), 20000);
}

void TestTraySession::fileQuitWritesEverythingFirst()
{
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    const QString database = service->store()->databasePath();
    QCOMPARE(post(service, u"before-quit"_s), 200);

    session->window()->quitAction()->trigger(); // File > Quit
    QVERIFY(session->isQuitting());
    QVERIFY(!session->window()->isVisible());
    QVERIFY(!service->isListening());
    QVERIFY(!service->store()->isOpen());
    QCOMPARE(storedEvents(database, u"before-quit"_s), 1);
    // Nothing left to answer: the receiver's port is closed.
    QCOMPARE(post(service, u"after-quit"_s), 0);
}

// The system's Quit (the macOS Dock's, the end of the session) reaches the app as QEvent::Quit: it quits the way
// File > Quit does, even while the app is in the tray.
void TestTraySession::theSystemsQuitQuitsFromTheTray()
{
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    QVERIFY(!session->window()->close());
    QCOMPARE(post(service, u"before-system-quit"_s), 200);
    const QString database = service->store()->databasePath();
    QEvent quit(QEvent::Quit);
    QVERIFY(QCoreApplication::sendEvent(QCoreApplication::instance(), &quit));
    QVERIFY(session->isQuitting());
    QVERIFY(!service->isListening());
    QVERIFY(!service->store()->isOpen());
    QCOMPARE(storedEvents(database, u"before-system-quit"_s), 1);
}

void TestTraySession::closingWithTheQuitPreferenceStopsTheReceiver()
{
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);

    // The user chooses "Quit" in the Settings dialog.
    SettingsDialog* dialog = session->openSettings();
    auto* combo = dialog->findChild<QComboBox*>(u"closeActionCombo"_s);
    QVERIFY(combo);
    QVERIFY(combo->isVisible());
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(combo->currentText(), u"Keep receiving in the tray"_s);
    combo->setCurrentIndex(1);
    QCOMPARE(combo->currentText(), u"Quit"_s);
    QCOMPARE(session->preferences()->closeAction(), AppPreferences::CloseAction::Quit);
    dialog->close();

    QVERIFY(session->window()->close());
    QVERIFY(session->isQuitting());
    QVERIFY(!service->isListening());
    QVERIFY(!service->store()->isOpen());
    QCOMPARE(session->trayNotifier()->messagesShown(), 0);

    // The choice is the app's, kept for the next start.
    QCOMPARE(AppPreferences(session->session()->settings()).closeAction(), AppPreferences::CloseAction::Quit);
}

void TestTraySession::closingWithTheReceiverStoppedQuits()
{
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    service->stop();
    QVERIFY(session->window()->close());
    QVERIFY(session->isQuitting());
    QVERIFY(!service->store()->isOpen());
    QCOMPARE(session->trayNotifier()->messagesShown(), 0);
}

void TestTraySession::withoutATrayClosingMinimisesAndSaysSoOnce()
{
    TrayNotifier::setAvailableForTesting(false);
    auto session = startSession();
    QVERIFY(session);
    QVERIFY(!session->trayMenu());
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    MainWindow* window = session->window();

    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QVERIFY(!window->close());
    QVERIFY(window->isVisible()); // never an invisible app nobody can quit
    QVERIFY(window->isMinimized());
    QVERIFY(!session->isQuitting());
    QCOMPARE(MessageBox::shownMessages().size(), 1);
    QVERIFY2(MessageBox::shownMessages().first().text.contains(u"no system tray"_s),
             qPrintable(MessageBox::shownMessages().first().text));
    QCOMPARE(post(service, u"while-minimised"_s), 200);
    QCOMPARE(storedEvents(service->store()->databasePath(), u"while-minimised"_s), 1);

    // Once only.
    window->showNormal();
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QVERIFY(!window->close());
    QVERIFY(window->isMinimized());
    QCOMPARE(MessageBox::shownMessages().size(), 1);
    QVERIFY(MessageBox::hasPresetAnswers()); // no box took it

    session->window()->quitAction()->trigger();
    QVERIFY(session->isQuitting());
    QVERIFY(!service->isListening());
}

void TestTraySession::minimizedStartsHiddenWithTheReceiverOn_data()
{
    QTest::addColumn<bool>("trayAvailable");
    QTest::newRow("in the tray") << true;
    QTest::newRow("no tray: minimised") << false;
}

void TestTraySession::minimizedStartsHiddenWithTheReceiverOn()
{
    QFETCH(bool, trayAvailable);
    TrayNotifier::setAvailableForTesting(trayAvailable);
    // A Vainu profile whose receiver does not start by itself, and with no key: --minimized starts it anyway.
    useFreeReceiverPort(true);
    auto session = startSession(AppWindow::StartMode::Minimized);
    QVERIFY(session);
    QCOMPARE(session->session()->activeProfile().kind, Profile::Kind::Vainu);
    QVERIFY(!session->session()->activeProfile().receiver.autostart);
    ReceiverService* service = session->receiverService();
    QTRY_VERIFY_WITH_TIMEOUT(service->isListening(), 20000);
    MainWindow* window = session->window();
    if (trayAvailable) {
        QVERIFY(!window->isVisible());
        QVERIFY(session->trayNotifier()->icon()->isVisible());
    } else {
        QVERIFY(window->isVisible());
        QVERIFY(window->isMinimized());
    }
    QCOMPARE(post(service, u"started-minimized"_s), 200);
    QCOMPARE(storedEvents(service->store()->databasePath(), u"started-minimized"_s), 1);
}

void TestTraySession::minimizedIsAWindowOption()
{
    QByteArray program = "vainu-webhooks";
    QByteArray option = "--minimized";
    char* argv[] = {program.data(), option.data(), nullptr};
    QVERIFY(!CommandLine::wantsCommandLine(2, argv)); // the window, not a command or a usage error
    QVERIFY(CommandLine::wantsMinimized(2, argv));
    QVERIFY(!CommandLine::wantsMinimized(1, argv));
    QVERIFY(CommandLine::usage().contains(u"--minimized"_s));
}

void TestTraySession::startWithMySessionWritesTheAutostartEntry()
{
    // The real XDG path, under a temporary $XDG_CONFIG_HOME.
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    auto restore = qScopeGuard([&] { qputenv("XDG_CONFIG_HOME", previous); });
    SessionAutostart::Options autostart;
    autostart.platform = SessionAutostart::Platform::Xdg;

    auto session = startSession();
    QVERIFY(session);
    session->setAutostart(SessionAutostart(autostart));
    SettingsDialog* dialog = session->openSettings();
    auto* check = dialog->findChild<QCheckBox*>(u"startWithSessionCheck"_s);
    QVERIFY(check);
    QVERIFY(check->isVisible());
    QVERIFY(!check->isChecked()); // off by default
    const QString entry = config.filePath(u"autostart/vainu-webhooks.desktop"_s);

    check->click();
    QVERIFY(check->isChecked());
    QVERIFY(QFile::exists(entry));
    QFile file(entry);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"X-GNOME-Autostart-enabled=true"_s));
    QVERIFY(text.contains(u"Exec=\"%1\" --minimized"_s.arg(QCoreApplication::applicationFilePath())));

    // The dialog opened again shows it on; unticked, the entry goes.
    dialog->close();
    QTRY_VERIFY(!session->settingsDialog());
    dialog = session->openSettings();
    check = dialog->findChild<QCheckBox*>(u"startWithSessionCheck"_s);
    QVERIFY(check->isChecked());
    check->click();
    QVERIFY(!check->isChecked());
    QVERIFY(!QFile::exists(entry));
    QVERIFY(dialog->findChild<QLabel*>(u"autostartMessageLabel"_s)->isHidden());
}

void TestTraySession::startWithMySessionSaysWhyItFailed()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString blocked = folder.filePath(u"config"_s); // a file where the folder should be
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    SessionAutostart::Options autostart;
    autostart.platform = SessionAutostart::Platform::Xdg;
    autostart.configHome = blocked;

    auto session = startSession();
    QVERIFY(session);
    session->setAutostart(SessionAutostart(autostart));
    SettingsDialog* dialog = session->openSettings();
    auto* check = dialog->findChild<QCheckBox*>(u"startWithSessionCheck"_s);
    check->click();
    QVERIFY(!check->isChecked()); // what is really set up
    auto* message = dialog->findChild<QLabel*>(u"autostartMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QDir::toNativeSeparators(blocked)), qPrintable(message->text()));
}

QTEST_MAIN(TestTraySession)
#include "tst_traysession.moc"
