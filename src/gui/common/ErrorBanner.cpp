#include "gui/common/ErrorBanner.h"

#include "gui/common/Icons.h"

#include <QAccessible>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace {
// Below this width the buttons beside the text would leave it a few words per line.
constexpr int narrowWidth = 480;
} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_layout(new QGridLayout(this))
    , m_buttons(new QWidget(this))
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), m_buttons))
    , m_close(new QPushButton(m_buttons))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    // A light red panel that reads as an error in light and dark palettes alike.
    setStyleSheet(QStringLiteral("ErrorBanner { background: rgba(211, 47, 47, 0.10);"
                                 " border: 1px solid rgba(211, 47, 47, 0.55); border-radius: 4px; }"));

    m_icon->setPixmap(Icons::own(QStringLiteral("dialog-error")).pixmap(22, 22));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setAccessibleName(tr("Retry"));
    m_retry->setIcon(Icons::themed(QStringLiteral("view-refresh")));
    m_close->setObjectName(QStringLiteral("dismissErrorButton"));
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss the error"));
    m_close->setFlat(true);

    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(10);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    m_layout->setContentsMargins(10, 8, 8, 8);
    m_layout->setHorizontalSpacing(10);
    m_layout->setVerticalSpacing(4);
    m_layout->addWidget(m_icon, 0, 0);
    m_layout->addWidget(m_text, 0, 1);
    m_layout->setColumnStretch(1, 1);
    m_layout->addWidget(m_buttons, 0, 2, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &ErrorBanner::hideError);
    hide();
}

void ErrorBanner::showError(const QString& message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void ErrorBanner::hideError()
{
    hide();
    m_text->clear();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

void ErrorBanner::setRetryVisible(bool visible)
{
    m_retry->setVisible(visible);
}

void ErrorBanner::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    arrange();
}

void ErrorBanner::arrange()
{
    const bool narrow = width() < narrowWidth;
    if (narrow == m_narrow)
        return;
    m_narrow = narrow;
    m_layout->removeWidget(m_buttons);
    if (narrow)
        m_layout->addWidget(m_buttons, 1, 1, Qt::AlignRight);
    else
        m_layout->addWidget(m_buttons, 0, 2, Qt::AlignVCenter);
}
