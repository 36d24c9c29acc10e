#include "gui/common/LineTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QTextLayout>

namespace {

QTextLine layOutLine(QTextLayout& layout, int width)
{
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(width);
    line.setPosition(QPointF(0, 0));
    layout.endLayout();
    return line;
}

} // namespace

bool LineTextDelegate::paintsItself(const QStyleOptionViewItem& option)
{
    constexpr auto others = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration
        | QStyleOptionViewItem::WrapText;
    // What this draws is QCommonStyle's item: Fusion and Windows draw theirs so; other styles (the platforms' own,
    // a style sheet's) may not, and keep their look.
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    const QString styleName = style->name().toLower();
    if ((styleName != u"fusion" && styleName != u"windows") || style->inherits("QStyleSheetStyle"))
        return false;
    // The text rectangle is the whole cell only when the decoration is shown selected (always in a QTableView).
    // Right to left is left to Qt: none of the app's languages needs it, and it is not compared here.
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
        QTextLine line = layOutLine(layout, textRect.width());
        const QRect lineRect = QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                                   QSize(textRect.width(), int(line.height())), textRect);
        if (line.naturalTextWidth() > textRect.width()) {
            // As Qt does, the elided text is laid out again with the same options, so that it keeps its alignment.
            // TextLongestVariant: the text is elided whole, never cut at a U+009C as a choice of variants.
            layout.setText(QFontMetrics(opt.font).elidedText(opt.text, opt.textElideMode, textRect.width(),
                                                             Qt::TextLongestVariant));
            line = layOutLine(layout, textRect.width());
        }
        line.draw(painter, lineRect.topLeft());
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
