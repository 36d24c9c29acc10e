#include "gui/AppWindow.h"

#include "core/AppInfo.h"
#include "core/ProfileStore.h"
#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageNotice.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/TrayNotifier.h"
#include "gui/settings/ProfileSwitcher.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/SetupBanner.h"
#include "receiver/WebhookReceiver.h"
#include "session/ReceiverService.h"
#include "session/SandboxControl.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>

using namespace Qt::StringLiterals;

AppWindow::AppWindow(AppSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_preferences(session->settings())
{ }

AppWindow::AppWindow(Options options, QObject* parent)
    : QObject(parent)
    , m_ownSession(std::make_unique<AppSession>(std::move(options)))
    , m_session(m_ownSession.get())
    , m_preferences(m_session->settings())
{ }

AppWindow::~AppWindow()
{
    if (m_settings)
        delete m_settings.data();
    if (m_tray)
        m_tray->hideIcon();
    // An own session stops its receiver after this: its state changes no longer reach the menu.
    disconnect(m_session->receiverService(), nullptr, this, nullptr);
    m_trayState = nullptr;
    m_window.reset();
    m_trayMenu.reset();
}

ProfileStore* AppWindow::store() const
{
    return m_session->profiles();
}

TokenVault* AppWindow::vault() const
{
    return m_session->vault();
}

ReceiverService* AppWindow::receiverService() const
{
    return m_session->receiverService();
}

bool AppWindow::start(QString* error, StartMode mode)
{
    createWindow();
    connect(m_session, &AppSession::activating, this, &AppWindow::onActivating);
    connect(m_session, &AppSession::connected, this, &AppWindow::onConnected);
    connect(m_session, &AppSession::keyMissing, this, &AppWindow::onKeyMissing);
    connect(m_session, &AppSession::sandboxFailed, this, &AppWindow::onSandboxFailed);
    connect(m_session, &AppSession::stateChanged, this, &AppWindow::onStateChanged);
    connect(m_session, &AppSession::welcomeChanged, this, &AppWindow::updateWelcomeBanner);
    connect(m_session, &AppSession::sandboxConnectionChanged, this, [this](const ApiConnection& connection) {
        if (m_settings)
            m_settings->setSandboxConnection(connection);
    });
    if (!m_session->start(error))
        return false;
    // Closing the window does not always quit (it may keep receiving in the tray): quit() decides.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    createTray();
    if (mode == StartMode::Minimized) {
        m_session->receiverService()->start();
        if (m_trayMenu == nullptr)
            m_window->showMinimized(); // nothing else to bring it back from
    } else {
        m_window->show();
    }
    return true;
}

void AppWindow::createTray()
{
    m_tray = TrayNotifier::forWindow(m_window.get());
    // The window's close, and the application's Quit from the system (the macOS Dock, the end of the session).
    qApp->installEventFilter(this);
    connect(m_window.get(), &MainWindow::quitRequested, this, &AppWindow::quit);
    if (!TrayNotifier::isAvailable())
        return;
    m_trayMenu = std::make_unique<QMenu>();
    m_trayMenu->setObjectName(u"trayMenu"_s);
    QAction* show = m_trayMenu->addAction(tr("&Show Vainu Webhooks"), m_tray, &TrayNotifier::showWindow);
    show->setObjectName(u"trayShowAction"_s);
    m_trayState = m_trayMenu->addAction(QString());
    m_trayState->setObjectName(u"trayReceiverStateAction"_s);
    m_trayState->setEnabled(false); // a line of information, not a command
    m_trayMenu->addSeparator();
    QAction* quitAction
        = m_trayMenu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this, &AppWindow::quit);
    quitAction->setObjectName(u"trayQuitAction"_s);
    connect(m_session->receiverService(), &ReceiverService::changed, this, &AppWindow::updateTrayMenu);
    updateTrayMenu();
    m_tray->showIcon(m_trayMenu.get());
}

void AppWindow::updateTrayMenu()
{
    if (!m_trayState)
        return;
    const ReceiverService* service = m_session->receiverService();
    const QString state = service->isListening() ? tr("Receiving on %1").arg(service->receiver()->localUrl().toString())
                                                 : tr("Receiver stopped");
    m_trayState->setText(state);
    if (QSystemTrayIcon* icon = m_tray->icon())
        icon->setToolTip(u"%1\n%2"_s.arg(AppInfo::name(), state));
}

