#include "gui/settings/ProfileSession.h"

#include "core/ProfileStore.h"
#include "gui/MainWindow.h"
#include "gui/common/Icons.h"
#include "gui/common/PageNotice.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/ReceiverService.h"
#include "gui/settings/ProfileSwitcher.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/SetupBanner.h"
#include "sandbox/SandboxThread.h"
#include "secrets/TokenVault.h"

#include <QBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "vainu.session")

namespace {
const auto welcomeDismissedKey = "firstRun/welcomeDismissed"_L1;
} // namespace

ProfileSession::ProfileSession(QObject* parent)
    : ProfileSession(Options {}, parent)
{ }

ProfileSession::ProfileSession(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_qsettings(m_options.settingsFile.isEmpty()
                      ? std::make_unique<QSettings>()
                      : std::make_unique<QSettings>(m_options.settingsFile, QSettings::IniFormat))
    , m_store(new ProfileStore(m_qsettings.get(), this))
    , m_vault(new TokenVault(this))
{
    m_vault->setTimeout(m_options.keychainTimeout);
}

ProfileSession::~ProfileSession()
{
    if (m_settings)
        delete m_settings.data();
    m_window.reset();
    m_sandbox.reset();
}

bool ProfileSession::start(QString* error)
{
    m_firstRun = m_store->ensureDefaults();
    if (!m_store->activeProfile()) {
        if (error)
            *error = tr("No profile could be loaded or created. %1").arg(m_store->lastWriteError());
        return false;
    }
    createWindow();
    connect(m_store, &ProfileStore::activeProfileChanged, this, &ProfileSession::activate);
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileSession::onProfilesChanged);
    connect(m_vault, &TokenVault::secretChanged, this, [this](const QString& profileId, SecretKind kind) {
        // A new key for the profile in use: reconnect with it (this also reloads every page).
        if (kind == SecretKind::ApiKey && profileId == m_store->activeProfileId())
            activate();
    });
    m_window->show();
    activate();
    return true;
}

void ProfileSession::createWindow()
{
    m_window = std::make_unique<MainWindow>();
    m_live = new ReceiverService(m_vault, this);
    QString storeError;
    if (!m_live->openStore({}, &storeError))
        qCWarning(lcSession) << "event store:" << storeError;
    m_window->liveEventsPage()->setService(m_live);
    connect(m_window.get(), &MainWindow::settingsRequested, this, [this] { openSettings(); });
    connect(m_window.get(), &MainWindow::unavailableActionRequested, this, &ProfileSession::onUnavailableAction);
    connect(m_window.get(), &MainWindow::currentPageChanged, this, &ProfileSession::updateUnavailableBanner);

    auto* toolBar = new QToolBar(tr("Profile"), m_window.get());
    toolBar->setObjectName(u"profileToolBar"_s);
    toolBar->setMovable(false);
    auto* label = new QLabel(tr("Profile:"), toolBar);
    label->setContentsMargins(4, 0, 4, 0);
    m_switcher = new ProfileSwitcher(m_store, toolBar);
    label->setBuddy(m_switcher);
    toolBar->addWidget(label);
    toolBar->addWidget(m_switcher);
    m_window->addToolBar(Qt::TopToolBarArea, toolBar);

    m_keyBanner = new SetupBanner(m_window.get());
    m_keyBanner->setObjectName(u"keyBanner"_s);
    connect(m_keyBanner, &SetupBanner::actionTriggered, this, &ProfileSession::onUnavailableAction);
    connect(m_keyBanner, &SetupBanner::dismissed, this, [this] { m_unavailableNotice.clear(); }); // stays closed
    m_welcomeBanner = new SetupBanner(m_window.get());
    m_welcomeBanner->setObjectName(u"welcomeBanner"_s);
    connect(m_welcomeBanner, &SetupBanner::actionTriggered, this, &ProfileSession::connectVainuAccount);
    connect(m_welcomeBanner, &SetupBanner::dismissed, this, &ProfileSession::dismissWelcome);
    // The banners sit above the pages.
    if (auto* layout = qobject_cast<QBoxLayout*>(m_window->centralWidget()->layout())) {
        layout->insertWidget(0, m_keyBanner);
        layout->insertWidget(0, m_welcomeBanner);
    }
    updateWelcomeBanner();
}

