#pragma once

#include "api/ApiConnection.h"
#include "core/Profile.h"
#include "gui/settings/ConnectionTest.h"
#include "session/SessionAutostart.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class AppPreferences;
class ProfileStore;
class QLabel;
class QLineEdit;
class ReceiverService;
class ReceiverSubscription;
class TokenVault;
struct VaultResult;

namespace Ui {
class SettingsDialog;
}

// Profiles and their API keys: add (Vainu preset or another sandbox), rename, delete, test the
// connection, save. Each profile's receiver has a tab of its own (Receiver): address, port, path, public URL,
// autostart, its secret (masked; Show, Copy) and TLS files. Save checks there that the address is this
// computer's and that a changed port is free, and says so at the field; the app restarts a running receiver. The key
// goes to the system keychain (TokenVault); every keychain call is asynchronous, and while one runs the dialog says so
// instead of waiting. Below the profiles, when the app gives them (setAppSettings()), the choices for all profiles:
// what closing the window does while the receiver runs, and "Start with my session"; each applies at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(ProfileStore* store, TokenVault* vault, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Shows the choices for all profiles, read from and written to these.
    void setAppSettings(AppPreferences* preferences, const SessionAutostart& autostart);

    // Where "Test connection" goes for Sandbox profiles (the running built-in sandbox).
    void setSandboxConnection(const ApiConnection& connection);

    bool selectProfile(const QString& id);
    // A new, unsaved profile from the store's preset (Vainu: https://api.vainu.io/api/v2/). Save adds it.
    void startNewProfile(Profile::Kind kind);
    // Puts the cursor in the shown profile's key field (once the keychain has answered, if it is being read).
    // Sandbox profiles have no key field: nothing happens.
    void focusApiKey();

    QString currentProfileId() const; // empty while a new profile is not saved yet
    bool isNewProfile() const { return m_isNew; }
    bool isKeyBusy() const; // reading or writing the keychain
    bool hasUnsavedChanges() const;
    // The problem shown at the receiver's address or port field (empty when none).
    QString bindAddressError() const;
    QString portError() const;
    void showReceiverTab();

    // "Rotate…" on the Receiver tab: the active profile's receiver and what replaces its webhooks (asked each time,
    // since the Live events page makes a new one for each account). Without them the button stays disabled.
    void setSecretRotation(ReceiverService* service, std::function<ReceiverSubscription*()> subscription);
    // "The previous secret is accepted until …" (empty when none).
    QString previousSecretText() const;

public slots:
    void save();
    void revert();
    void testConnection();
    void removeCurrent();
    void useCurrent();
    void reject() override;
    void rotateSecret(); // asks first

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    void keyReadFinished(); // the key field shows what the keychain answered
    void saveFinished(const QString& profileId, bool ok); // after the profile and its key were written
    void testFinished(bool ok);

private:
    enum class Tone
    {
        Plain,
        Busy,
        Ok,
        Warning,
        Error
    };
    enum class KeyState
    {
        NotApplicable, // sandbox profiles use the sandbox's demo key
        Reading,
        Stored,
        Missing,
        Unreadable,
        Writing
    };

    void setUpAddMenu();
    void setUpReceiverTab();
    void showReceiver(const Profile& profile);
    void readReceiverSecret();
    void updateBindAddressField();
    bool checkReceiverFields(const Profile& candidate);
    void chooseTlsFile(QLineEdit* field, const QString& title);
    void onStartWithSessionToggled(bool enabled);
    void reloadList(const QString& selectId);
    void onCurrentRowChanged(int row);
    void showProfile(const Profile& profile, bool isNew);
    void readKey();
    void onKeyRead(const VaultResult& result);
    void onKeyWritten(const QString& profileId, const QString& key, bool removed, const VaultResult& result);
    void onTestFinished(const ConnectionTest::Outcome& outcome);
    void removeSecrets(const Profile& profile);
    Profile profileFromFields() const;
    bool keyChanged() const;
    bool confirmDiscard();
    void updateButtons();
    void updateRotation();
    void setToneText(QLabel* label, const QString& text, Tone tone);
    void fitWrapped(QLabel* label) const;

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ProfileStore* m_store;
    TokenVault* m_vault;
    QPointer<ReceiverService> m_receiverService;
    std::function<ReceiverSubscription*()> m_subscription;
    bool m_rotating = false;
    QString m_rotationMessage; // what the last rotation did, shown when the new secret has been read
    Tone m_rotationTone = Tone::Ok;
    ConnectionTest* m_test;
    ApiConnection m_sandboxConnection;
    AppPreferences* m_preferences = nullptr;
    std::optional<SessionAutostart> m_autostart;
    Profile m_profile; // as stored (or the preset of a new one)
    bool m_isNew = false;
    bool m_hasProfile = false;
    KeyState m_keyState = KeyState::NotApplicable;
    QString m_storedKey; // what the keychain holds for m_profile, to tell an edited key
    quint64 m_keyGeneration = 0; // answers for an earlier selection are ignored (the receiver's secret's too)
    bool m_listReloading = false;
    bool m_focusKeyAfterRead = false;
    int m_shownRow = -1;
};
