#include "gui/common/CompactToolButton.h"

#include <QActionEvent>
#include <QResizeEvent>
#include <QStyleOptionToolButton>
#include <QStylePainter>

CompactToolButton::CompactToolButton(QWidget* parent)
    : QToolButton(parent)
{
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Shrinks below its size hint (down to the icon), never grows past it.
    setSizePolicy(QSizePolicy::Maximum, sizePolicy().verticalPolicy());
}

QSize CompactToolButton::textSizeHint() const
{
    return QToolButton::sizeHint();
}

QSize CompactToolButton::sizeHint() const
{
    return m_iconOnly && !icon().isNull() ? minimumSizeHint() : textSizeHint();
}

void CompactToolButton::setIconOnly(bool iconOnly)
{
    if (iconOnly == m_iconOnly)
        return;
    m_iconOnly = iconOnly;
    updateGeometry();
    update();
    giveTextInToolTip();
}

void CompactToolButton::fitRow(const QList<CompactToolButton*>& buttons, int room)
{
    int withTexts = 0;
    for (const CompactToolButton* button : buttons)
        withTexts += button->textSizeHint().width();
    for (CompactToolButton* button : buttons)
        button->setIconOnly(withTexts > room);
}

QSize CompactToolButton::minimumSizeHint() const
{
    if (icon().isNull())
        return textSizeHint(); // without an icon the text is all there is
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
    return QSize(iconOnly.width(), textSizeHint().height());
}

bool CompactToolButton::isCompact() const
{
    return !icon().isNull() && (m_iconOnly || width() < textSizeHint().width());
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

void CompactToolButton::resizeEvent(QResizeEvent* event)
{
    QToolButton::resizeEvent(event);
    giveTextInToolTip();
}

void CompactToolButton::actionEvent(QActionEvent* event)
{
    QToolButton::actionEvent(event); // may take the action's tool tip again
    giveTextInToolTip();
}

void CompactToolButton::giveTextInToolTip()
{
    QString text = this->text();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
    if (!isCompact() || text.isEmpty() || toolTip().contains(text))
        return;
    setToolTip(toolTip().isEmpty() ? text : text + u'\n' + toolTip());
}
