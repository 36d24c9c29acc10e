#pragma once

#include <QCoreApplication>
#include <QString>

class ProfileStore;

// Where each profile keeps its own files: <root>/profiles/<profile id>/ holds its event history
// (events.sqlite) and, for the Sandbox profile, the sandbox's state. The root is the platform's app data
// folder. Before 0.2 one events.sqlite in the root served every profile; AppSession moves it once.
class ProfileFolders
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFolders)
public:
    static QString defaultRoot();
    static QString forProfile(const QString& root, const QString& profileId);

    // The event history a command reads or writes when no --data-dir is given: the profile named (any
    // letter case), else the active one. Empty, with a translated sentence in `error`, when there is no
    // such profile. Falls back to the root's shared history while it has not moved yet.
    static QString historyFolderForCommand(ProfileStore& profiles, const QString& profileName, QString* error);
};