SettingsDialog* ProfileSession::settingsDialog() const
{
    return m_settings.data();
}

ApiConnection ProfileSession::sandboxConnection() const
{
    if (!m_sandbox || !m_sandbox->isRunning())
        return {};
    return {m_sandbox->apiBaseUrl(), m_sandbox->demoApiKey()};
}

bool ProfileSession::ensureSandbox(QString* error)
{
    if (m_sandbox && m_sandbox->isRunning())
        return true;
    SandboxOptions options = m_options.sandbox;
    options.port = 0; // an ephemeral loopback port: never clashes with anything the user runs
    options.demoWebhookUrl = ReceiverService::localUrlFor(m_activeProfile).toString(); // its deliveries reach us
    m_sandbox = std::make_unique<SandboxThread>(options);
    if (!m_sandbox->start(error)) {
        m_sandbox.reset();
        return false;
    }
    qCInfo(lcSession) << "sandbox listening on port" << m_sandbox->port();
    if (m_settings)
        m_settings->setSandboxConnection(sandboxConnection());
    return true;
}

void ProfileSession::activate()
{
    const std::optional<Profile> active = m_store->activeProfile();
    if (!active || !m_window)
        return;
    const Profile profile = *active;
    m_activeProfile = profile;
    const quint64 generation = ++m_generation;
    m_keyBanner->hide();
    m_unavailableNotice.clear();
    qCInfo(lcSession) << "activating profile" << profile.id << Profile::kindName(profile.kind);
    m_live->setProfile(profile);

    if (profile.kind == Profile::Kind::Sandbox) {
        QString reason;
        if (!ensureSandbox(&reason)) {
            showSandboxFailed(profile, reason);
            setState(State::SandboxFailed);
            return;
        }
        m_window->setConnection(profile.name, sandboxConnection());
        m_live->setSandboxControlUrl(m_sandbox->controlUrl());
        setState(State::Ready);
        return;
    }

    setState(State::ReadingKey, tr("Reading the key for \"%1\" from the keychain…").arg(profile.name));
    m_vault->read(profile.id, this, [this, generation, profile](const VaultResult& result) {
        if (generation == m_generation)
            onKeyRead(profile, result);
    });
}

void ProfileSession::onKeyRead(const Profile& profile, const VaultResult& result)
{
    switch (result.status) {
    case VaultResult::Status::Ok:
        m_window->setConnection(profile.name, {profile.baseUrl, result.secret});
        if (result.sessionOnly)
            m_keyBanner->showMessage(result.message, tr("Settings…"));
        setState(State::Ready);
        return;
    case VaultResult::Status::NotFound:
        showKeyMissing(profile, tr("No API key yet"),
                       tr("Nothing is loaded from Vainu for the profile \"%1\" until its API key is saved. Enter the "
                          "key of your Vainu account: this page loads as soon as you save it.")
                           .arg(profile.name),
                       tr("No API key is saved for the profile \"%1\" yet.").arg(profile.name));
        setState(State::NoKey);
        return;
    case VaultResult::Status::Unavailable:
    case VaultResult::Status::Failed:
        showKeyMissing(profile, tr("The API key could not be read"), result.message, result.message);
        setState(State::KeyUnreadable);
        return;
    }
}

void ProfileSession::showKeyMissing(const Profile& profile, const QString& title, const QString& text,
                                    const QString& notice)
{
    // Without a key every call would only earn a 401: the window sends none and says what to do instead.
    m_window->setKeyMissing(profile.name, profile.baseUrl, title, text);
    m_unavailableNotice = notice;
    m_unavailableAction = tr("Enter the key…");
    updateUnavailableBanner();
}

