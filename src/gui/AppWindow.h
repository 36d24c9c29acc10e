#pragma once

#include "api/ApiConnection.h"
#include "core/Profile.h"
#include "session/AppPreferences.h"
#include "session/AppSession.h"
#include "session/SessionAutostart.h"

#include <QObject>
#include <QPointer>

#include <memory>

class MainWindow;
class QAction;
class QMenu;
class ProfileStore;
class ProfileSwitcher;
class ReceiverService;
class SettingsDialog;
class SetupBanner;
class TokenVault;
class TrayNotifier;

// The window side of an AppSession: creates the main window with its profile switcher and banners,
// and shows what the session decides (connected, no key, key unreadable, sandbox down). It makes no
// decision of its own: choosing the server, reading keys and running the sandbox and the receiver are
// AppSession's. The settings dialog opens from here, never modal.
//
// It also decides what closing the window means: while the receiver runs (and the preference says so) the
// app keeps receiving in the system tray, whose icon's menu shows the window, the receiver's state and Quit;
// without a tray the window is minimised instead. Quit (File > Quit, the tray's Quit) stops the receiver and
// closes the store, everything queued written, before the application is asked to quit.
class AppWindow : public QObject
{
    Q_OBJECT
public:
    using State = AppSession::State;
    using Options = AppSession::Options;

    // Shows the window of an existing session (the app's), or of a session of its own made from `options`.
    explicit AppWindow(AppSession* session, QObject* parent = nullptr);
    explicit AppWindow(Options options = {}, QObject* parent = nullptr);
    ~AppWindow() override; // closes the window before the session it shows goes

    enum class StartMode
    {
        Shown,
        // --minimized: hidden in the tray (minimised where there is none), the receiver started whatever the
        // profile's receiver autostart says.
        Minimized,
    };

    // Starts the session and shows the window. False, with a sentence in `error`, only if nothing can be shown.
    bool start(QString* error = nullptr, StartMode mode = StartMode::Shown);

    // Stops the receiver, closes the store once everything queued is written, closes the window, then asks the
    // application to quit. Everything is written when it returns.
    void quit();
    bool isQuitting() const { return m_quitting; }
    // The tray icon's menu (null where there is no tray): Show Vainu Webhooks, the receiver's state, Quit.
    QMenu* trayMenu() const { return m_trayMenu.get(); }
    TrayNotifier* trayNotifier() const { return m_tray; }
    AppPreferences* preferences() { return &m_preferences; }
    // Where "Start with my session" writes its entry (tests point it at temporary folders).
    void setAutostart(const SessionAutostart& autostart) { m_autostart = autostart; }

    AppSession* session() const { return m_session; }
    MainWindow* window() const { return m_window.get(); }
    ProfileStore* store() const;
    TokenVault* vault() const;
    ReceiverService* receiverService() const;
    ProfileSwitcher* switcher() const { return m_switcher; }
    SetupBanner* welcomeBanner() const { return m_welcomeBanner; }
    SetupBanner* keyBanner() const { return m_keyBanner; }
    SettingsDialog* settingsDialog() const; // the open dialog, or null
    State state() const { return m_session->state(); }
    bool isFirstRun() const { return m_session->isFirstRun(); }
    ApiConnection sandboxConnection() const { return m_session->sandboxConnection(); }

    // Opens the settings dialog (never modal) at this profile (empty: the active one).
    SettingsDialog* openSettings(const QString& profileId = {});
    // The first run's "Connect your Vainu account": the settings dialog with a new Vainu profile.
    SettingsDialog* connectVainuAccount();
    // "Enter the key…" (the key banner, the pages' no-key notice): the settings dialog at the active
    // profile, the cursor in its key field.
    SettingsDialog* openKeySettings();
    // "Retry" while the built-in sandbox is down: starts it again; says so when it still does not run.
    void retrySandbox();
    // Sandbox > Reset the sandbox…: after a confirmation, the sandbox goes back to its demo data (the imports,
    // lists and webhooks made on it are gone; received events stay) and the pages reload.
    void resetSandbox();
    QAction* resetSandboxAction() const { return m_resetSandbox; }

signals:
    void stateChanged(AppSession::State state);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createTray();
    void updateTrayMenu();
    bool keepsRunningOnClose() const;
    void keepRunningInBackground();
    void shutDown();
    void createWindow();
    void onActivating(const Profile& profile);
    void onConnected(const Profile& profile, const ApiConnection& connection);
    void onKeyMissing(const Profile& profile, State state);
    void onSandboxFailed(const Profile& profile, const QString& reason);
    void onStateChanged(State state);
    void updateUnavailableBanner();
    void onUnavailableAction();
    void updateWelcomeBanner();
    void createSandboxMenu();
    void updateSandboxMenu();

    std::unique_ptr<AppSession> m_ownSession; // when made from options
    AppSession* m_session;
    AppPreferences m_preferences;
    SessionAutostart m_autostart;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QMenu> m_trayMenu;
    QAction* m_trayState = nullptr;
    TrayNotifier* m_tray = nullptr;
    bool m_quitting = false;
    ProfileSwitcher* m_switcher = nullptr;
    SetupBanner* m_welcomeBanner = nullptr;
    SetupBanner* m_keyBanner = nullptr;
    QMenu* m_sandboxMenu = nullptr;
    QAction* m_resetSandbox = nullptr;
    QPointer<SettingsDialog> m_settings;
    // While the pages cannot call the server: the key banner's sentence and button, for the pages that lack a notice
    QString m_unavailableNotice;
    QString m_unavailableAction;
};
