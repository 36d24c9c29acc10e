#include "session/ReceiverService.h"

#include "core/ProfileStore.h"
#include "receiver/WebhookReceiver.h"
#include "secrets/TokenVault.h"
#include "session/SandboxControl.h"
#include "session/TunnelDetector.h"
#include "session/TunnelProcess.h"
#include "store/EventStore.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <limits>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcLive, "vainu.live")

ReceiverService::ReceiverService(TokenVault* vault, QObject* parent)
    : QObject(parent)
    , m_vault(vault)
    , m_store(new EventStore(this))
    , m_receiver(createReceiver(m_store))
    , m_sandboxControl(new SandboxControl(this))
    , m_tunnel(new TunnelProcess(this))
    , m_tunnelDetector(new TunnelDetector(nullptr, this))
{
    m_previousExpiry.setSingleShot(true);
    connect(&m_previousExpiry, &QTimer::timeout, this, &ReceiverService::dropExpiredPreviousSecret);
}

WebhookReceiver* ReceiverService::createReceiver(EventStore* store)
{
    auto* receiver = new WebhookReceiver(store, this);
    connect(receiver, &WebhookReceiver::stateChanged, this, &ReceiverService::changed);
    connect(receiver, &WebhookReceiver::listening, this,
            [this](const QHostAddress&, quint16 port) { m_lastPort = port; });
    return receiver;
}

ReceiverService::~ReceiverService()
{
    m_tunnel->stop();
    m_receiver->stop();
    delete m_receiver;
    m_receiver = nullptr;
    m_store->close();
}

bool ReceiverService::openStore(const QString& directory, QString* error)
{
    StoreOptions options;
    options.directory
        = directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : directory;
    if (options.directory == m_storeDirectory && m_store->isOpen())
        return true;
    if (!m_storeDirectory.isEmpty() || m_store->isOpen()) {
        // Another profile's history: a store and a receiver of their own. The old receiver stops first (its
        // port is needed again), the pages move to the new store (storeChanged), then the old store closes.
        m_receiver->stop();
        WebhookReceiver* oldReceiver = m_receiver;
        EventStore* oldStore = m_store;
        m_store = new EventStore(this);
        m_receiver = createReceiver(m_store);
        const bool ok = m_store->open(options, error);
        m_storeDirectory = options.directory;
        emit storeChanged();
        delete oldReceiver;
        oldStore->close();
        oldStore->deleteLater();
        if (m_wantRunning)
            start();
        emit changed();
        return ok;
    }
    const bool ok = m_store->open(options, error);
    m_storeDirectory = options.directory;
    emit changed();
    return ok;
}

void ReceiverService::setProfile(const Profile& profile)
{
    const bool sameProfile = profile.id == m_profile.id && m_secretLoaded;
    const bool sameListener = sameProfile && profile.receiver.sameListener(m_profile.receiver);
    const bool wasRunning = m_wantRunning || isListening();
    const bool samePort = sameProfile && profile.receiver.port == m_profile.receiver.port;
    m_profile = profile;
    if (sameListener) {
        emit changed(); // a new public URL or name: nothing to restart
        return;
    }
    if (sameProfile) {
        // The profile in use got another address, port, path or certificate (Settings > Receiver, Save): a
        // receiver that runs moves there; one that is stopped stays stopped.
        m_lastPort = 0;
        if (!samePort)
            m_tunnel->stop(); // it forwards to the old port; the Subscribe dialog starts one for the new port
        m_receiver->stop();
        if (wasRunning)
            start();
        emit changed();
        return;
    }
    m_tunnel->stop(); // another profile's receiver: the tunnel led to this one
    m_receiver->stop();
    m_lastPort = 0;
    m_secret.clear();
    m_previousSecret.clear();
    m_previousValidUntil = {};
    m_previousExpiry.stop();
    m_secretLoaded = false;
    m_wantRunning = profile.kind == Profile::Kind::Sandbox || profile.receiver.autostart;
    emit changed();
    readSecret();
}

void ReceiverService::setProfileStore(ProfileStore* profiles)
{
    m_profiles = profiles;
}

QString ReceiverService::savePublicUrl(const QUrl& url)
{
    if (isSandbox() || m_profile.id.isEmpty() || url == m_profile.receiver.publicUrl)
        return {};
    m_profile.receiver.publicUrl = url;
    QString error;
    if (m_profiles) {
        if (std::optional<Profile> stored = m_profiles->profile(m_profile.id)) {
            stored->receiver.publicUrl = url;
            error = m_profiles->update(*stored).error;
        }
    }
    qCInfo(lcLive) << "public URL of profile" << m_profile.id << "is now" << url.toString(QUrl::RemoveQuery);
    emit changed();
    return error;
}

