#include "gui/live/ForwardDestinations.h"

#include "session/ForwardService.h"

#include <QComboBox>

void ForwardDestinations::fill(QComboBox* combo, const ForwardService* service)
{
    const qint64 current = combo->currentData().toLongLong();
    combo->clear();
    combo->addItem(receiverName(), qint64(0));
    if (service) {
        for (const ForwardTarget& target : service->targets()) {
            combo->addItem(targetName(target), target.id);
            combo->setItemData(combo->count() - 1, targetName(target), Qt::ToolTipRole);
        }
    }
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

ForwardTarget ForwardDestinations::chosen(const QComboBox* combo, const ForwardService* service)
{
    const qint64 id = combo->currentData().toLongLong();
    if (service && id != 0) {
        for (const ForwardTarget& target : service->targets()) {
            if (target.id == id)
                return target;
        }
    }
    return service ? service->receiverDestination() : ForwardTarget();
}

QString ForwardDestinations::receiverName()
{
    return tr("This app's receiver (stored as a test delivery)");
}

QString ForwardDestinations::targetName(const ForwardTarget& target)
{
    return target.url.toDisplayString(QUrl::RemovePassword);
}