bool AppWindow::keepsRunningOnClose() const
{
    return !m_quitting && m_session->receiverService()->isListening()
        && m_preferences.closeAction() == AppPreferences::CloseAction::KeepReceiving;
}

bool AppWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Quit && watched == QCoreApplication::instance() && !m_quitting) {
        // Qt would close every window, which would only hide this one: quit the way File > Quit does.
        quit();
        return true;
    }
    if (watched != m_window.get() || event->type() != QEvent::Close || m_quitting)
        return QObject::eventFilter(watched, event);
    if (keepsRunningOnClose()) {
        event->ignore();
        keepRunningInBackground();
        return true;
    }
    // The receiver is not running, or the user wants closing to quit: the window closes and the app quits, the
    // store written first.
    m_quitting = true;
    shutDown();
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    return false;
}

void AppWindow::keepRunningInBackground()
{
    const bool tray = m_trayMenu != nullptr;
    const bool tell = !m_preferences.closeNoticeShown();
    if (tell)
        m_preferences.setCloseNoticeShown();
    if (tray) {
        m_window->hide();
        if (tell) {
            m_tray->showMessage(tr("Still receiving"),
                                tr("Vainu Webhooks keeps receiving in the system tray. To stop it, choose Quit in "
                                   "the tray icon's menu. File > Settings changes what closing the window does."));
        }
        return;
    }
    // No tray to come back from: a hidden window could be neither shown nor quit.
    if (tell) {
        MessageBox::notice(m_window.get(), tr("Still receiving"),
                           tr("This desktop has no system tray, so the window is minimised instead of closed "
                              "and the receiver keeps running. To stop it, choose File > Quit."),
                           tr("File > Settings changes what closing the window does."));
    }
    m_window->showMinimized();
}

void AppWindow::shutDown()
{
    if (m_settings)
        m_settings->close();
    // The receiver stops (no connection open afterwards), then the store writes everything queued and closes.
    m_session->receiverService()->shutDown();
    if (m_tray)
        m_tray->hideIcon();
}

void AppWindow::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    shutDown();
    m_window->close();
    // Queued: a quit requested from inside an event handler must not find the window still closing.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}

void AppWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_window->liveEventsPage()->setService(m_session->receiverService());
    m_window->liveEventsPage()->setCatchUpService(m_session->catchUpService());
    m_window->liveEventsPage()->setPreferences(&m_preferences);
    m_window->liveEventsPage()->setForwardService(m_session->forwardService());
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(); });
    connect(m_window->liveEventsPage(), &LiveEventsPage::receiverSettingsRequested, this,
            [this] { openSettings()->showReceiverTab(); });
    connect(m_window.get(), &MainWindow::unavailableActionRequested, this, &AppWindow::onUnavailableAction);
    connect(m_window.get(), &MainWindow::currentPageChanged, this, &AppWindow::updateUnavailableBanner);

    auto* toolBar = new QToolBar(tr("Profile"), m_window.get());
    toolBar->setObjectName(u"profileToolBar"_s);
    toolBar->setMovable(false);
    auto* label = new QLabel(tr("Profile:"), toolBar);
    label->setContentsMargins(4, 0, 4, 0);
    m_switcher = new ProfileSwitcher(m_session->profiles(), toolBar);
    label->setBuddy(m_switcher);
    toolBar->addWidget(label);
    toolBar->addWidget(m_switcher);
    m_window->addToolBar(Qt::TopToolBarArea, toolBar);

    m_keyBanner = new SetupBanner(m_window.get());
    m_keyBanner->setObjectName(u"keyBanner"_s);
    connect(m_keyBanner, &SetupBanner::actionTriggered, this, &AppWindow::onUnavailableAction);
    connect(m_keyBanner, &SetupBanner::dismissed, this, [this] { m_unavailableNotice.clear(); }); // stays closed
    m_welcomeBanner = new SetupBanner(m_window.get());
    m_welcomeBanner->setObjectName(u"welcomeBanner"_s);
    connect(m_welcomeBanner, &SetupBanner::actionTriggered, this, &AppWindow::connectVainuAccount);
    connect(m_welcomeBanner, &SetupBanner::dismissed, m_session, &AppSession::dismissWelcome);
    // The banners sit above the pages.
    if (auto* layout = qobject_cast<QBoxLayout*>(m_window->centralWidget()->layout())) {
        layout->insertWidget(0, m_keyBanner);
        layout->insertWidget(0, m_welcomeBanner);
    }
    updateWelcomeBanner();
    createSandboxMenu();
}

