#pragma once

#include "secrets/SecretKind.h"
#include "secrets/SessionSecrets.h"
#include "secrets/VaultResult.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

// A profile's secrets in the operating system's keychain (Secret Service, macOS Keychain, Windows
// Credential Manager) through QtKeychain. Every call is asynchronous and answers exactly once,
// always later (never inside the call), through the callback, and only while `context` lives.
// Callbacks run in the vault's thread.
//
// Keychain layout: service = AppInfo::id(), key = AppInfo::id() + "/" + profileId (+ "/receiver-secret").
// The key carries the app id because on Windows the key alone names the credential.
//
// When the keychain is unusable (no session bus, no Secret Service, locked, or no answer within
// timeout()), write() keeps the secret in memory for this process (result sessionOnly, status
// Unavailable or Failed) and read() serves it from there. Nothing is ever written to disk by us.
class TokenVault : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const VaultResult&)>;

    explicit TokenVault(QObject* parent = nullptr);
    ~TokenVault() override;

    void read(const QString& profileId, SecretKind kind, QObject* context, Callback done);
    void write(const QString& profileId, SecretKind kind, const QString& secret, QObject* context, Callback done);
    void remove(const QString& profileId, SecretKind kind, QObject* context, Callback done);

    // The same for the API key (SecretKind::ApiKey).
    void read(const QString& profileId, QObject* context, Callback done);
    void write(const QString& profileId, const QString& secret, QObject* context, Callback done);
    void remove(const QString& profileId, QObject* context, Callback done);

    // How long a keychain job may take before it is reported as Unavailable (default 10 s).
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // True when a secret of this profile is held in memory only (the keychain could not take it).
    bool isSessionOnly(const QString& profileId, SecretKind kind) const;

    static QString serviceName();
    static QString keyFor(const QString& profileId, SecretKind kind);

signals:
    // A secret was stored (in the keychain or, failing that, for the session) or removed.
    void secretChanged(const QString& profileId, SecretKind kind);

private:
    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    struct Request;

    void start(Operation operation, const QString& profileId, SecretKind kind, const QString& secret, QObject* context,
               Callback done);
    void onJobFinished(const std::shared_ptr<Request>& request, QKeychain::Job* job);
    void onTimeout(const std::shared_ptr<Request>& request);
    VaultResult unusable(const std::shared_ptr<Request>& request, VaultResult::Status status, const QString& reason);
    void finish(const std::shared_ptr<Request>& request, const VaultResult& result);
    void finishLater(const std::shared_ptr<Request>& request, const VaultResult& result);

    SessionSecrets m_session;
    std::chrono::milliseconds m_timeout;
    // Jobs that passed their timeout and have not finished. QtKeychain runs its jobs one at a time,
    // so while one hangs every later job would wait behind it: report those Unavailable at once.
    int m_stuckJobs = 0;
};
