#include "gui/common/ErrorBanner.h"

#include "gui/common/Icons.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_close(new QPushButton(this))
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

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 8, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignVCenter);

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
