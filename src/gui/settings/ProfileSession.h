#pragma once

#include "api/ApiConnection.h"
#include "core/Profile.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class MainWindow;
class ProfileStore;
class ProfileSwitcher;
class ReceiverService;
class QSettings;
class SandboxThread;
class SettingsDialog;
class SetupBanner;
class TokenVault;
struct VaultResult;

// The running app's profiles: owns the ProfileStore, the TokenVault, the built-in sandbox (started
// when a Sandbox profile is used) and the main window, and points the window at the active profile.
// Switching profiles reloads every page. The key is read from the keychain asynchronously: meanwhile
// the pages are disabled and the status bar says so; the window never waits.
class ProfileSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Starting,
        ReadingKey, // waiting for the keychain
        Ready, // the window talks to the active profile's server with its key
        NoKey, // a Vainu profile with no key saved yet
        KeyUnreadable, // the keychain could not give the key out (the banner says why)
        SandboxFailed, // the built-in sandbox could not start
    };
    Q_ENUM(State)

    struct Options
    {
        SandboxOptions sandbox; // how the built-in sandbox starts (tests add keys)
        QString settingsFile; // empty: the platform's standard QSettings location
        std::chrono::milliseconds keychainTimeout {10000};
    };

    explicit ProfileSession(QObject* parent = nullptr);
    explicit ProfileSession(Options options, QObject* parent = nullptr);
    ~ProfileSession() override; // closes the window before the sandbox it talks to stops

    // Loads the profiles (a first run creates the Sandbox profile), shows the window and connects it
    // to the active profile. False, with a sentence in `error`, only if nothing can be shown.
    bool start(QString* error = nullptr);

    MainWindow* window() const { return m_window.get(); }
    ProfileStore* store() const { return m_store; }
    TokenVault* vault() const { return m_vault; }
    ProfileSwitcher* switcher() const { return m_switcher; }
    ReceiverService* receiverService() const { return m_live; } // the Live events page's receiver and store
    SetupBanner* welcomeBanner() const { return m_welcomeBanner; }
    SetupBanner* keyBanner() const { return m_keyBanner; }
    SettingsDialog* settingsDialog() const; // the open dialog, or null
    State state() const { return m_state; }
    bool isFirstRun() const { return m_firstRun; }
    ApiConnection sandboxConnection() const;

    // Opens the settings dialog (never modal) at this profile (empty: the active one).
    SettingsDialog* openSettings(const QString& profileId = {});
    // The first run's "Connect your Vainu account": the settings dialog with a new Vainu profile.
    SettingsDialog* connectVainuAccount();
    // "Enter the key…" (the key banner, the pages' no-key notice): the settings dialog at the active
    // profile, the cursor in its key field.
    SettingsDialog* openKeySettings();
    // "Retry" (the pages' and the banner's notice while the built-in sandbox is down): starts it again and,
    // if it runs now, loads the pages from it.
    void retrySandbox();

signals:
    void stateChanged(ProfileSession::State state);

private:
    void createWindow();
    void activate();
    void onKeyRead(const Profile& profile, const VaultResult& result);
    void showKeyMissing(const Profile& profile, const QString& title, const QString& text, const QString& notice);
    void showSandboxFailed(const Profile& profile, const QString& reason);
    void updateUnavailableBanner();
    void onUnavailableAction();
    void onProfilesChanged();
    bool ensureSandbox(QString* error);
    void setState(State state, const QString& statusText = {});
    void updateWelcomeBanner();
    void dismissWelcome();

    Options m_options;
    std::unique_ptr<QSettings> m_qsettings;
    ProfileStore* m_store;
    TokenVault* m_vault;
    std::unique_ptr<SandboxThread> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    ProfileSwitcher* m_switcher = nullptr;
    ReceiverService* m_live = nullptr;
    SetupBanner* m_welcomeBanner = nullptr;
    SetupBanner* m_keyBanner = nullptr;
    QPointer<SettingsDialog> m_settings;
    Profile m_activeProfile; // as last connected, to tell which store changes need a reload
    // While the pages cannot call the server: the key banner's sentence and button, for the pages that lack a notice
    QString m_unavailableNotice;
    QString m_unavailableAction;
    State m_state = State::Starting;
    quint64 m_generation = 0; // keychain answers for an earlier activation are ignored
    bool m_firstRun = false;
};
