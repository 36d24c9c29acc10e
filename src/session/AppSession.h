#pragma once

#include "api/ApiConnection.h"
#include "core/Profile.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>

#include <chrono>
#include <memory>

class CatchUpService;
class ForwardService;
class ProfileStore;
class QSettings;
class ReceiverService;
class SandboxThread;
class TokenVault;
struct VaultResult;

// The application without its window: the profiles (ProfileStore over QSettings), the API keys and
// receiver secrets (TokenVault), the built-in sandbox for a Sandbox profile, and the receiver with its
// event store for the active profile. It decides which server the app talks to and with which key, and
// says so through signals; the window (gui/AppWindow) and the commands only show or use the outcome.
//
// Each profile has a data folder of its own (dataFolderFor()): its event history, and for the Sandbox
// profile the sandbox's state, so sandbox events never mix with a real account's and the sandbox's
// customer data, lists and webhooks survive a restart.
class AppSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Starting,
        ReadingKey, // waiting for the keychain
        Ready, // connection() is the active profile's server with its key
        NoKey, // a Vainu profile with no key saved yet
        KeyUnreadable, // the keychain could not give the key out (keyProblem() says why)
        SandboxFailed, // the built-in sandbox could not start (sandboxProblem() says why)
    };
    Q_ENUM(State)

    struct Options
    {
        SandboxOptions sandbox; // how the built-in sandbox starts (tests add keys)
        QString settingsFile; // empty: the platform's standard QSettings location
        QString dataFolder; // empty: the platform's app data folder; profiles get subfolders of it
        std::chrono::milliseconds keychainTimeout {10000};
    };

    explicit AppSession(QObject* parent = nullptr);
    explicit AppSession(Options options, QObject* parent = nullptr);
    ~AppSession() override; // stops the receiver and the sandbox, the store flushed

    // Loads the profiles (a first run creates the Sandbox profile) and activates the active one. False,
    // with a sentence in `error`, only if no profile can be loaded or created.
    bool start(QString* error = nullptr);

    ProfileStore* profiles() const { return m_profiles; }
    TokenVault* vault() const { return m_vault; }
    ReceiverService* receiverService() const { return m_receiver; }
    CatchUpService* catchUpService() const { return m_catchUp; }
    ForwardService* forwardService() const { return m_forward; }
    QSettings* settings() const { return m_settings.get(); }

    State state() const { return m_state; }
    bool isFirstRun() const { return m_firstRun; }
    Profile activeProfile() const { return m_activeProfile; }
    ApiConnection connection() const { return m_connection; } // valid in State::Ready
    ApiConnection sandboxConnection() const; // the built-in sandbox's, while it runs
    QString keyProblem() const { return m_problem; } // NoKey/KeyUnreadable: the keychain's message
    QString sandboxProblem() const { return m_problem; } // SandboxFailed: why it did not start
    QString keyWarning() const { return m_keyWarning; } // Ready with a key kept in memory only: says so

    // The folder of one profile's own files (event history, sandbox state), created on demand.
    QString dataFolderFor(const Profile& profile) const;
    QString sandboxStateFile() const; // the Sandbox profile's state file

    // The first-run welcome: shown while no Vainu profile exists and the user has not dismissed it.
    bool wantsWelcome() const;
    void dismissWelcome();

    // Starts the built-in sandbox again after a failure and, if it runs now, connects to it.
    void retrySandbox();

signals:
    void stateChanged(AppSession::State state);
    // The active profile changed or must be reconnected (new key, new server): the pages should forget
    // what they show. Followed by one of connected(), keyMissing() or sandboxFailed().
    void activating(const Profile& profile);
    void connected(const Profile& profile, const ApiConnection& connection);
    void keyMissing(const Profile& profile, AppSession::State state); // NoKey or KeyUnreadable
    void sandboxFailed(const Profile& profile, const QString& reason);
    void sandboxConnectionChanged(const ApiConnection& connection); // empty when it stopped
    void welcomeChanged();

private:
    void activate();
    void onKeyRead(const Profile& profile, const VaultResult& result);
    void onProfilesChanged();
    bool ensureSandbox(QString* error);
    void openHistory(const Profile& profile);
    void migrateSharedHistory(const Profile& profile);
    void setState(State state);

    Options m_options;
    std::unique_ptr<QSettings> m_settings;
    ProfileStore* m_profiles;
    TokenVault* m_vault;
    ReceiverService* m_receiver;
    CatchUpService* m_catchUp;
    ForwardService* m_forward;
    std::unique_ptr<SandboxThread> m_sandbox;
    Profile m_activeProfile; // as last activated, to tell which profile changes need a reconnect
    ApiConnection m_connection;
    QString m_problem;
    QString m_keyWarning;
    QString m_historyFolder; // the folder whose event store is open
    State m_state = State::Starting;
    quint64 m_generation = 0; // keychain answers for an earlier activation are ignored
    bool m_firstRun = false;
    bool m_started = false;
};
