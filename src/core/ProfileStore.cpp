#include "core/ProfileStore.h"

#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProfiles, "vainu.profiles")

namespace {

const auto groupKey = "profiles"_L1;
const auto listKey = "list"_L1;
const auto activeKey = "active"_L1;

} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>())
    , m_settings(m_ownedSettings.get())
{
    load();
}

ProfileStore::ProfileStore(const QString& iniFilePath, QObject* parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{
    load();
}

ProfileStore::ProfileStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

ProfileStore::~ProfileStore() = default;

void ProfileStore::load()
{
    m_profiles.clear();
    m_settings->beginGroup(groupKey);
    const int count = m_settings->beginReadArray(listKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Profile profile;
        profile.id = m_settings->value("id"_L1).toString();
        profile.name = m_settings->value("name"_L1).toString();
        const QString kindName = m_settings->value("kind"_L1).toString();
        const auto kind = Profile::kindFromName(kindName);
        profile.kind = kind.value_or(Profile::Kind::Vainu);
        profile.baseUrl = QUrl(m_settings->value("baseUrl"_L1).toString());
        const Profile::Receiver defaults;
        profile.receiver.bindAddress = m_settings->value("receiver/bindAddress"_L1, defaults.bindAddress).toString();
        const uint port = m_settings->value("receiver/port"_L1, defaults.port).toUInt();
        profile.receiver.port = port > 0 && port <= 65535 ? quint16(port) : defaults.port;
        profile.receiver.path = m_settings->value("receiver/path"_L1, defaults.path).toString();
        profile.receiver.publicUrl = QUrl(m_settings->value("receiver/publicUrl"_L1).toString());
        profile.receiver.autostart = m_settings->value("receiver/autostart"_L1, defaults.autostart).toBool();
        profile.receiver.tlsCertificateFile = m_settings->value("receiver/tlsCertificateFile"_L1).toString();
        profile.receiver.tlsKeyFile = m_settings->value("receiver/tlsKeyFile"_L1).toString();
        // A hand-edited or damaged entry is skipped rather than shown half-broken.
        if (profile.id.isEmpty() || indexOf(profile.id) >= 0 || !kind) {
            qCWarning(lcProfiles) << "skipping unreadable profile entry" << i << "id" << profile.id << "kind"
                                  << kindName;
            continue;
        }
        m_profiles.append(profile);
    }
    m_settings->endArray();
    m_activeId = m_settings->value(activeKey).toString();
    m_settings->endGroup();
    if (indexOf(m_activeId) < 0)
        m_activeId = m_profiles.isEmpty() ? QString() : m_profiles.first().id;
}

QString ProfileStore::save()
{
    m_settings->remove(groupKey);
    m_settings->beginGroup(groupKey);
    m_settings->beginWriteArray(listKey, int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const Profile& profile = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue("id"_L1, profile.id);
        m_settings->setValue("name"_L1, profile.name);
        m_settings->setValue("kind"_L1, Profile::kindName(profile.kind));
        m_settings->setValue("baseUrl"_L1, profile.baseUrl.toString());
        m_settings->setValue("receiver/bindAddress"_L1, profile.receiver.bindAddress);
        m_settings->setValue("receiver/port"_L1, uint(profile.receiver.port));
        m_settings->setValue("receiver/path"_L1, profile.receiver.path);
        m_settings->setValue("receiver/publicUrl"_L1, profile.receiver.publicUrl.toString());
        m_settings->setValue("receiver/autostart"_L1, profile.receiver.autostart);
        m_settings->setValue("receiver/tlsCertificateFile"_L1, profile.receiver.tlsCertificateFile);
        m_settings->setValue("receiver/tlsKeyFile"_L1, profile.receiver.tlsKeyFile);
    }
    m_settings->endArray();
    m_settings->setValue(activeKey, m_activeId);
    m_settings->endGroup();
    m_settings->sync();
    m_lastWriteError.clear();
    if (m_settings->status() != QSettings::NoError) {
        m_lastWriteError = tr("The profiles could not be saved to %1. Check that the folder exists and is writable.")
                               .arg(m_settings->fileName());
        qCWarning(lcProfiles) << "could not write settings" << m_settings->fileName() << m_settings->status();
    }
    return m_lastWriteError;
}

QString ProfileStore::lastWriteError() const
{
    return m_lastWriteError;
}

bool ProfileStore::ensureDefaults()
{
    if (m_profiles.isEmpty()) {
        Profile sandbox = sandboxPreset();
        sandbox.name = tr("Sandbox");
        // The sandbox delivers to the built-in receiver, so a first run shows events without any setup.
        sandbox.receiver.autostart = true;
        sandbox.id = Profile::newId();
        m_profiles.append(sandbox);
        m_activeId = sandbox.id;
        save();
        emit profilesChanged();
        emit activeProfileChanged(m_activeId);
        return true;
    }
    // load() already fell back to the first profile if the stored active id was missing or stale.
    if (m_settings->value(groupKey + u'/' + activeKey).toString() != m_activeId) {
        save();
        emit activeProfileChanged(m_activeId);
    }
    return false;
}

QList<Profile> ProfileStore::profiles() const
{
    return m_profiles;
}

std::optional<Profile> ProfileStore::profile(const QString& id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

std::optional<Profile> ProfileStore::activeProfile() const
{
    return profile(m_activeId);
}

QString ProfileStore::activeProfileId() const
{
    return m_activeId;
}

bool ProfileStore::setActiveProfile(const QString& id)
{
    if (indexOf(id) < 0)
        return false;
    if (id == m_activeId)
        return true;
    m_activeId = id;
    save();
    emit activeProfileChanged(m_activeId);
    return true;
}

Profile ProfileStore::vainuPreset() const
{
    Profile preset;
    preset.kind = Profile::Kind::Vainu;
    preset.name = uniqueName(tr("Vainu"));
    preset.baseUrl = Profile::vainuBaseUrl();
    return preset;
}

Profile ProfileStore::sandboxPreset() const
{
    Profile preset;
    preset.kind = Profile::Kind::Sandbox;
    preset.name = uniqueName(tr("Sandbox"));
    return preset;
}

QString ProfileStore::validate(const Profile& profile) const
{
    const Profile candidate = profile.normalised();
    if (const QString error = candidate.validate(); !error.isEmpty())
        return error;
    for (const Profile& other : m_profiles) {
        if (other.id != candidate.id && other.name.compare(candidate.name, Qt::CaseInsensitive) == 0)
            return tr("A profile named \"%1\" already exists. Choose another name.").arg(other.name);
    }
    return {};
}

ProfileStore::Result ProfileStore::add(Profile profile)
{
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    if (indexOf(profile.id) >= 0)
        return failure(tr("A profile with this id already exists."));
    profile = profile.normalised();
    if (const QString error = validate(profile); !error.isEmpty())
        return failure(error);
    const bool wasEmpty = m_profiles.isEmpty();
    m_profiles.append(profile);
    if (wasEmpty)
        m_activeId = profile.id;
    const QString writeError = save();
    emit profilesChanged();
    if (wasEmpty)
        emit activeProfileChanged(m_activeId);
    return {writeError, profile};
}

ProfileStore::Result ProfileStore::update(const Profile& changed)
{
    const int index = indexOf(changed.id);
    if (index < 0)
        return failure(tr("The profile \"%1\" no longer exists.").arg(changed.name));
    const Profile profile = changed.normalised();
    if (const QString error = validate(profile); !error.isEmpty())
        return failure(error);
    if (m_profiles.at(index) == profile)
        return {{}, profile};
    m_profiles[index] = profile;
    const QString writeError = save();
    emit profilesChanged();
    return {writeError, profile};
}

ProfileStore::Result ProfileStore::rename(const QString& id, const QString& name)
{
    const std::optional<Profile> existing = profile(id);
    if (!existing)
        return failure(tr("The profile to rename no longer exists."));
    Profile renamed = *existing;
    renamed.name = name;
    return update(renamed);
}

ProfileStore::Result ProfileStore::remove(const QString& id)
{
    const int index = indexOf(id);
    if (index < 0)
        return failure(tr("The profile to remove no longer exists."));
    if (m_profiles.size() == 1)
        return failure(tr("The last profile cannot be removed. Add another profile first."));
    const Profile removed = m_profiles.takeAt(index);
    const bool activeChanged = removed.id == m_activeId;
    if (activeChanged)
        m_activeId = m_profiles.isEmpty() ? QString() : m_profiles.first().id;
    const QString writeError = save();
    emit profilesChanged();
    if (activeChanged)
        emit activeProfileChanged(m_activeId);
    return {writeError, removed};
}

int ProfileStore::indexOf(const QString& id) const
{
    if (id.isEmpty())
        return -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QString ProfileStore::uniqueName(const QString& base) const
{
    const auto taken = [this](const QString& name) {
        for (const Profile& profile : m_profiles) {
            if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = tr("%1 %2", "profile name and a number making it unique").arg(base).arg(n);
    return name;
}

ProfileStore::Result ProfileStore::failure(const QString& error) const
{
    return {error, {}};
}
