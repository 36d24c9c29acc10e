#include "gui/settings/SettingsDialog.h"

#include "core/ProfileStore.h"
#include "gui/common/FilePicker.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/StatusPalette.h"
#include "secrets/TokenVault.h"
#include "session/AppPreferences.h"
#include "session/ReceiverAddressCheck.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"
#include "ui_SettingsDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSettings, "vainu.settings")

namespace {

// The rows of the form in ui/SettingsDialog.ui.
constexpr int baseUrlRow = 1;
constexpr int apiKeyRow = 2;
constexpr int keyStatusRow = 3;
// The rows of the receiver's form.
constexpr int publicUrlRow = 5;
constexpr int autostartRow = 6;
// The items of bindModeCombo.
constexpr int loopbackMode = 0;
constexpr int allInterfacesMode = 1;
constexpr int oneAddressMode = 2;
const auto loopbackAddress = "127.0.0.1"_L1;
const auto allInterfacesAddress = "0.0.0.0"_L1;

} // namespace

SettingsDialog::SettingsDialog(ProfileStore* store, TokenVault* vault, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
    , m_vault(vault)
    , m_test(new ConnectionTest(this))
{
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_ui->titleLabel->setFont(title);
    m_ui->removeButton->setIcon(Icons::themed(u"edit-delete"_s));
    m_ui->apiKeyEdit->setPlaceholderText(tr("Paste the API key of your Vainu account"));
    setUpAddMenu();
    setUpReceiverTab();

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &SettingsDialog::onCurrentRowChanged);
    connect(m_ui->removeButton, &QToolButton::clicked, this, &SettingsDialog::removeCurrent);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsDialog::revert);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->useButton, &QPushButton::clicked, this, &SettingsDialog::useCurrent);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &SettingsDialog::updateButtons);
    connect(m_ui->baseUrlEdit, &QLineEdit::textEdited, this, &SettingsDialog::updateButtons);
    connect(m_ui->apiKeyEdit, &ApiKeyEdit::apiKeyEdited, this, [this] {
        m_ui->testResultLabel->clear();
        if (m_keyState != KeyState::Reading && m_keyState != KeyState::Writing)
            setToneText(m_ui->keyStatusLabel, keyChanged() ? tr("The key is not saved yet.") : QString(), Tone::Plain);
        updateButtons();
    });
    connect(m_test, &ConnectionTest::finished, this, &SettingsDialog::onTestFinished);
    m_ui->appGroup->hide(); // until the app gives its settings
    setToneText(m_ui->autostartMessageLabel, {}, Tone::Plain);
    connect(m_ui->closeActionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_preferences)
            m_preferences->setCloseAction(index == 1 ? AppPreferences::CloseAction::Quit
                                                     : AppPreferences::CloseAction::KeepReceiving);
    });
    connect(m_ui->startWithSessionCheck, &QCheckBox::toggled, this, &SettingsDialog::onStartWithSessionToggled);
    // Another part of the app (the profile switcher) may change the active profile meanwhile.
    connect(m_store, &ProfileStore::activeProfileChanged, this, [this] { reloadList(currentProfileId()); });

    reloadList(m_store->activeProfileId());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setUpAddMenu()
{
    m_ui->addButton->setIcon(Icons::themed(u"list-add"_s));
    auto* menu = new QMenu(m_ui->addButton);
    menu->setObjectName(u"addMenu"_s);
    QAction* vainu = menu->addAction(tr("&Vainu account…"));
    vainu->setObjectName(u"addVainuAction"_s);
    vainu->setToolTip(tr("Connect to Vainu's API at %1 with your API key").arg(Profile::vainuBaseUrl().toString()));
    QAction* sandbox = menu->addAction(tr("Another &sandbox"));
    sandbox->setObjectName(u"addSandboxAction"_s);
    connect(vainu, &QAction::triggered, this, [this] { startNewProfile(Profile::Kind::Vainu); });
    connect(sandbox, &QAction::triggered, this, [this] { startNewProfile(Profile::Kind::Sandbox); });
    m_ui->addButton->setMenu(menu);
}

