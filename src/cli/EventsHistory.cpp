#include "cli/EventsHistory.h"

#include "core/ProfileStore.h"
#include "session/ProfileFolders.h"
#include "store/EventStore.h"

#include <QDir>
#include <QFile>

QDateTime EventsHistory::parseSince(const QString& text)
{
    QDateTime since = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!since.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            since = QDateTime(date, QTime(0, 0));
    }
    return since;
}

QString EventsHistory::folder(const QString& dataDir, const QString& profileName, QString* error)
{
    if (!dataDir.isEmpty())
        return dataDir;
    ProfileStore profiles;
    return ProfileFolders::historyFolderForCommand(profiles, profileName, error);
}

bool EventsHistory::exists(const QString& folder, QString* error)
{
    if (QFile::exists(QDir(folder).filePath(EventStore::databaseFileName())))
        return true;
    *error = QCoreApplication::translate("EventsExportCommand",
                                         "No event database in \"%1\". Run the receiver first, or point --data-dir at "
                                         "its folder.")
                 .arg(QDir::toNativeSeparators(folder));
    return false;
}
