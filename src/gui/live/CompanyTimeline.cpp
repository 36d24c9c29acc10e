#include "gui/live/CompanyTimeline.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

CompanyTimeline::CompanyTimeline(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(u"companyTimeline"_s);
    setAccessibleName(tr("Company timeline"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("Arrived"), tr("Changed fields"), tr("Tries"), tr("Flags")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit eventActivated(item->data(0, Qt::UserRole).toLongLong()); });
}

void CompanyTimeline::showTimeline(const QList<EventRow>& rows, qint64 currentId)
{
    clear();
    QTreeWidgetItem* current = nullptr;
    for (const EventRow& row : rows) {
        auto* item = new QTreeWidgetItem(this);
        item->setData(0, Qt::UserRole, row.id);
        item->setText(0, row.firstArrival.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        item->setText(1, row.hasBefore ? row.changedFields.join(u", "_s) : tr("(first seen)"));
        item->setText(2, QString::number(row.maxNumberOfTries));
        QStringList flags;
        if (row.attempts > 1)
            flags << tr("duplicate");
        if (row.stale)
            flags << tr("stale");
        item->setText(3, flags.join(u' '));
        if (row.id == currentId) {
            current = item;
            QFont bold = font();
            bold.setBold(true);
            for (int column = 0; column < columnCount(); ++column)
                item->setFont(column, bold);
        }
    }
    if (current) {
        setCurrentItem(current);
        scrollToItem(current);
    }
}
