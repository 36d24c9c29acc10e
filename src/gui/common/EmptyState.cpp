#include "gui/common/EmptyState.h"

#include "gui/common/PageNotice.h"

#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// The text's width: its comfortable one, and the least it takes in a narrow window.
constexpr int wideTextWidth = 480;
constexpr int narrowTextWidth = 220;
constexpr int iconSize = 96;
} // namespace

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_text->setObjectName(QStringLiteral("emptyStateText"));
    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_icon->setAlignment(Qt::AlignCenter);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true); // two lines rather than a cut title in a narrow window
    m_text->setWordWrap(true);
    // A wrapped label in a centred layout gets only its one-line hint; a fixed width keeps every line.
    // resizeEvent() narrows it when the page is narrower.
    m_text->setFixedWidth(wideTextWidth);
    m_title->setFixedWidth(wideTextWidth); // the same for a title long enough to wrap: else its second line is cut
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(false);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_action->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

QSize EmptyState::minimumSizeHint() const
{
    // The layout's minimum is that of the text's current width; the text can get narrower than that.
    const QSize laidOut = QWidget::minimumSizeHint();
    const QMargins margins = layout()->contentsMargins();
    const int narrowest = qMax(narrowTextWidth, m_action->minimumSizeHint().width()) + margins.left() + margins.right();
    return QSize(qMin(laidOut.width(), narrowest), laidOut.height());
}

void EmptyState::resizeEvent(QResizeEvent* event)
{
    const QMargins margins = layout()->contentsMargins();
    fitText(width() - margins.left() - margins.right());
    QWidget::resizeEvent(event);
}

void EmptyState::fitText(int available)
{
    const int width = qBound(narrowTextWidth, available, wideTextWidth);
    for (QLabel* label : {m_title, m_text}) {
        const int height = qMax(0, label->heightForWidth(width)); // -1 while there is no text yet
        if (width != label->width() || label->minimumHeight() != height) {
            label->setFixedWidth(width);
            label->setMinimumHeight(height);
        }
    }
}

void EmptyState::setIcon(const QIcon& icon)
{
    m_monochromeIcon = QIcon();
    m_icon->setPixmap(icon.pixmap(iconSize, iconSize));
}

void EmptyState::setMonochromeIcon(const QIcon& icon)
{
    m_monochromeIcon = icon;
    showMonochromeIcon();
}

void EmptyState::showMonochromeIcon()
{
    if (m_monochromeIcon.isNull())
        return;
    m_monochromeRatio = devicePixelRatioF();
    QPixmap pixmap = m_monochromeIcon.pixmap(QSize(iconSize, iconSize), m_monochromeRatio);
    QPainter painter(&pixmap);
    // Only the icon's own pixels take the colour. The text colour rather than the placeholder's: a custom dark
    // palette often leaves the placeholder colour dark.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    QColor colour = palette().color(QPalette::WindowText);
    colour.setAlphaF(0.45f);
    painter.fillRect(pixmap.rect(), colour);
    painter.end();
    m_icon->setPixmap(pixmap);
}

void EmptyState::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Drawn before it was shown, perhaps for another screen's pixel ratio.
    if (devicePixelRatioF() != m_monochromeRatio)
        showMonochromeIcon();
}

void EmptyState::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showMonochromeIcon();
}

void EmptyState::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->setMinimumHeight(qMax(0, m_title->heightForWidth(m_title->minimumWidth())));
    setAccessibleName(title);
}

void EmptyState::setText(const QString& text)
{
    m_text->setText(text);
    m_text->setMinimumHeight(m_text->heightForWidth(m_text->minimumWidth()));
    setAccessibleDescription(text);
}

void EmptyState::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setAccessibleName(text);
}

void EmptyState::setActionIcon(const QIcon& icon)
{
    m_action->setIcon(icon);
}

void EmptyState::setNotice(const PageNotice& notice, const QString& pagePrefix)
{
    setIcon(notice.icon);
    setTitle(notice.title);
    setText(notice.text);
    setActionText(notice.actionText);
    m_action->setObjectName(pagePrefix + notice.actionName + QStringLiteral("Button"));
}
