#pragma once

#include "core/Profile.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QSettings;

// The user's profiles and which one is active, kept in QSettings (group "profiles"). Secrets are
// never stored here: removing a profile does not remove its keychain items (TokenVault does that).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // The outcome of a change: the profile as stored (id assigned, normalised), or a translated error.
    struct Result
    {
        QString error;
        Profile profile;
        bool ok() const { return error.isEmpty(); }
    };

    // The platform's standard settings location (QCoreApplication's organisation/application names).
    explicit ProfileStore(QObject* parent = nullptr);
    // An INI file at this path (tests, portable setups).
    explicit ProfileStore(const QString& iniFilePath, QObject* parent = nullptr);
    // Settings owned by the caller; must outlive the store.
    explicit ProfileStore(QSettings* settings, QObject* parent = nullptr);
    ~ProfileStore() override;

    // First run: creates the built-in "Sandbox" profile and makes it active. Otherwise makes sure a
    // valid profile is active. Returns true when it created the defaults (i.e. this is a first run).
    bool ensureDefaults();

    QList<Profile> profiles() const; // in the order they were added
    std::optional<Profile> profile(const QString& id) const;
    std::optional<Profile> activeProfile() const;
    QString activeProfileId() const;
    bool setActiveProfile(const QString& id); // false if there is no such profile

    // A new (not yet added) Vainu profile: base URL https://api.vainu.io/api/v2/, a unique name.
    Profile vainuPreset() const;
    // A new (not yet added) sandbox profile with a unique name.
    Profile sandboxPreset() const;

    Result add(Profile profile); // assigns an id when empty
    Result update(const Profile& profile); // replaces the profile with the same id
    Result rename(const QString& id, const QString& name);
    Result remove(const QString& id); // the active profile moves to the first remaining one

    // A translated message for the first problem with this profile in this store (its own
    // validate(), a duplicate name), or empty when it could be stored.
    QString validate(const Profile& profile) const;

    // The settings status after the last write, as a translated message (empty when fine).
    QString lastWriteError() const;

signals:
    void profilesChanged();
    void activeProfileChanged(const QString& id);

private:
    void load();
    QString save();
    int indexOf(const QString& id) const;
    QString uniqueName(const QString& base) const;
    Result failure(const QString& error) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings* m_settings = nullptr;
    QList<Profile> m_profiles;
    QString m_activeId;
    QString m_lastWriteError;
};
