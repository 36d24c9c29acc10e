#include "core/AppInfo.h"

#include <QCoreApplication>

QString AppInfo::id()
{
    return QStringLiteral(VW_APP_ID);
}

QString AppInfo::name()
{
    return QStringLiteral("Vainu Webhooks");
}

QString AppInfo::organizationName()
{
    return QStringLiteral("Vainu Webhooks");
}

QString AppInfo::version()
{
    return QStringLiteral(VW_VERSION);
}

void AppInfo::applyToApplication()
{
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(QStringLiteral("vainu.com"));
    QCoreApplication::setApplicationName(QStringLiteral("vainu-webhooks"));
    QCoreApplication::setApplicationVersion(version());
}