void SettingsDialog::setUpReceiverTab()
{
    m_ui->copySecretButton->setIcon(Icons::themed(u"edit-copy"_s));
    m_ui->showSecretButton->setToolTip(tr("Show the secret in clear"));
    m_ui->copySecretButton->setToolTip(tr("Copy the secret to the clipboard"));
    m_ui->rotateSecretButton->setEnabled(false);
    m_ui->tlsCertificateBrowseButton->setToolTip(tr("Choose the certificate file"));
    m_ui->tlsKeyBrowseButton->setToolTip(tr("Choose the key file"));
    m_ui->tlsCertificateEdit->setPlaceholderText(tr("Empty: plain HTTP"));
    m_ui->tlsKeyEdit->setPlaceholderText(tr("Empty: plain HTTP"));
    m_ui->bindAddressEdit->setPlaceholderText(tr("for example %1").arg(u"192.168.1.20"_s));
    m_ui->publicUrlEdit->setToolTip(tr("The address Vainu reaches this receiver at: a tunnel (ngrok, cloudflared) or "
                                       "a server that forwards to the port above. \"Subscribe this receiver\" fills "
                                       "it in."));
    for (QLabel* label : {m_ui->bindAddressError, m_ui->portError, m_ui->secretStatusLabel}) {
        label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // right under the field it is about
        // The tab's spacer takes the room left over, not the message.
        label->setSizePolicy(label->sizePolicy().horizontalPolicy(), QSizePolicy::Maximum);
        setToneText(label, {}, Tone::Plain);
    }
    connect(m_ui->bindModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateBindAddressField();
        setToneText(m_ui->bindAddressError, {}, Tone::Plain);
        updateButtons();
    });
    connect(m_ui->bindAddressEdit, &QLineEdit::textEdited, this, [this] {
        setToneText(m_ui->bindAddressError, {}, Tone::Plain);
        updateButtons();
    });
    connect(m_ui->portSpin, &QSpinBox::valueChanged, this, [this] {
        setToneText(m_ui->portError, {}, Tone::Plain);
        updateButtons();
    });
    for (QLineEdit* edit : {m_ui->pathEdit, m_ui->publicUrlEdit, m_ui->tlsCertificateEdit, m_ui->tlsKeyEdit})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateButtons);
    connect(m_ui->receiverAutostartCheck, &QCheckBox::toggled, this, &SettingsDialog::updateButtons);
    connect(m_ui->showSecretButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->copySecretButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->secretEdit->text());
        setToneText(m_ui->secretStatusLabel, tr("Copied to the clipboard."), Tone::Ok);
    });
    connect(m_ui->rotateSecretButton, &QPushButton::clicked, this, &SettingsDialog::rotateSecret);
    connect(m_ui->tlsCertificateBrowseButton, &QPushButton::clicked, this,
            [this] { chooseTlsFile(m_ui->tlsCertificateEdit, tr("Choose the TLS certificate (PEM)")); });
    connect(m_ui->tlsKeyBrowseButton, &QPushButton::clicked, this,
            [this] { chooseTlsFile(m_ui->tlsKeyEdit, tr("Choose the TLS private key (PEM)")); });
}

void SettingsDialog::chooseTlsFile(QLineEdit* field, const QString& title)
{
    const QString path = FilePicker::openFile(this, title, {tr("PEM files (*.pem *.crt *.key)"), tr("All files (*)")});
    if (!path.isEmpty())
        field->setText(path);
}