void ReceiverService::readSecret()
{
    const quint64 generation = ++m_profileGeneration;
    if (!m_vault || m_profile.id.isEmpty()) {
        m_secretLoaded = true;
        if (m_wantRunning)
            start();
        emit changed();
        return;
    }
    m_vault->read(m_profile.id, SecretKind::ReceiverSecret, this, [this, generation](const VaultResult& result) {
        if (generation != m_profileGeneration)
            return;
        m_secret = result.ok() ? result.secret : QString();
        if (!result.ok() && result.status != VaultResult::Status::NotFound)
            qCWarning(lcLive) << "receiver secret unavailable for profile" << m_profile.id << result.message;
        readPreviousSecret(generation);
    });
}

// The secret before the last rotation, while its grace period lasts; then the receiver starts.
void ReceiverService::readPreviousSecret(quint64 generation)
{
    m_vault->read(
        m_profile.id, SecretKind::PreviousReceiverSecret, this, [this, generation](const VaultResult& result) {
            if (generation != m_profileGeneration)
                return;
            m_previousSecret.clear();
            m_previousValidUntil = {};
            if (result.ok() && !decodePreviousSecret(result.secret, &m_previousSecret, &m_previousValidUntil)) {
                qCWarning(lcLive) << "the previous receiver secret of profile" << m_profile.id
                                  << "is unreadable and is removed";
                m_vault->remove(m_profile.id, SecretKind::PreviousReceiverSecret, this, [](const VaultResult&) {});
            }
            m_secretLoaded = true;
            dropExpiredPreviousSecret(); // also removes an unreadable or expired entry
            schedulePreviousExpiry();
            if (m_wantRunning)
                start();
            emit changed();
        });
}

QString ReceiverService::encodePreviousSecret(const QString& secret, const QDateTime& validUntil)
{
    return validUntil.toUTC().toString(Qt::ISODateWithMs) + u'\n' + secret;
}

bool ReceiverService::decodePreviousSecret(const QString& stored, QString* secret, QDateTime* validUntil)
{
    const qsizetype newline = stored.indexOf(u'\n');
    if (newline <= 0)
        return false;
    const QDateTime until = QDateTime::fromString(stored.left(newline), Qt::ISODateWithMs);
    const QString value = stored.mid(newline + 1);
    if (!until.isValid() || value.isEmpty())
        return false;
    *secret = value;
    *validUntil = until.toUTC();
    return true;
}

void ReceiverService::setClock(std::function<QDateTime()> now)
{
    m_clock = std::move(now);
    schedulePreviousExpiry();
}

QDateTime ReceiverService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ReceiverService::schedulePreviousExpiry()
{
    m_previousExpiry.stop();
    if (m_previousSecret.isEmpty() || !m_previousValidUntil.isValid())
        return;
    // At most about 24 days ahead (a QTimer's int); dropExpiredPreviousSecret() looks at the clock again.
    const qint64 ms
        = qBound(qint64(0), now().msecsTo(m_previousValidUntil) + 1, qint64(std::numeric_limits<int>::max()));
    m_previousExpiry.start(int(ms));
}

void ReceiverService::dropExpiredPreviousSecret()
{
    const bool stored = !m_previousSecret.isEmpty() || m_previousValidUntil.isValid();
    if (!m_previousSecret.isEmpty() && m_previousValidUntil.isValid() && now() < m_previousValidUntil) {
        schedulePreviousExpiry();
        return;
    }
    m_previousSecret.clear();
    m_previousValidUntil = {};
    m_previousExpiry.stop();
    if (!stored)
        return;
    if (m_vault && !m_profile.id.isEmpty())
        m_vault->remove(m_profile.id, SecretKind::PreviousReceiverSecret, this, [](const VaultResult&) {});
    qCInfo(lcLive) << "the previous receiver secret of profile" << m_profile.id << "is no longer accepted";
    if (m_secretLoaded && (m_wantRunning || isListening()))
        start();
    emit changed();
}

QString ReceiverService::secretParameter() const
{
    return ReceiverSettings().secretParameter;
}

ReceiverSettings ReceiverService::settings() const
{
    ReceiverSettings settings;
    settings.address = QHostAddress(m_profile.receiver.bindAddress);
    settings.port = m_profile.receiver.port;
    settings.path = ReceiverSettings::normalisePath(m_profile.receiver.path);
    settings.secret = m_secret;
    if (!m_previousSecret.isEmpty() && m_previousValidUntil.isValid() && now() < m_previousValidUntil) {
        settings.previousSecret = m_previousSecret;
        // The receiver checks against the system clock; the grace period is measured with now().
        settings.previousSecretValidUntil
            = QDateTime::currentDateTimeUtc().addMSecs(now().msecsTo(m_previousValidUntil));
    }
    settings.tlsCertificateFile = m_profile.receiver.tlsCertificateFile;
    settings.tlsKeyFile = m_profile.receiver.tlsKeyFile;
    return settings;
}

