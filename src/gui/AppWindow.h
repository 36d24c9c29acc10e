#pragma once

#include "api/ApiConnection.h"
#include "core/Profile.h"
#include "session/AppSession.h"

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

// The window side of an AppSession: creates the main window with its profile switcher and banners,
// and shows what the session decides (connected, no key, key unreadable, sandbox down). It makes no
// decision of its own: choosing the server, reading keys and running the sandbox and the receiver are
// AppSession's. The settings dialog opens from here, never modal.
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

    // Starts the session and shows the window. False, with a sentence in `error`, only if nothing can be shown.
    bool start(QString* error = nullptr);

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

private:
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
    std::unique_ptr<MainWindow> m_window;
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