void ProfileSession::showSandboxFailed(const Profile& profile, const QString& reason)
{
    qCWarning(lcSession) << "the built-in sandbox did not start:" << reason;
    // No address to call: the pages send nothing and say why, and Retry starts the sandbox again. The Live
    // events page's receiver is local and keeps working; only its sandbox controls go with the sandbox.
    m_live->setSandboxControlUrl({});
    if (m_settings)
        m_settings->setSandboxConnection({});
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

void ProfileSession::updateUnavailableBanner()
{
    if (!m_window->isUnavailable() || m_unavailableNotice.isEmpty())
        return;
    // One notice per page: Webhooks and Customer data say it in place of their tables, Live events needs the banner.
    if (m_window->currentPageShowsUnavailable())
        m_keyBanner->hide();
    else
        m_keyBanner->showMessage(m_unavailableNotice, m_unavailableAction);
}

void ProfileSession::onUnavailableAction()
{
    if (m_state == State::SandboxFailed)
        retrySandbox();
    else
        openKeySettings();
}

void ProfileSession::retrySandbox()
{
    if (m_state != State::SandboxFailed)
        return;
    activate();
    // The same notice again would look as if the button did nothing.
    if (m_state == State::SandboxFailed)
        m_window->statusBar()->showMessage(tr("Tried again: the built-in sandbox still could not start."), 10000);
}

void ProfileSession::onProfilesChanged()
{
    updateWelcomeBanner();
    const std::optional<Profile> active = m_store->activeProfile();
    // A rename or a new server for the profile in use: reconnect. Other profiles' changes need nothing.
    if (active && active->id == m_activeProfile.id && !(*active == m_activeProfile))
        activate();
}

void ProfileSession::setState(State state, const QString& statusText)
{
    // While the key is on its way the pages would show the previous profile's data: disable them.
    m_window->centralWidget()->setEnabled(state != State::ReadingKey);
    if (!statusText.isEmpty())
        m_window->statusBar()->showMessage(statusText);
    else
        m_window->statusBar()->clearMessage();
    if (m_state == state)
        return;
    m_state = state;
    updateWelcomeBanner();
    emit stateChanged(state);
}

SettingsDialog* ProfileSession::openSettings(const QString& profileId)
{
    if (!m_settings) {
        m_settings = new SettingsDialog(m_store, m_vault, m_window.get());
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        m_settings->setSandboxConnection(sandboxConnection());
    }
    m_settings->selectProfile(profileId.isEmpty() ? m_store->activeProfileId() : profileId);
    m_settings->show();
    m_settings->raise();
    m_settings->activateWindow();
    return m_settings;
}

SettingsDialog* ProfileSession::openKeySettings()
{
    SettingsDialog* dialog = openSettings();
    dialog->focusApiKey();
    return dialog;
}

SettingsDialog* ProfileSession::connectVainuAccount()
{
    SettingsDialog* dialog = openSettings();
    dialog->startNewProfile(Profile::Kind::Vainu);
    return dialog;
}

void ProfileSession::updateWelcomeBanner()
{
    if (!m_welcomeBanner)
        return;
    bool hasVainuProfile = false;
    for (const Profile& profile : m_store->profiles())
        hasVainuProfile = hasVainuProfile || profile.kind == Profile::Kind::Vainu;
    const bool dismissed = m_qsettings->value(welcomeDismissedKey, false).toBool();
    // "Every feature works right away" is not true while the sandbox is down: its notice speaks alone then.
    if (hasVainuProfile || dismissed || m_state == State::SandboxFailed) {
        m_welcomeBanner->hide();
        return;
    }
    m_welcomeBanner->showMessage(
        tr("Welcome! You are using the built-in sandbox: a stand-in for Vainu on this computer, with demo data, so "
           "every feature works right away. When you are ready, connect your own Vainu account."),
        tr("Connect your Vainu account…"));
}

void ProfileSession::dismissWelcome()
{
    m_qsettings->setValue(welcomeDismissedKey, true);
    m_qsettings->sync();
}