void SettingsDialog::updateBindAddressField()
{
    const bool one = m_ui->bindModeCombo->currentIndex() == oneAddressMode;
    m_ui->bindAddressEdit->setVisible(one);
    if (one && m_ui->bindAddressEdit->text().isEmpty() && m_hasProfile)
        m_ui->bindAddressEdit->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::showReceiver(const Profile& profile)
{
    const bool sandbox = profile.kind == Profile::Kind::Sandbox;
    const Profile::Receiver& receiver = profile.receiver;
    m_ui->receiverNote->setText(
        sandbox ? tr("Where the receiver listens for the sandbox's deliveries. The sandbox runs on this computer, so "
                     "127.0.0.1 is all it needs. Changes apply on Save; a running receiver restarts.")
                : tr("Where the receiver listens for Vainu's deliveries. Vainu cannot reach 127.0.0.1: give it a "
                     "public URL that forwards to this port (a tunnel such as ngrok or cloudflared, or a server). "
                     "Changes apply on Save; a running receiver restarts."));
    fitWrapped(m_ui->receiverNote);
    {
        const QSignalBlocker comboBlocker(m_ui->bindModeCombo);
        const QSignalBlocker portBlocker(m_ui->portSpin);
        if (receiver.bindAddress == loopbackAddress) {
            m_ui->bindModeCombo->setCurrentIndex(loopbackMode);
            m_ui->bindAddressEdit->clear();
        } else if (receiver.bindAddress == allInterfacesAddress) {
            m_ui->bindModeCombo->setCurrentIndex(allInterfacesMode);
            m_ui->bindAddressEdit->clear();
        } else {
            m_ui->bindModeCombo->setCurrentIndex(oneAddressMode);
            m_ui->bindAddressEdit->setText(receiver.bindAddress);
        }
        m_ui->portSpin->setValue(receiver.port);
    }
    m_ui->bindAddressEdit->setVisible(m_ui->bindModeCombo->currentIndex() == oneAddressMode);
    m_ui->pathEdit->setText(receiver.path);
    m_ui->publicUrlEdit->setText(receiver.publicUrl.toString());
    m_ui->receiverAutostartCheck->setChecked(receiver.autostart);
    m_ui->tlsCertificateEdit->setText(receiver.tlsCertificateFile);
    m_ui->tlsKeyEdit->setText(receiver.tlsKeyFile);
    // The sandbox's receiver always starts with it, and its deliveries are local: no public URL to give.
    m_ui->receiverFormLayout->setRowVisible(publicUrlRow, !sandbox);
    m_ui->receiverFormLayout->setRowVisible(autostartRow, !sandbox);
    setToneText(m_ui->bindAddressError, {}, Tone::Plain);
    setToneText(m_ui->portError, {}, Tone::Plain);
    m_ui->showSecretButton->setChecked(false);
    m_ui->secretEdit->clear();
    m_ui->copySecretButton->setEnabled(false);
    m_ui->showSecretButton->setEnabled(false);
    updateRotation();
    if (m_isNew)
        setToneText(m_ui->secretStatusLabel,
                    tr("No secret yet: \"Subscribe this receiver\" on the Live events page creates one."), Tone::Plain);
    else
        readReceiverSecret();
}

void SettingsDialog::readReceiverSecret()
{
    setToneText(m_ui->secretStatusLabel, tr("Reading the secret from the keychain…"), Tone::Busy);
    const quint64 generation = m_keyGeneration;
    m_vault->read(m_profile.id, SecretKind::ReceiverSecret, this, [this, generation](const VaultResult& result) {
        if (generation != m_keyGeneration)
            return;
        const bool found = result.ok() && !result.secret.isEmpty();
        m_ui->secretEdit->setText(found ? result.secret : QString());
        m_ui->copySecretButton->setEnabled(found);
        m_ui->showSecretButton->setEnabled(found);
        updateRotation();
        if (found && !m_rotationMessage.isEmpty())
            setToneText(m_ui->secretStatusLabel, std::exchange(m_rotationMessage, QString()), m_rotationTone);
        else if (found)
            setToneText(m_ui->secretStatusLabel, tr("Vainu sends it with every delivery; others are refused."),
                        Tone::Plain);
        else if (result.status == VaultResult::Status::NotFound || result.ok())
            setToneText(m_ui->secretStatusLabel,
                        tr("No secret yet: \"Subscribe this receiver\" on the Live events page creates one."),
                        Tone::Plain);
        else
            setToneText(m_ui->secretStatusLabel, result.message, Tone::Warning);
    });
}

bool SettingsDialog::checkReceiverFields(const Profile& candidate)
{
    const Profile::Receiver& wanted = candidate.receiver;
    QString addressProblem = ReceiverAddressCheck::bindAddressProblem(wanted.bindAddress);
    QString portProblem;
    // The port the receiver already uses is its own; only a changed address or port is tried.
    const bool moved
        = m_isNew || wanted.bindAddress != m_profile.receiver.bindAddress || wanted.port != m_profile.receiver.port;
    if (addressProblem.isEmpty() && moved)
        portProblem = ReceiverAddressCheck::portProblem(wanted.bindAddress, wanted.port);
    setToneText(m_ui->bindAddressError, addressProblem, Tone::Error);
    setToneText(m_ui->portError, portProblem, Tone::Error);
    if (addressProblem.isEmpty() && portProblem.isEmpty())
        return true;
    showReceiverTab();
    QWidget* field = !addressProblem.isEmpty()
        ? (m_ui->bindModeCombo->currentIndex() == oneAddressMode ? static_cast<QWidget*>(m_ui->bindAddressEdit)
                                                                 : m_ui->bindModeCombo)
        : m_ui->portSpin;
    field->setFocus(Qt::OtherFocusReason);
    setToneText(m_ui->messageLabel, tr("Not saved: the receiver cannot listen there. The Receiver tab says why."),
                Tone::Error);
    return false;
}

void SettingsDialog::showReceiverTab()
{
    m_ui->editorTabs->setCurrentWidget(m_ui->receiverTab);
}

QString SettingsDialog::bindAddressError() const
{
    return m_ui->bindAddressError->isHidden() ? QString() : m_ui->bindAddressError->text();
}

QString SettingsDialog::portError() const
{
    return m_ui->portError->isHidden() ? QString() : m_ui->portError->text();
}

void SettingsDialog::setAppSettings(AppPreferences* preferences, const SessionAutostart& autostart)
{
    m_preferences = preferences;
    m_autostart = autostart;
    const QSignalBlocker comboBlocker(m_ui->closeActionCombo);
    const QSignalBlocker checkBlocker(m_ui->startWithSessionCheck);
    // The combo's items, in ui/SettingsDialog.ui's order: keep receiving in the tray, quit.
    m_ui->closeActionCombo->setCurrentIndex(preferences->closeAction() == AppPreferences::CloseAction::Quit ? 1 : 0);
    m_ui->startWithSessionCheck->setChecked(m_autostart->isEnabled());
    m_ui->startWithSessionCheck->setStatusTip(m_autostart->location());
    m_ui->appGroup->show();
}

void SettingsDialog::onStartWithSessionToggled(bool enabled)
{
    if (!m_autostart)
        return;
    const QString error = m_autostart->setEnabled(enabled);
    if (error.isEmpty()) {
        setToneText(m_ui->autostartMessageLabel, {}, Tone::Plain);
        return;
    }
    // The box shows what is really set up, and the message why the change did not happen.
    const QSignalBlocker blocker(m_ui->startWithSessionCheck);
    m_ui->startWithSessionCheck->setChecked(m_autostart->isEnabled());
    setToneText(m_ui->autostartMessageLabel, error, Tone::Error);
}

void SettingsDialog::setSandboxConnection(const ApiConnection& connection)
{
    m_sandboxConnection = connection;
}

QString SettingsDialog::currentProfileId() const
{
    return m_isNew ? QString() : m_profile.id;
}

bool SettingsDialog::isKeyBusy() const
{
    return m_keyState == KeyState::Reading || m_keyState == KeyState::Writing;
}

bool SettingsDialog::selectProfile(const QString& id)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(Qt::UserRole).toString() == id) {
            m_ui->profileList->setCurrentRow(row);
            return m_shownRow == row && !m_isNew;
        }
    }
    return false;
}