void AppWindow::createSandboxMenu()
{
    m_sandboxMenu = new QMenu(tr("&Sandbox"), m_window.get());
    m_sandboxMenu->setObjectName(u"sandboxMenu"_s);
    m_resetSandbox = m_sandboxMenu->addAction(tr("&Reset the sandbox…"), this, &AppWindow::resetSandbox);
    m_resetSandbox->setObjectName(u"resetSandboxAction"_s);
    m_resetSandbox->setToolTip(tr("Start the built-in sandbox over with its demo data"));
    // Before the Help menu, when there is one.
    QMenuBar* bar = m_window->menuBar();
    const QList<QAction*> menus = bar->actions();
    bar->insertMenu(menus.isEmpty() ? nullptr : menus.last(), m_sandboxMenu);
    SandboxControl* control = m_session->receiverService()->sandboxControl();
    connect(control, &SandboxControl::done, this, [this](const QString& route) {
        if (route != u"reset/")
            return;
        m_window->statusBar()->showMessage(tr("The sandbox started over with its demo data."), 10000);
        if (m_session->state() == State::Ready)
            m_window->setConnection(m_session->activeProfile().name, m_session->connection()); // reload the pages
    });
    // A failure reaches the status bar through the Live events page, which shows every sandbox control's outcome.
    updateSandboxMenu();
}

void AppWindow::updateSandboxMenu()
{
    if (!m_sandboxMenu)
        return;
    const bool sandbox = m_session->activeProfile().kind == Profile::Kind::Sandbox;
    m_sandboxMenu->menuAction()->setVisible(sandbox);
    m_resetSandbox->setEnabled(sandbox && m_session->state() == State::Ready);
}

void AppWindow::resetSandbox()
{
    if (m_session->activeProfile().kind != Profile::Kind::Sandbox || m_session->state() != State::Ready)
        return;
    const auto answer = MessageBox::confirm(
        m_window.get(), tr("Reset the sandbox?"),
        tr("The built-in sandbox goes back to its demo data: the customer data you imported, the company lists and "
           "the webhooks you made on it are deleted. The events you received stay in Live events."),
        {}, tr("Reset"));
    if (answer != MessageBox::Answer::Accept)
        return;
    m_session->receiverService()->sandboxControl()->reset();
}

SettingsDialog* AppWindow::settingsDialog() const
{
    return m_settings.data();
}

void AppWindow::onActivating(const Profile& profile)
{
    updateSandboxMenu();
    m_keyBanner->hide();
    m_unavailableNotice.clear();
    if (profile.kind == Profile::Kind::Vainu)
        m_window->statusBar()->showMessage(tr("Reading the key for \"%1\" from the keychain…").arg(profile.name));
    else
        m_window->statusBar()->clearMessage();
    // While the key is on its way the pages would show the previous profile's data: disable them.
    m_window->centralWidget()->setEnabled(profile.kind != Profile::Kind::Vainu);
}

void AppWindow::onConnected(const Profile& profile, const ApiConnection& connection)
{
    m_window->centralWidget()->setEnabled(true);
    m_window->statusBar()->clearMessage();
    m_window->setConnection(profile.name, connection);
    if (!m_session->keyWarning().isEmpty())
        m_keyBanner->showMessage(m_session->keyWarning(), tr("Settings…"));
}

