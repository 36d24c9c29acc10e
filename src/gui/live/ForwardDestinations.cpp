#include "gui/live/ForwardDestinations.h"

#include "session/ForwardService.h"

#include <QComboBox>

void ForwardDestinations::fill(QComboBox* combo, const ForwardService* service)
{
    const qint64 current = combo->currentData().toLongLong();
    combo->clear();
    combo->addItem(receiverName(), qint64(0));
    const QList<ForwardTarget> all = targets(service);
    for (const ForwardTarget& target : all) {
        combo->addItem(targetName(target), target.id);
        combo->setItemData(combo->count() - 1, targetName(target), Qt::ToolTipRole);
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

ForwardTarget ForwardDestinations::chosen(const QComboBox* combo, const ForwardService* service)
{
    const qint64 id = combo->currentData().toLongLong();
    if (const std::optional<ForwardTarget> target = find(service, id); target && id != 0)
        return *target;
    return service ? service->receiverDestination() : ForwardTarget();
}

QList<ForwardTarget> ForwardDestinations::targets(const ForwardService* service)
{
    return service ? service->targets() : QList<ForwardTarget>();
}

std::optional<ForwardTarget> ForwardDestinations::find(const ForwardService* service, qint64 id)
{
    const QList<ForwardTarget> all = targets(service);
    for (const ForwardTarget& target : all) {
        if (target.id == id)
            return target;
    }
    return std::nullopt;
}

QString ForwardDestinations::receiverName()
{
    return tr("This app's receiver (stored as a test delivery)");
}

QString ForwardDestinations::targetName(const ForwardTarget& target)
{
    return target.url.toDisplayString(QUrl::RemovePassword);
}