void SettingsDialog::startNewProfile(Profile::Kind kind)
{
    if (!confirmDiscard())
        return;
    m_listReloading = true;
    m_ui->profileList->clearSelection();
    m_ui->profileList->setCurrentRow(-1);
    m_listReloading = false;
    m_shownRow = -1;
    showProfile(kind == Profile::Kind::Vainu ? m_store->vainuPreset() : m_store->sandboxPreset(), true);
    setToneText(m_ui->messageLabel, {}, Tone::Plain);
    (kind == Profile::Kind::Vainu ? static_cast<QWidget*>(m_ui->apiKeyEdit) : m_ui->nameEdit)->setFocus();
}

void SettingsDialog::focusApiKey()
{
    if (!m_hasProfile || m_profile.kind != Profile::Kind::Vainu)
        return;
    // The field is disabled while the keychain is read: focus it when the answer is in.
    m_focusKeyAfterRead = m_keyState == KeyState::Reading;
    if (!m_focusKeyAfterRead)
        m_ui->apiKeyEdit->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::reloadList(const QString& selectId)
{
    m_listReloading = true;
    m_ui->profileList->clear();
    const QString activeId = m_store->activeProfileId();
    int selectRow = -1;
    for (const Profile& profile : m_store->profiles()) {
        auto* item = new QListWidgetItem(profile.name, m_ui->profileList);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == activeId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
            item->setToolTip(tr("In use"));
        }
        if (profile.id == selectId)
            selectRow = m_ui->profileList->count() - 1;
    }
    m_listReloading = false;
    if (m_isNew && selectId.isEmpty()) {
        m_shownRow = -1;
        updateButtons();
        return; // keep the unsaved new profile on screen
    }
    if (selectRow < 0)
        selectRow = m_ui->profileList->count() > 0 ? 0 : -1;
    // Same profile as before: keep what the user typed; only the list was redrawn.
    const bool same = !m_isNew && m_hasProfile && selectRow >= 0
        && m_ui->profileList->item(selectRow)->data(Qt::UserRole).toString() == m_profile.id;
    m_listReloading = same;
    m_ui->profileList->setCurrentRow(selectRow);
    m_listReloading = false;
    if (same) {
        m_shownRow = selectRow;
        if (const auto stored = m_store->profile(m_profile.id))
            m_profile = *stored;
        updateButtons();
    }
}

void SettingsDialog::onCurrentRowChanged(int row)
{
    if (m_listReloading || row == m_shownRow)
        return;
    if (!confirmDiscard()) {
        m_listReloading = true;
        m_ui->profileList->setCurrentRow(m_shownRow);
        m_listReloading = false;
        return;
    }
    m_shownRow = row;
    const QListWidgetItem* item = m_ui->profileList->item(row);
    const auto profile = item ? m_store->profile(item->data(Qt::UserRole).toString()) : std::nullopt;
    setToneText(m_ui->messageLabel, {}, Tone::Plain);
    if (profile)
        showProfile(*profile, false);
}

void SettingsDialog::showProfile(const Profile& profile, bool isNew)
{
    m_test->cancel();
    m_profile = profile;
    m_isNew = isNew;
    m_focusKeyAfterRead = false;
    m_hasProfile = true;
    ++m_keyGeneration;
    m_storedKey.clear();
    const bool sandbox = profile.kind == Profile::Kind::Sandbox;

    m_ui->titleLabel->setText(isNew ? tr("New profile (not saved yet)") : profile.name);
    m_ui->kindNote->setText(
        sandbox ? tr("The built-in sandbox runs on this computer with demo data and its own demo key: nothing to set "
                     "up, and nothing leaves this computer.")
                : tr("A Vainu account, or any server that speaks Vainu's API v2. The API key is kept in the system "
                     "keychain, never in a file."));
    m_ui->nameEdit->setText(profile.name);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->apiKeyEdit->clear();
    m_ui->apiKeyEdit->setKeyShown(false);
    m_ui->formLayout->setRowVisible(baseUrlRow, !sandbox);
    m_ui->formLayout->setRowVisible(apiKeyRow, !sandbox);
    m_ui->formLayout->setRowVisible(keyStatusRow, !sandbox);
    m_ui->testResultLabel->clear();
    showReceiver(profile);

    if (sandbox) {
        m_keyState = KeyState::NotApplicable;
        setToneText(m_ui->keyStatusLabel, {}, Tone::Plain);
    } else if (isNew) {
        m_keyState = KeyState::Missing;
        setToneText(m_ui->keyStatusLabel, tr("Save stores the key in the system keychain."), Tone::Plain);
    } else {
        readKey();
    }
    updateButtons();
}