void AppWindow::onKeyMissing(const Profile& profile, State state)
{
    m_window->centralWidget()->setEnabled(true);
    m_window->statusBar()->clearMessage();
    QString title;
    QString text;
    if (state == State::NoKey) {
        title = tr("No API key yet");
        text = tr("Nothing is loaded from Vainu for the profile \"%1\" until its API key is saved. Enter the "
                  "key of your Vainu account: this page loads as soon as you save it.")
                   .arg(profile.name);
        m_unavailableNotice = tr("No API key is saved for the profile \"%1\" yet.").arg(profile.name);
    } else {
        title = tr("The API key could not be read");
        text = m_session->keyProblem();
        m_unavailableNotice = text;
    }
    // Without a key every call would only earn a 401: the window sends none and says what to do instead.
    m_window->setKeyMissing(profile.name, profile.baseUrl, title, text);
    m_unavailableAction = tr("Enter the key…");
    updateUnavailableBanner();
}

void AppWindow::onSandboxFailed(const Profile& profile, const QString& reason)
{
    m_window->centralWidget()->setEnabled(true);
    m_window->statusBar()->clearMessage();
    // No address to call: the pages send nothing and say why, and Retry starts the sandbox again. The Live
    // events page's receiver is local and keeps working; only its sandbox controls go with the sandbox.
    PageNotice notice;
    notice.icon = Icons::own(u"dialog-error"_s);
    notice.title = tr("The built-in sandbox could not start");
    notice.text = tr("%1\n\nNothing is loaded for the profile \"%2\" until the sandbox runs. Fix the cause and "
                     "press Retry, or choose another profile in the Profile list above.")
                      .arg(reason, profile.name);
    notice.actionText = tr("Retry");
    notice.actionName = u"RetrySandbox"_s;
    m_window->setUnavailable(profile.name, {}, tr("Sandbox not running"), notice);
    m_unavailableNotice = tr("The built-in sandbox could not start: %1").arg(reason);
    m_unavailableAction = tr("Retry");
    updateUnavailableBanner();
}

void AppWindow::onStateChanged(State state)
{
    updateSandboxMenu();
    emit stateChanged(state);
}

void AppWindow::updateUnavailableBanner()
{
    if (!m_window->isUnavailable() || m_unavailableNotice.isEmpty())
        return;
    // One notice per page: Webhooks and Customer data say it in place of their tables, Live events needs the banner.
    if (m_window->currentPageShowsUnavailable())
        m_keyBanner->hide();
    else
        m_keyBanner->showMessage(m_unavailableNotice, m_unavailableAction);
}

void AppWindow::onUnavailableAction()
{
    if (m_session->state() == State::SandboxFailed)
        retrySandbox();
    else
        openKeySettings();
}

void AppWindow::retrySandbox()
{
    if (m_session->state() != State::SandboxFailed)
        return;
    m_session->retrySandbox();
    // The same notice again would look as if the button did nothing.
    if (m_session->state() == State::SandboxFailed)
        m_window->statusBar()->showMessage(tr("Tried again: the built-in sandbox still could not start."), 10000);
}

SettingsDialog* AppWindow::openSettings(const QString& profileId)
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_session->profiles(), m_session->vault(), m_window.get());
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        m_settings->setSandboxConnection(m_session->sandboxConnection());
        m_settings->setAppSettings(&m_preferences, m_autostart);
        m_settings->setSecretRotation(m_session->receiverService(), [window = QPointer<MainWindow>(m_window.get())] {
            return window ? window->liveEventsPage()->subscription() : nullptr;
        });
    }
    m_settings->selectProfile(profileId.isEmpty() ? m_session->profiles()->activeProfileId() : profileId);
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
    return m_settings;
}

SettingsDialog* AppWindow::openKeySettings()
{
    SettingsDialog* dialog = openSettings();
    dialog->focusApiKey();
    return dialog;
}

SettingsDialog* AppWindow::connectVainuAccount()
{
    SettingsDialog* dialog = openSettings();
    dialog->startNewProfile(Profile::Kind::Vainu);
    return dialog;
}

void AppWindow::updateWelcomeBanner()
{
    if (!m_welcomeBanner)
        return;
    if (!m_session->wantsWelcome()) {
        m_welcomeBanner->hide();
        return;
    }
    m_welcomeBanner->showMessage(
        tr("Welcome! You are using the built-in sandbox: a stand-in for Vainu on this computer, with demo data, so "
           "every feature works right away. When you are ready, connect your own Vainu account."),
        tr("Connect your Vainu account…"));
}
