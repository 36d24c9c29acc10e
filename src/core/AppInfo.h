#pragma once

#include <QString>

// The application's identity, in one place: used for QSettings, the keychain service name,
// the desktop file and the About box.
namespace AppInfo {
QString id();
QString name();
QString organizationName();
QString version();
void applyToApplication();
} // namespace AppInfo