void SettingsDialog::readKey()
{
    m_keyState = KeyState::Reading;
    m_ui->apiKeyEdit->setEnabled(false);
    m_ui->apiKeyEdit->setPlaceholderText(tr("Reading the key from the keychain…"));
    setToneText(m_ui->keyStatusLabel, tr("Reading the key from the keychain…"), Tone::Busy);
    const quint64 generation = m_keyGeneration;
    m_vault->read(m_profile.id, this, [this, generation](const VaultResult& result) {
        if (generation == m_keyGeneration)
            onKeyRead(result);
    });
}

void SettingsDialog::onKeyRead(const VaultResult& result)
{
    m_ui->apiKeyEdit->setEnabled(true);
    m_ui->apiKeyEdit->setPlaceholderText(tr("Paste the API key of your Vainu account"));
    switch (result.status) {
    case VaultResult::Status::Ok:
        m_keyState = KeyState::Stored;
        m_storedKey = result.secret;
        m_ui->apiKeyEdit->setApiKey(result.secret);
        setToneText(m_ui->keyStatusLabel,
                    result.sessionOnly ? result.message : tr("The key is stored in the system keychain."),
                    result.sessionOnly ? Tone::Warning : Tone::Ok);
        break;
    case VaultResult::Status::NotFound:
        m_keyState = KeyState::Missing;
        setToneText(m_ui->keyStatusLabel,
                    tr("No key is saved for this profile yet. Paste the API key of your Vainu account and save."),
                    Tone::Plain);
        break;
    case VaultResult::Status::Unavailable:
    case VaultResult::Status::Failed:
        m_keyState = KeyState::Unreadable;
        setToneText(m_ui->keyStatusLabel, result.message, Tone::Warning);
        break;
    }
    updateButtons();
    if (std::exchange(m_focusKeyAfterRead, false))
        m_ui->apiKeyEdit->setFocus(Qt::OtherFocusReason);
    emit keyReadFinished();
}

Profile SettingsDialog::profileFromFields() const
{
    Profile profile = m_profile;
    profile.name = m_ui->nameEdit->text();
    if (profile.kind == Profile::Kind::Vainu)
        profile.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    Profile::Receiver& receiver = profile.receiver;
    switch (m_ui->bindModeCombo->currentIndex()) {
    case loopbackMode:
        receiver.bindAddress = loopbackAddress;
        break;
    case allInterfacesMode:
        receiver.bindAddress = allInterfacesAddress;
        break;
    default:
        receiver.bindAddress = m_ui->bindAddressEdit->text().trimmed();
        break;
    }
    receiver.port = quint16(m_ui->portSpin->value());
    receiver.path = m_ui->pathEdit->text().trimmed();
    if (profile.kind == Profile::Kind::Vainu) {
        receiver.publicUrl = QUrl(m_ui->publicUrlEdit->text().trimmed(), QUrl::StrictMode);
        receiver.autostart = m_ui->receiverAutostartCheck->isChecked();
    }
    receiver.tlsCertificateFile = m_ui->tlsCertificateEdit->text().trimmed();
    receiver.tlsKeyFile = m_ui->tlsKeyEdit->text().trimmed();
    return profile;
}

bool SettingsDialog::keyChanged() const
{
    return m_keyState != KeyState::NotApplicable && m_keyState != KeyState::Reading
        && m_ui->apiKeyEdit->apiKey() != m_storedKey;
}

bool SettingsDialog::hasUnsavedChanges() const
{
    if (!m_hasProfile)
        return false;
    const Profile edited = profileFromFields().normalised();
    return edited.name != m_profile.normalised().name || edited.baseUrl != m_profile.normalised().baseUrl
        || !(edited.receiver == m_profile.normalised().receiver) || keyChanged();
}

bool SettingsDialog::confirmDiscard()
{
    if (!hasUnsavedChanges())
        return true;
    const QString name = m_profile.name;
    return MessageBox::confirm(this, tr("Unsaved changes"), tr("Discard the changes to the profile \"%1\"?").arg(name),
                               tr("The name, server or key you entered is not saved yet."), tr("Discard"))
        == MessageBox::Answer::Accept;
}

