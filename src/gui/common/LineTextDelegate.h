#pragma once

#include <QStyledItemDelegate>

// Paints a cell of one line of plain text exactly as QStyledItemDelegate does (the style's panel, the palette's
// text colour, the same margins, alignment and elision, the focus frame), with one text layout per cell instead
// of five: the style lays the text out again for each of the check, icon, text and focus rectangles it asks
// for, which was most of a long table's repaint while events stream in. Anything else (an icon, a check box,
// wrapped or multi-line text, an editor open, right to left, a style other than Fusion or Windows, a style sheet)
// is left to QStyledItemDelegate.
class LineTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // True when paint() draws the cell itself rather than through the style.
    static bool paintsItself(const QStyleOptionViewItem& option);
};
