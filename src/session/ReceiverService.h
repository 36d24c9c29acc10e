#pragma once

#include "core/Profile.h"
#include "receiver/ReceiverSettings.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>

class EventStore;
class ProfileStore;
class SandboxControl;
class TokenVault;
class TunnelDetector;
class TunnelProcess;
class WebhookReceiver;

// The embedded receiver and the event store behind the Live events page, for the active profile:
// it reads the profile's receiver secret from the keychain, starts the receiver on the profile's
// address, port and path (always for the Sandbox profile, whose demo webhook points at it; for a
// Vainu profile when its receiver is set to start automatically), and restarts it when the profile
// or the secret changes. The app's controller owns one and hands it to the main window.
class ReceiverService : public QObject
{
    Q_OBJECT
public:
    explicit ReceiverService(TokenVault* vault, QObject* parent = nullptr);
    ~ReceiverService() override; // stops the receiver before the store closes

    // Opens <directory>/events.sqlite (the app's data folder when empty). Another directory than the open
    // store's (a profile switch) replaces the store and the receiver, and emits storeChanged().
    bool openStore(const QString& directory, QString* error);
    QString storeDirectory() const { return m_storeDirectory; }
    EventStore* store() const { return m_store; }
    WebhookReceiver* receiver() const { return m_receiver; }

    // Another profile: stops the receiver, reads this profile's secret, then starts it when the profile wants it.
    // The same profile with other listening settings (address, port, path, TLS files): a running receiver
    // restarts with them. Only the public URL or the name changed: nothing restarts.
    void setProfile(const Profile& profile);
    // Where savePublicUrl() keeps the URL (the app's one store).
    void setProfileStore(ProfileStore* profiles);
    // Keeps the address Vainu reaches the receiver at in the profile (a Vainu profile; the sandbox delivers
    // locally), so the drift check, "Copy URL" and the empty page use it from now on. A translated error when
    // the settings could not be written (the URL is used for this session anyway).
    QString savePublicUrl(const QUrl& url);
    Profile profile() const { return m_profile; }
    bool isSandbox() const { return m_profile.kind == Profile::Kind::Sandbox; }
    bool secretKnown() const { return m_secretLoaded; } // the keychain answered
    bool hasSecret() const { return !m_secret.isEmpty(); }
    QString secret() const { return m_secret; } // never log it
    QString secretParameter() const;

    void start();
    void stop();
    // Quitting: stops the receiver (no connection is open afterwards), then closes the store once everything
    // queued is written. Nothing starts again after it.
    void shutDown();
    bool isShutDown() const { return m_shutDown; }
    bool isListening() const;
    ReceiverSettings settings() const;

    // Keeps a new secret in the keychain, then restarts the receiver with it. done(error) runs once,
    // with an empty error on success.
    void replaceSecret(const QString& secret, QObject* context, std::function<void(const QString&)> done);

    // Rotation. rotateSecret() makes `secret` the receiver's secret and keeps the one it replaces as the previous
    // secret, accepted as well until now() + rotationGracePeriod(); both go to the keychain (the previous one
    // with its end, so it survives a restart), then the receiver restarts with both. A previous secret from an
    // earlier rotation is dropped. done(error) runs once, with an empty error when the keychain took both.
    void rotateSecret(const QString& secret, QObject* context, std::function<void(const QString&)> done);
    bool hasPreviousSecret() const { return !m_previousSecret.isEmpty(); }
    QDateTime previousSecretValidUntil() const { return m_previousValidUntil; } // invalid when none
    // Ends the previous secret's grace period when it is over: the receiver refuses it from then on and it is
    // removed from the keychain. Runs when the secrets are read and by a timer at the end; callable at any time.
    void dropExpiredPreviousSecret();
    static std::chrono::seconds defaultRotationGracePeriod() { return std::chrono::hours(24); }
    void setRotationGracePeriod(std::chrono::seconds period) { m_gracePeriod = period; }
    std::chrono::seconds rotationGracePeriod() const { return m_gracePeriod; }
    // The clock the grace period is measured with (tests move it forward); the system's by default.
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;
    // The keychain value of a previous secret and back ("<ISO 8601 UTC>\n<secret>").
    static QString encodePreviousSecret(const QString& secret, const QDateTime& validUntil);
    static bool decodePreviousSecret(const QString& stored, QString* secret, QDateTime* validUntil);

    // The built-in sandbox's control routes (http://127.0.0.1:<port>/_sandbox/), when it runs.
    void setSandboxControlUrl(const QUrl& url);
    QUrl sandboxControlUrl() const;
    // Its buttons: simulate, stream, reset. Out of line: inlined, GCC 12 warned of a null `this` in callers that
    // check their QPointer to the service first (-Wnull-dereference).
    SandboxControl* sandboxControl() const;
    // A tunnel program the app started for this receiver (cloudflared, ngrok); stopped when the receiver stops.
    TunnelProcess* tunnel() const; // out of line, like sandboxControl()
    // Finds a running ngrok or cloudflared tunnel to the receiver's port.
    TunnelDetector* tunnelDetector() const;
    // The port it listens on (or will: the profile's) that a tunnel must forward to.
    quint16 listeningPort() const;

    // The address Vainu must call, secret excluded: the profile's public URL when set, otherwise the
    // local listening address (all the Sandbox profile needs). Empty when unknown.
    QUrl publicUrl() const;
    // http://<bind address>:<port><path> of a profile's receiver: where the sandbox's demo webhook points.
    static QUrl localUrlFor(const Profile& profile);

signals:
    void changed(); // profile, secret, state or sandbox changed: re-read everything
    // store() and receiver() are new objects (another profile's history): drop every pointer to the old ones.
    void storeChanged();
    // The store is about to close (quitting): stop everything that writes to it or reads it on another thread.
    void storeClosing();

private:
    WebhookReceiver* createReceiver(EventStore* store);
    void readSecret();
    void readPreviousSecret(quint64 generation);
    void schedulePreviousExpiry();

    TokenVault* m_vault;
    ProfileStore* m_profiles = nullptr;
    EventStore* m_store;
    WebhookReceiver* m_receiver;
    SandboxControl* m_sandboxControl;
    TunnelProcess* m_tunnel;
    TunnelDetector* m_tunnelDetector;
    QString m_storeDirectory;
    Profile m_profile;
    QString m_secret;
    QString m_previousSecret; // never log it
    QDateTime m_previousValidUntil;
    std::chrono::seconds m_gracePeriod = defaultRotationGracePeriod();
    std::function<QDateTime()> m_clock;
    QTimer m_previousExpiry;
    bool m_secretLoaded = false;
    bool m_wantRunning = false;
    bool m_shutDown = false;
    quint64 m_profileGeneration = 0;
    quint16 m_lastPort = 0; // where it listened last, for restarts of a port-0 profile
};
