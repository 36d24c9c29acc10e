#include "gui/customers/MatchStatusDelegate.h"

#include "models/CustomerTableModel.h"

#include <QPainter>
#include <QPainterPath>

namespace {

QIcon draw(MatchStatus status)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = status == MatchStatus::Matched ? QColor(0x2e, 0x9e, 0x4f)
        : status == MatchStatus::NotMatched              ? QColor(0xd0, 0x3b, 0x3b)
        : status == MatchStatus::Pending                 ? QColor(0xe0, 0x9b, 0x17)
                                                         : QColor(0x90, 0x90, 0x90);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(2, 2, 28, 28));
    p.setPen(QPen(Qt::white, 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    if (status == MatchStatus::Matched) {
        QPainterPath tick;
        tick.moveTo(9, 16.5);
        tick.lineTo(14, 21.5);
        tick.lineTo(23, 11);
        p.drawPath(tick);
    } else if (status == MatchStatus::NotMatched) {
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
    } else if (status == MatchStatus::Pending) {
        p.drawLine(QPointF(16, 9), QPointF(16, 16));
        p.drawLine(QPointF(16, 16), QPointF(21, 19));
    } else {
        p.drawPoint(QPointF(16, 16));
    }
    return QIcon(pixmap);
}

} // namespace

QIcon MatchStatusDelegate::iconFor(MatchStatus status)
{
    static const QIcon icons[] = {draw(MatchStatus::Unknown), draw(MatchStatus::Matched), draw(MatchStatus::NotMatched),
                                  draw(MatchStatus::Pending)};
    return icons[int(status)];
}

void MatchStatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->icon = iconFor(MatchStatus(index.data(CustomerTableModel::MatchStatusRole).toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(14, 14);
}
