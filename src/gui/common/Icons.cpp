#include "gui/common/Icons.h"

// Resources compiled into a static library are not registered by themselves: the linker may drop
// their static initialiser. Registering them once, on first use, keeps every caller correct.
static void ensureIconResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(icons);
        return true;
    }();
    Q_UNUSED(registered);
}

QIcon Icons::own(const QString& name)
{
    ensureIconResources();
    return QIcon(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
}

QIcon Icons::themed(const QString& name)
{
    return QIcon::fromTheme(name, own(name));
}
