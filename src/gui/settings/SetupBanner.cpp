#include "gui/settings/SetupBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

SetupBanner::SetupBanner(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"setupBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A light tint of the highlight colour: noticeable, not alarming, and right in dark themes too.
    QPalette tinted = palette();
    QColor background = tinted.color(QPalette::Highlight);
    background.setAlpha(40);
    tinted.setColor(QPalette::Window, background);
    setPalette(tinted);

    m_text->setObjectName(u"setupBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_action->setObjectName(u"setupBannerAction"_s);
    m_close->setObjectName(u"setupBannerClose"_s);
    m_close->setAutoRaise(true);
    m_close->setText(u"\u2715"_s);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close this message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    connect(m_action, &QPushButton::clicked, this, &SetupBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void SetupBanner::showMessage(const QString& text, const QString& actionText)
{
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString SetupBanner::text() const
{
    return m_text->text();
}
