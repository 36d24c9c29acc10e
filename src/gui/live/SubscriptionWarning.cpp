#include "gui/live/SubscriptionWarning.h"

#include "gui/common/Icons.h"
#include "gui/common/StatusPalette.h"
#include "gui/live/LivePageText.h"
#include "ui_LiveSubscriptionWarning.h"

using namespace Qt::StringLiterals;

SubscriptionWarning::SubscriptionWarning(QWidget* parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::SubscriptionWarning>())
{
    m_ui->setupUi(this);
    m_ui->subscriptionWarningIcon->setPixmap(Icons::themed(u"dialog-warning"_s).pixmap(20, 20));
    m_ui->subscriptionFixButton->setText(LivePageText::tr("Subscribe this receiver"));
    setStyleSheet(StatusPalette::noticeStyle(u"#"_s + objectName(), StatusPalette::Status::Warning, palette()));
    hide();
    connect(m_ui->subscriptionFixButton, &QPushButton::clicked, this, &SubscriptionWarning::fixRequested);
}

SubscriptionWarning::~SubscriptionWarning() = default;

void SubscriptionWarning::setFixText(bool tunnelMoved)
{
    m_tunnelMoved = tunnelMoved;
    m_ui->subscriptionFixButton->setText(tunnelMoved ? LivePageText::tr("Subscribe the new address")
                                                     : LivePageText::tr("Subscribe this receiver"));
}

void SubscriptionWarning::showTunnelMoved(const QString& tunnelUrl, const QString& subscribedUrl)
{
    setFixText(true);
    m_ui->subscriptionWarningText->setText(
        LivePageText::tr("The tunnel to this receiver now has the address %1, but Vainu delivers to %2: a tunnel "
                         "gets a new address when it restarts. Subscribe the new address.")
            .arg(tunnelUrl, subscribedUrl));
    show();
}

void SubscriptionWarning::showNoWebhook(const QString& receiverUrl)
{
    setFixText(false);
    m_ui->subscriptionWarningText->setText(
        LivePageText::tr("No webhook of this account points at this receiver (%1), so Vainu sends it nothing.")
            .arg(receiverUrl));
    show();
}

void SubscriptionWarning::showWrongSecret(int webhooks)
{
    setFixText(false);
    m_ui->subscriptionWarningText->setText(
        LivePageText::tr("%n webhook(s) point at this receiver, but none carries its current secret: their "
                         "deliveries are refused.",
                         nullptr, webhooks));
    show();
}

QString SubscriptionWarning::text() const
{
    return m_ui->subscriptionWarningText->text();
}