void ReceiverService::start()
{
    if (m_shutDown)
        return;
    m_wantRunning = true;
    if (!m_store->isOpen() || !m_secretLoaded)
        return; // starts once the store is open and the secret is known
    ReceiverSettings wanted = settings();
    // "Any free port": a restart (new secret, Stop/Start) keeps the one the webhooks already point at.
    if (wanted.port == 0 && m_lastPort != 0)
        wanted.port = m_lastPort;
    m_receiver->stop();
    m_receiver->start(wanted);
}

void ReceiverService::stop()
{
    m_wantRunning = false;
    m_tunnel->stop(); // a tunnel the app started lives as long as the receiver it leads to
    m_receiver->stop();
    emit changed();
}

void ReceiverService::shutDown()
{
    m_shutDown = true;
    m_wantRunning = false;
    m_tunnel->stop();
    m_receiver->stop();
    emit storeClosing();
    m_store->close();
    emit changed();
}

TunnelProcess* ReceiverService::tunnel() const
{
    return m_tunnel;
}

TunnelDetector* ReceiverService::tunnelDetector() const
{
    return m_tunnelDetector;
}

quint16 ReceiverService::listeningPort() const
{
    if (isListening())
        return quint16(m_receiver->localUrl().port());
    return quint16(settings().port);
}

bool ReceiverService::isListening() const
{
    return m_receiver->state() == WebhookReceiver::State::Listening;
}

void ReceiverService::replaceSecret(const QString& secret, QObject* context, std::function<void(const QString&)> done)
{
    const QString profileId = m_profile.id;
    auto apply = [this, secret, profileId] {
        if (profileId != m_profile.id)
            return;
        m_secret = secret;
        m_secretLoaded = true;
        if (m_wantRunning || isListening())
            start();
        emit changed();
    };
    if (!m_vault) {
        apply();
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_vault->write(profileId, SecretKind::ReceiverSecret, secret, context, [apply, done](const VaultResult& result) {
        // A session-only secret still works until the app quits; say so, but go on.
        apply();
        done(result.ok() && !result.sessionOnly ? QString() : result.message);
    });
}

void ReceiverService::rotateSecret(const QString& secret, QObject* context, std::function<void(const QString&)> done)
{
    const QString profileId = m_profile.id;
    const QString previous = m_secret;
    const QDateTime validUntil = now().addSecs(m_gracePeriod.count());
    auto apply = [this, secret, previous, validUntil, profileId] {
        if (profileId != m_profile.id)
            return;
        m_secret = secret;
        m_previousSecret = previous;
        m_previousValidUntil = previous.isEmpty() ? QDateTime() : validUntil;
        m_secretLoaded = true;
        schedulePreviousExpiry();
        qCInfo(lcLive) << "receiver secret of profile" << profileId << "rotated; the previous one is accepted until"
                       << validUntil.toString(Qt::ISODate);
        if (m_wantRunning || isListening())
            start();
        emit changed();
    };
    if (!m_vault) {
        apply();
        QMetaObject::invokeMethod(
            context, [done] { done({}); }, Qt::QueuedConnection);
        return;
    }
    // The previous one first: should the keychain fail in between, the old secret is still in one of the two.
    auto writeCurrent = [this, profileId, secret, context, apply, done](const QString& previousError) {
        m_vault->write(profileId, SecretKind::ReceiverSecret, secret, context,
                       [apply, done, previousError](const VaultResult& result) {
                           apply(); // a session-only secret still works until the app quits; say so, but go on
                           const QString error = result.ok() && !result.sessionOnly ? QString() : result.message;
                           done(error.isEmpty() ? previousError : error);
                       });
    };
    if (previous.isEmpty()) {
        writeCurrent({});
        return;
    }
    m_vault->write(profileId, SecretKind::PreviousReceiverSecret, encodePreviousSecret(previous, validUntil), context,
                   [writeCurrent](const VaultResult& result) {
                       writeCurrent(result.ok() && !result.sessionOnly ? QString() : result.message);
                   });
}

void ReceiverService::setSandboxControlUrl(const QUrl& url)
{
    m_sandboxControl->setControlUrl(url);
    emit changed();
}

QUrl ReceiverService::sandboxControlUrl() const
{
    return m_sandboxControl->controlUrl();
}

QUrl ReceiverService::publicUrl() const
{
    if (!isSandbox() && m_profile.receiver.publicUrl.isValid() && !m_profile.receiver.publicUrl.isEmpty())
        return m_profile.receiver.publicUrl;
    const QUrl url = m_receiver->localUrl();
    return url.isEmpty() ? localUrlFor(m_profile) : url;
}

QUrl ReceiverService::localUrlFor(const Profile& profile)
{
    QUrl url;
    const bool tls = !profile.receiver.tlsCertificateFile.isEmpty() && !profile.receiver.tlsKeyFile.isEmpty();
    url.setScheme(tls ? u"https"_s : u"http"_s);
    url.setHost(profile.receiver.bindAddress);
    url.setPort(profile.receiver.port);
    url.setPath(ReceiverSettings::normalisePath(profile.receiver.path));
    return url;
}

SandboxControl* ReceiverService::sandboxControl() const
{
    return m_sandboxControl;
}
