#include "gui/common/CompactToolButton.h"

#include <QStyleOptionToolButton>
#include <QStylePainter>

CompactToolButton::CompactToolButton(QWidget* parent)
    : QToolButton(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Shrinks below its size hint (down to the icon), never grows past it.
    setSizePolicy(QSizePolicy::Maximum, sizePolicy().verticalPolicy());
}

QSize CompactToolButton::minimumSizeHint() const
{
    if (icon().isNull())
        return sizeHint(); // without an icon the text is all there is
    // As QToolButton::sizeHint() measures an icon-only button.
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.toolButtonStyle = Qt::ToolButtonIconOnly;
    int width = option.iconSize.width();
    const int height = option.iconSize.height();
    option.rect.setSize(QSize(width, height));
    if (popupMode() == QToolButton::MenuButtonPopup)
        width += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, this);
    const QSize iconOnly = style()->sizeFromContents(QStyle::CT_ToolButton, &option, QSize(width, height), this);
    return QSize(iconOnly.width(), sizeHint().height());
}

bool CompactToolButton::isCompact() const
{
    return !icon().isNull() && width() < sizeHint().width();
}

void CompactToolButton::paintEvent(QPaintEvent*)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    if (isCompact())
        option.toolButtonStyle = Qt::ToolButtonIconOnly;
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}