void SettingsDialog::save()
{
    if (!m_hasProfile || isKeyBusy())
        return;
    const Profile candidate = profileFromFields();
    if (const QString error = m_store->validate(candidate); !error.isEmpty()) {
        setToneText(m_ui->messageLabel, error, Tone::Error);
        return;
    }
    if (!checkReceiverFields(candidate.normalised()))
        return;
    const bool wasNew = m_isNew;
    const ProfileStore::Result result = wasNew ? m_store->add(candidate) : m_store->update(candidate);
    // A failed write to the settings file still leaves the profile in use for this session.
    if (!m_store->profile(result.profile.id)) {
        setToneText(m_ui->messageLabel, result.error, Tone::Error);
        return;
    }
    m_profile = result.profile;
    m_isNew = false;
    m_ui->titleLabel->setText(m_profile.name);
    m_ui->nameEdit->setText(m_profile.name);
    if (m_profile.kind == Profile::Kind::Vainu)
        m_ui->baseUrlEdit->setText(m_profile.baseUrl.toString());
    reloadList(m_profile.id);
    setToneText(m_ui->messageLabel, result.ok() ? tr("Saved.") : result.error, result.ok() ? Tone::Ok : Tone::Error);
    // Saved without a key, a Vainu profile cannot call anything yet: say so under the key field (saving is allowed,
    // the key may come later).
    const bool noKey = m_profile.kind == Profile::Kind::Vainu && m_ui->apiKeyEdit->apiKey().isEmpty();
    if (noKey && !keyChanged()) {
        setToneText(m_ui->keyStatusLabel,
                    tr("Without an API key this profile cannot reach Vainu. Paste the key and save again."),
                    Tone::Warning);
    }
    qCInfo(lcSettings) << "saved profile" << m_profile.id << (wasNew ? "(new)" : "");

    if (!keyChanged()) {
        updateButtons();
        emit saveFinished(m_profile.id, result.ok());
        return;
    }
    const QString key = m_ui->apiKeyEdit->apiKey();
    const QString id = m_profile.id;
    const quint64 generation = m_keyGeneration;
    m_keyState = KeyState::Writing;
    m_ui->apiKeyEdit->setEnabled(false);
    setToneText(m_ui->keyStatusLabel,
                key.isEmpty() ? tr("Removing the key from the keychain…") : tr("Saving the key to the keychain…"),
                Tone::Busy);
    updateButtons();
    auto done = [this, id, key, generation](const VaultResult& vaultResult) {
        if (generation == m_keyGeneration)
            onKeyWritten(id, key, key.isEmpty(), vaultResult);
        else
            emit saveFinished(id, vaultResult.ok() || vaultResult.sessionOnly);
    };
    if (key.isEmpty())
        m_vault->remove(id, this, done);
    else
        m_vault->write(id, key, this, done);
}

void SettingsDialog::onKeyWritten(const QString& profileId, const QString& key, bool removed, const VaultResult& result)
{
    m_ui->apiKeyEdit->setEnabled(true);
    const bool kept = result.ok() || result.sessionOnly;
    if (kept) {
        m_storedKey = key;
        m_keyState = removed ? KeyState::Missing : KeyState::Stored;
    } else {
        m_keyState = KeyState::Unreadable;
    }
    if (result.ok()) {
        setToneText(m_ui->keyStatusLabel,
                    removed ? tr("The key was removed from the system keychain: this profile cannot reach Vainu "
                                 "until you paste a key and save again.")
                            : tr("The key is stored in the system keychain."), // "Saved." is said once, above
                    removed ? Tone::Warning : Tone::Ok);
    } else {
        // The keychain's own reason, e.g. "No system keychain is available: <reason>. The key will be
        // used for this session only."
        setToneText(m_ui->keyStatusLabel, result.message, kept ? Tone::Warning : Tone::Error);
    }
    updateButtons();
    emit saveFinished(profileId, kept);
}

void SettingsDialog::revert()
{
    if (!m_hasProfile)
        return;
    if (m_isNew) {
        m_isNew = false;
        m_hasProfile = false;
        reloadList(m_store->activeProfileId());
        if (const auto active = m_store->activeProfile(); active && m_shownRow < 0)
            selectProfile(active->id);
        return;
    }
    if (const auto stored = m_store->profile(m_profile.id))
        showProfile(*stored, false);
    setToneText(m_ui->messageLabel, {}, Tone::Plain);
}

void SettingsDialog::testConnection()
{
    if (!m_hasProfile)
        return;
    const Profile candidate = profileFromFields().normalised();
    ApiConnection connection;
    if (candidate.kind == Profile::Kind::Sandbox) {
        if (m_sandboxConnection.baseUrl.isEmpty()) {
            setToneText(m_ui->testResultLabel,
                        tr("The built-in sandbox is not running. Choose \"Use this profile\" to start it."),
                        Tone::Warning);
            return;
        }
        connection = m_sandboxConnection;
    } else {
        if (const QString error = candidate.validate(); !error.isEmpty()) {
            setToneText(m_ui->testResultLabel, error, Tone::Error);
            return;
        }
        connection.baseUrl = candidate.baseUrl;
        connection.apiKey = m_ui->apiKeyEdit->apiKey();
        if (connection.apiKey.isEmpty()) {
            setToneText(m_ui->testResultLabel, tr("Enter the API key first, then test the connection."), Tone::Error);
            return;
        }
    }
    setToneText(m_ui->testResultLabel, tr("Testing the connection to %1…").arg(connection.baseUrl.host()), Tone::Busy);
    m_test->start(connection);
    updateButtons();
}

void SettingsDialog::onTestFinished(const ConnectionTest::Outcome& outcome)
{
    setToneText(m_ui->testResultLabel, outcome.message, outcome.ok ? Tone::Ok : Tone::Error);
    updateButtons();
    emit testFinished(outcome.ok);
}

