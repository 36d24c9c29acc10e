#pragma once

#include <QIcon>
#include <QString>

namespace Icons {
// The desktop theme's icon of that freedesktop name when the theme has one, else the project's own
// SVG of the same name (resources/icons/<name>.svg), so the app looks complete without a theme.
QIcon themed(const QString& name);
// The project's own SVG, never the theme's (the app icon, illustrations).
QIcon own(const QString& name);
} // namespace Icons
