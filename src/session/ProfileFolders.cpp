#include "session/ProfileFolders.h"

#include "core/ProfileStore.h"
#include "store/EventStore.h"

#include <QDir>
#include <QStandardPaths>
#include <QStringList>

using namespace Qt::StringLiterals;

QString ProfileFolders::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ProfileFolders::forProfile(const QString& root, const QString& profileId)
{
    return QDir(root).filePath(u"profiles/"_s + profileId);
}

QString ProfileFolders::historyFolderForCommand(ProfileStore& profiles, const QString& profileName, QString* error)
{
    const QString root = defaultRoot();
    std::optional<Profile> profile;
    if (profileName.isEmpty()) {
        profile = profiles.activeProfile();
    } else {
        QStringList names;
        for (const Profile& candidate : profiles.profiles()) {
            names << candidate.name;
            if (candidate.name.compare(profileName, Qt::CaseInsensitive) == 0)
                profile = candidate;
        }
        if (!profile) {
            if (error)
                *error = names.isEmpty()
                    ? tr("There is no profile named \"%1\"; no profiles are set up yet.").arg(profileName)
                    : tr("There is no profile named \"%1\". Profiles: %2.").arg(profileName, names.join(u", "_s));
            return {};
        }
    }
    if (!profile)
        return root; // no profile set up: the folder the app used before profiles had their own
    const QString folder = forProfile(root, profile->id);
    const QString databaseName = EventStore::databaseFileName();
    if (!QDir(folder).exists(databaseName) && QDir(root).exists(databaseName))
        return root; // the app has not moved the shared history to this profile yet
    return folder;
}
