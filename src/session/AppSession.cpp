#include "session/AppSession.h"

#include "core/ProfileStore.h"
#include "sandbox/SandboxThread.h"
#include "secrets/TokenVault.h"
#include "session/CatchUpService.h"
#include "session/ForwardService.h"
#include "session/ProfileFolders.h"
#include "session/ReceiverService.h"
#include "store/EventStore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "vainu.session")

namespace {
const auto welcomeDismissedKey = "firstRun/welcomeDismissed"_L1;
// Set once the history that all profiles shared before 0.2 has moved into a profile's folder.
const auto sharedHistoryMigratedKey = "history/sharedHistoryMigrated"_L1;
const auto sandboxStateFileName = "sandbox-state.json"_L1;
} // namespace

AppSession::AppSession(QObject* parent)
    : AppSession(Options {}, parent)
{ }

AppSession::AppSession(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat))
    , m_profiles(new ProfileStore(m_settings.get(), this))
    , m_vault(new TokenVault(this))
    , m_receiver(new ReceiverService(m_vault, this))
    , m_catchUp(new CatchUpService(m_receiver, this))
    , m_forward(new ForwardService(m_receiver, this))
{
    m_receiver->setProfileStore(m_profiles);
    m_vault->setTimeout(m_options.keychainTimeout);
    if (m_options.dataFolder.isEmpty())
        m_options.dataFolder = ProfileFolders::defaultRoot();
}

AppSession::~AppSession()
{
    delete m_catchUp; // a run reading the history ends before the store closes
    m_catchUp = nullptr;
    delete m_forward; // the forwarder's thread ends before the store closes
    m_forward = nullptr;
    delete m_receiver; // the receiver stops and the store flushes before the sandbox goes
    m_receiver = nullptr;
    m_sandbox.reset();
}

bool AppSession::start(QString* error)
{
    m_firstRun = m_profiles->ensureDefaults();
    if (!m_profiles->activeProfile()) {
        if (error)
            *error = tr("No profile could be loaded or created. %1").arg(m_profiles->lastWriteError());
        return false;
    }
    if (!m_started) {
        m_started = true;
        connect(m_profiles, &ProfileStore::activeProfileChanged, this, &AppSession::activate);
        connect(m_profiles, &ProfileStore::profilesChanged, this, &AppSession::onProfilesChanged);
        connect(m_vault, &TokenVault::secretChanged, this, [this](const QString& profileId, SecretKind kind) {
            // A new key for the profile in use: reconnect with it.
            if (kind == SecretKind::ApiKey && profileId == m_profiles->activeProfileId())
                activate();
        });
    }
    activate();
    return true;
}

ApiConnection AppSession::sandboxConnection() const
{
    if (!m_sandbox || !m_sandbox->isRunning())
        return {};
    return {m_sandbox->apiBaseUrl(), m_sandbox->demoApiKey()};
}

QString AppSession::dataFolderFor(const Profile& profile) const
{
    const QString folder = ProfileFolders::forProfile(m_options.dataFolder, profile.id);
    QDir().mkpath(folder);
    return folder;
}

QString AppSession::sandboxStateFile() const
{
    for (const Profile& profile : m_profiles->profiles()) {
        if (profile.kind == Profile::Kind::Sandbox)
            return QDir(dataFolderFor(profile)).filePath(sandboxStateFileName);
    }
    return {};
}

bool AppSession::wantsWelcome() const
{
    for (const Profile& profile : m_profiles->profiles()) {
        if (profile.kind == Profile::Kind::Vainu)
            return false;
    }
    // "Every feature works right away" is not true while the sandbox is down: its notice speaks alone then.
    return !m_settings->value(welcomeDismissedKey, false).toBool() && m_state != State::SandboxFailed;
}

void AppSession::dismissWelcome()
{
    m_settings->setValue(welcomeDismissedKey, true);
    m_settings->sync();
    emit welcomeChanged();
}

bool AppSession::ensureSandbox(QString* error)
{
    if (m_sandbox && m_sandbox->isRunning())
        return true;
    SandboxOptions options = m_options.sandbox;
    options.port = 0; // an ephemeral loopback port: never clashes with anything the user runs
    options.demoWebhookUrl = ReceiverService::localUrlFor(m_activeProfile).toString(); // its deliveries reach us
    // The user's imports, lists and webhooks on the sandbox survive a restart; tests may choose their own file.
    if (options.stateFile.isEmpty())
        options.stateFile = QDir(dataFolderFor(m_activeProfile)).filePath(sandboxStateFileName);
    m_sandbox = std::make_unique<SandboxThread>(options);
    if (!m_sandbox->start(error)) {
        m_sandbox.reset();
        return false;
    }
    qCInfo(lcSession) << "sandbox listening on port" << m_sandbox->port();
    emit sandboxConnectionChanged(sandboxConnection());
    return true;
}

