#include "gui/customers/MatchStatusDelegate.h"

#include "gui/common/StatusPalette.h"
#include "models/CustomerTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {

QIcon draw(MatchStatus status)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    using StatusPalette::Status;
    const Status tone = status == MatchStatus::Matched ? Status::Good
        : status == MatchStatus::NotMatched            ? Status::Bad
        : status == MatchStatus::Pending               ? Status::Warning
                                                       : Status::Neutral;
    // A disc the white glyph stands out on: the dark status colour on a light theme, the border's middle
    // lightness on a dark one (its light text colour would swallow the glyph).
    const QPalette palette = QApplication::palette();
    const QColor colour = StatusPalette::isDark(palette) ? StatusPalette::border(tone, palette)
                                                         : StatusPalette::foreground(tone, palette);
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