void SettingsDialog::removeCurrent()
{
    if (!m_hasProfile)
        return;
    if (m_isNew) {
        revert();
        return;
    }
    const Profile profile = m_profile;
    if (MessageBox::confirm(this, tr("Delete profile"), tr("Delete the profile \"%1\"?").arg(profile.name),
                            profile.kind == Profile::Kind::Vainu
                                ? tr("Its API key is removed from the system keychain too. This cannot be undone.")
                                : tr("This cannot be undone."),
                            tr("Delete"))
        != MessageBox::Answer::Accept) {
        return;
    }
    const ProfileStore::Result result = m_store->remove(profile.id);
    if (m_store->profile(profile.id)) {
        setToneText(m_ui->messageLabel, result.error, Tone::Error);
        return;
    }
    m_hasProfile = false;
    reloadList(m_store->activeProfileId());
    setToneText(m_ui->messageLabel, tr("The profile \"%1\" was deleted.").arg(profile.name), Tone::Ok);
    removeSecrets(profile);
}

// A deleted profile's secrets must not stay behind in the keychain.
void SettingsDialog::removeSecrets(const Profile& profile)
{
    for (const SecretKind kind : {SecretKind::ApiKey, SecretKind::ReceiverSecret, SecretKind::PreviousReceiverSecret}) {
        m_vault->remove(profile.id, kind, this, [this, profile](const VaultResult& result) {
            if (result.ok())
                return;
            setToneText(m_ui->messageLabel,
                        tr("The profile \"%1\" was deleted, but its secrets may still be in the keychain: %2")
                            .arg(profile.name, result.message),
                        Tone::Warning);
        });
    }
}

void SettingsDialog::useCurrent()
{
    if (!m_hasProfile || m_isNew)
        return;
    if (hasUnsavedChanges()) {
        save();
        if (hasUnsavedChanges() && !isKeyBusy())
            return; // saving failed; the message says why
    }
    m_store->setActiveProfile(m_profile.id);
    updateButtons();
}

void SettingsDialog::reject()
{
    if (!confirmDiscard())
        return;
    m_test->cancel();
    QDialog::reject();
}

void SettingsDialog::setSecretRotation(ReceiverService* service, std::function<ReceiverSubscription*()> subscription)
{
    if (m_receiverService)
        disconnect(m_receiverService, nullptr, this, nullptr);
    m_receiverService = service;
    m_subscription = std::move(subscription);
    if (service)
        connect(service, &ReceiverService::changed, this, &SettingsDialog::updateRotation);
    updateRotation();
}

QString SettingsDialog::previousSecretText() const
{
    return m_ui->previousSecretLabel->text();
}

// Rotate… works on the profile whose receiver runs in this app (the active one) once its secret is known.
void SettingsDialog::updateRotation()
{
    bool thisReceiver = false;
    bool hasSecret = false;
    QString previous;
    if (ReceiverService* service = m_receiverService.data(); service != nullptr) {
        const Profile active = service->profile();
        thisReceiver = m_hasProfile && !m_isNew && active.id == m_profile.id;
        const QString secret = service->secret();
        hasSecret = !secret.isEmpty();
        const QDateTime until = service->previousSecretValidUntil();
        if (thisReceiver && until.isValid())
            previous = tr("The previous secret is accepted until %1.")
                           .arg(QLocale().toString(until.toLocalTime(), QLocale::ShortFormat));
    }
    m_ui->rotateSecretButton->setEnabled(thisReceiver && hasSecret && m_subscription && !m_rotating);
    m_ui->rotateSecretButton->setToolTip(
        !thisReceiver ? tr("Use this profile to rotate its receiver's secret")
                      : tr("Replace the secret with a new one; the old one stays valid for a while"));
    setToneText(m_ui->previousSecretLabel, previous, Tone::Plain);
    m_ui->previousSecretLabel->setVisible(!previous.isEmpty());
}