void AppSession::migrateSharedHistory(const Profile& profile)
{
    // Before each profile had its own folder, one events.sqlite in the data folder held every profile's
    // deliveries. It moves, once, to the profile that is active when this version first starts.
    if (m_settings->value(sharedHistoryMigratedKey, false).toBool())
        return;
    m_settings->setValue(sharedHistoryMigratedKey, true);
    const QString historyFileName = EventStore::databaseFileName();
    const QDir shared(m_options.dataFolder);
    if (!shared.exists(historyFileName))
        return;
    const QDir target(dataFolderFor(profile));
    if (target.exists(historyFileName)) {
        qCWarning(lcSession) << "not moving the shared history: profile" << profile.id << "already has one";
        return;
    }
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s}) {
        const QString name = historyFileName + suffix;
        if (shared.exists(name) && !QFile::rename(shared.filePath(name), target.filePath(name)))
            qCWarning(lcSession) << "could not move" << shared.filePath(name) << "to" << target.path();
    }
    qCInfo(lcSession) << "moved the shared event history to profile" << profile.id;
}

void AppSession::openHistory(const Profile& profile)
{
    migrateSharedHistory(profile);
    const QString folder = dataFolderFor(profile);
    if (folder == m_historyFolder)
        return;
    QString error;
    if (!m_receiver->openStore(folder, &error))
        qCWarning(lcSession) << "event store of profile" << profile.id << ":" << error;
    m_historyFolder = folder;
}

void AppSession::activate()
{
    const std::optional<Profile> active = m_profiles->activeProfile();
    if (!active)
        return;
    const Profile profile = *active;
    m_activeProfile = profile;
    m_connection = {};
    m_catchUp->setConnection({});
    m_problem.clear();
    m_keyWarning.clear();
    const quint64 generation = ++m_generation;
    qCInfo(lcSession) << "activating profile" << profile.id << Profile::kindName(profile.kind);
    openHistory(profile);
    m_receiver->setProfile(profile);
    emit activating(profile);

    if (profile.kind == Profile::Kind::Sandbox) {
        QString reason;
        if (!ensureSandbox(&reason)) {
            qCWarning(lcSession) << "the built-in sandbox did not start:" << reason;
            m_problem = reason;
            // The receiver is local and keeps working; only the sandbox's controls go with the sandbox.
            m_receiver->setSandboxControlUrl({});
            emit sandboxConnectionChanged({});
            emit sandboxFailed(profile, reason);
            setState(State::SandboxFailed);
            return;
        }
        m_connection = sandboxConnection();
        m_catchUp->setConnection(m_connection);
        m_receiver->setSandboxControlUrl(m_sandbox->controlUrl());
        emit connected(profile, m_connection);
        setState(State::Ready);
        return;
    }

    m_receiver->setSandboxControlUrl({});
    setState(State::ReadingKey);
    m_vault->read(profile.id, this, [this, generation, profile](const VaultResult& result) {
        if (generation == m_generation)
            onKeyRead(profile, result);
    });
}

void AppSession::onKeyRead(const Profile& profile, const VaultResult& result)
{
    switch (result.status) {
    case VaultResult::Status::Ok:
        m_connection = {profile.baseUrl, result.secret};
        m_catchUp->setConnection(m_connection);
        if (result.sessionOnly)
            m_keyWarning = result.message;
        emit connected(profile, m_connection);
        setState(State::Ready);
        return;
    case VaultResult::Status::NotFound:
        emit keyMissing(profile, State::NoKey);
        setState(State::NoKey);
        return;
    case VaultResult::Status::Unavailable:
    case VaultResult::Status::Failed:
        m_problem = result.message;
        emit keyMissing(profile, State::KeyUnreadable);
        setState(State::KeyUnreadable);
        return;
    }
}

void AppSession::retrySandbox()
{
    if (m_state == State::SandboxFailed)
        activate();
}

void AppSession::onProfilesChanged()
{
    emit welcomeChanged();
    const std::optional<Profile> active = m_profiles->activeProfile();
    // A rename or a new server for the profile in use: reconnect. Other profiles' changes need nothing.
    if (!active || active->id != m_activeProfile.id || *active == m_activeProfile)
        return;
    Profile receiverOnly = m_activeProfile;
    receiverOnly.receiver = active->receiver;
    if (receiverOnly == *active) {
        // Only the receiver's settings (Settings > Receiver, a subscribe's public URL): the connection and the
        // pages stay; the receiver restarts where it must.
        m_activeProfile = *active;
        m_receiver->setProfile(*active);
        return;
    }
    activate();
}

void AppSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit welcomeChanged();
    emit stateChanged(state);
}
