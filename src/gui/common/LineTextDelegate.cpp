#include "gui/common/LineTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTextLayout>

bool LineTextDelegate::paintsItself(const QStyleOptionViewItem& option)
{
    constexpr auto others = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::WrapText;
    // The text rectangle is the whole cell only when the decoration is shown selected (always in a QTableView).
    // Right to left, Qt places elided text in a way this does not reproduce; none of the app's languages needs it.
    return !(option.features & others) && option.showDecorationSelected && !(option.state & QStyle::State_Editing)
        && option.direction == Qt::LeftToRight && !option.text.contains(u'\n')
        && !option.text.contains(QChar::LineSeparator);
}

void LineTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!paintsItself(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // What QCommonStyle draws for CE_ItemViewItem with text alone, in the same order and with the same geometry.
    const QWidget* widget = opt.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    painter->save();
    painter->setClipRect(opt.rect);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (!opt.text.isEmpty()) {
        QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
            group = QPalette::Inactive;
        painter->setPen(
            opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::ManualWrap);
        textOption.setTextDirection(opt.direction);
        textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
        QTextLayout layout(opt.text, opt.font);
        layout.setTextOption(textOption);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(textRect.width());
        line.setPosition(QPointF(0, 0));
        layout.endLayout();
        const QRect lineRect = QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                                   QSize(textRect.width(), int(line.height())), textRect);
        const QPointF position = lineRect.topLeft();
        if (line.naturalTextWidth() > textRect.width()) {
            painter->setFont(opt.font);
            painter->drawText(QPointF(position.x() + line.x(), position.y() + line.ascent()),
                              QFontMetrics(opt.font).elidedText(opt.text, opt.textElideMode, textRect.width()));
        } else {
            line.draw(painter, position);
        }
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect;
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor
            = opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}