void SettingsDialog::rotateSecret()
{
    ReceiverSubscription* subscription = m_subscription ? m_subscription() : nullptr;
    ReceiverService* service = m_receiverService.data();
    if (service == nullptr || subscription == nullptr || m_rotating || service->profile().id != m_profile.id)
        return;
    if (subscription->isBusy()) {
        setToneText(m_ui->secretStatusLabel, tr("The webhooks are being changed; try again in a moment."),
                    Tone::Warning);
        return;
    }
    const QDateTime until = service->now().addSecs(service->rotationGracePeriod().count());
    const QString untilText = QLocale().toString(until.toLocalTime(), QLocale::ShortFormat);
    QString details = tr("The webhook that delivers here with the old secret is replaced: one with the new "
                         "secret is created first, then the old one is deleted. If the new one cannot be "
                         "created, nothing changes.");
    if (service->hasPreviousSecret())
        details += u' ' + tr("The secret replaced by the last rotation is refused from now on.");
    if (MessageBox::confirm(this, tr("Rotate the receiver's secret"),
                            tr("A new secret replaces the current one. The receiver accepts the new one at once and "
                               "the old one too until %1, so that Vainu's retries of earlier deliveries still "
                               "arrive; after that only the new one.")
                                .arg(untilText),
                            details, tr("Rotate"))
        != MessageBox::Answer::Accept)
        return;
    m_rotating = true;
    updateRotation();
    setToneText(m_ui->secretStatusLabel, tr("Rotating the secret…"), Tone::Busy);
    // One answer; the guard drops both connections after it.
    auto* guard = new QObject(this);
    connect(subscription, &ReceiverSubscription::rotated, guard,
            [this, guard](const QList<Webhook>& created, const QStringList&, const QString& warning) {
                guard->deleteLater();
                m_rotating = false;
                ++m_keyGeneration; // an older read of the secret must not show the old one
                readReceiverSecret();
                const QString done = created.isEmpty()
                    ? tr("The secret was rotated. No webhook delivered here with the old one: subscribe this "
                         "receiver to give Vainu the new one.")
                    : tr("The secret was rotated, and Vainu's webhook now carries the new one.");
                // Shown once the read answers, instead of its usual text.
                m_rotationMessage = warning.isEmpty() ? done : done + u' ' + warning;
                m_rotationTone = warning.isEmpty() ? Tone::Ok : Tone::Warning;
                updateRotation();
            });
    // The Live events page replaces its subscription when another profile is chosen: no answer comes then.
    connect(subscription, &QObject::destroyed, guard, [this, guard] {
        guard->deleteLater();
        m_rotating = false;
        setToneText(m_ui->secretStatusLabel,
                    tr("Another profile was chosen while the secret was being rotated. Check that account's "
                       "webhooks on the Webhooks page."),
                    Tone::Warning);
        updateRotation();
    });
    connect(subscription, &ReceiverSubscription::rotateFailed, guard, [this, guard](const QString& message) {
        guard->deleteLater();
        m_rotating = false;
        setToneText(m_ui->secretStatusLabel, message, Tone::Error);
        updateRotation();
    });
    subscription->rotate();
}

void SettingsDialog::updateButtons()
{
    const bool busy = isKeyBusy();
    const bool dirty = hasUnsavedChanges();
    const bool active = m_hasProfile && !m_isNew && m_profile.id == m_store->activeProfileId();
    m_ui->nameEdit->setEnabled(m_hasProfile);
    m_ui->saveButton->setEnabled(m_hasProfile && !busy && (m_isNew || dirty));
    m_ui->revertButton->setEnabled(m_hasProfile && !busy && (m_isNew || dirty));
    m_ui->testButton->setEnabled(m_hasProfile && m_keyState != KeyState::Reading && !m_test->isRunning());
    m_ui->useButton->setEnabled(m_hasProfile && !m_isNew && !active && !busy);
    m_ui->useButton->setText(active ? tr("In use") : tr("&Use this profile"));
    m_ui->removeButton->setEnabled(m_hasProfile && !busy && (m_isNew || m_store->profiles().size() > 1));
    m_ui->titleLabel->setText(m_isNew ? tr("New profile (not saved yet)") : m_profile.name);
}

void SettingsDialog::setToneText(QLabel* label, const QString& text, Tone tone)
{
    const auto colour = [label](Tone t) -> QString {
        using StatusPalette::Status;
        switch (t) {
        case Tone::Plain:
            return {};
        case Tone::Busy:
            return u"color: palette(mid);"_s;
        case Tone::Ok:
            return StatusPalette::textStyle(Status::Good, label->window()->palette());
        case Tone::Warning:
            return StatusPalette::textStyle(Status::Warning, label->window()->palette());
        case Tone::Error:
            return StatusPalette::textStyle(Status::Bad, label->window()->palette());
        }
        return {};
    };
    label->setText(text);
    label->setStyleSheet(colour(tone));
    label->setVisible(!text.isEmpty());
    label->setProperty("tone", int(tone));
    fitWrapped(label);
}

// A wrapped message in a tab gets only one line's height (QTabWidget does not pass height-for-width on):
// asking for all of its lines, at the width of its form's field column, makes the dialog grow instead.
void SettingsDialog::fitWrapped(QLabel* label) const
{
    if (!label->wordWrap() || !m_ui)
        return;
    const bool note = label == m_ui->receiverNote;
    const bool receiverForm = !note && m_ui->receiverTab->isAncestorOf(label);
    const bool connectionForm = label == m_ui->keyStatusLabel;
    if (!note && !receiverForm && !connectionForm)
        return;
    int width = 0;
    if (note)
        width = label->width() > 100 ? label->width() : 460;
    else {
        const QWidget* column = receiverForm ? m_ui->pathEdit : m_ui->nameEdit;
        width = column->width() > 100 ? column->width() : 360;
    }
    // The form still takes a few pixels of a row whose field wraps: half a line of slack keeps the last line whole.
    const int slack = note ? 0 : label->fontMetrics().lineSpacing() / 2;
    label->setMinimumHeight(label->text().isEmpty() ? 0 : qMax(0, label->heightForWidth(width)) + slack);
}

void SettingsDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    for (QLabel* label :
         {m_ui->receiverNote, m_ui->bindAddressError, m_ui->portError, m_ui->secretStatusLabel, m_ui->keyStatusLabel})
        fitWrapped(label);
}
