#include "gui/live/SubscribeReceiverDialog.h"

#include "gui/common/FitToContents.h"
#include "gui/common/ReadOnlyLook.h"
#include "gui/common/StatusPalette.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"
#include "ui_SubscribeReceiverDialog.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

SubscribeReceiverDialog::SubscribeReceiverDialog(ReceiverService* service, ReceiverSubscription* subscription,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SubscribeReceiverDialog>())
    , m_service(service)
    , m_subscription(subscription)
{
    m_ui->setupUi(this);
    m_ui->subscribeErrorLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Bad, palette()));
    QPushButton* subscribe = m_ui->buttons->button(QDialogButtonBox::Ok);
    subscribe->setText(tr("&Subscribe"));
    subscribe->setObjectName(u"subscribeButton"_s);

    if (m_service->isSandbox()) {
        m_ui->introLabel->setText(tr("The sandbox delivers to this computer directly, so no public address is "
                                     "needed. A webhook to the receiver is created with a new secret, and the "
                                     "secret is kept in the system keychain."));
        m_ui->publicUrlEdit->setText(m_service->publicUrl().toString());
        ReadOnlyLook::apply(m_ui->publicUrlEdit,
                            tr("The sandbox delivers to the receiver on this computer, at this address. There is "
                               "nothing to change here."));
        m_ui->publicUrlHint->setText(tr("Set by the app: the sandbox delivers locally."));
        m_ui->publicUrlHint->show();
    } else {
        m_ui->introLabel->setText(tr("Vainu must reach this receiver from the internet. Enter the public https "
                                     "address that forwards to port %1 on this computer (a tunnel or a reverse "
                                     "proxy). A webhook to it is created with a new secret, and the secret is kept "
                                     "in the system keychain.")
                                      .arg(m_service->settings().port));
        const QUrl known = m_service->profile().receiver.publicUrl;
        m_ui->publicUrlEdit->setText(known.isValid() ? known.toString() : QString());
        m_ui->publicUrlEdit->setPlaceholderText(u"https://my-tunnel.example.com/vainu/webhook"_s);
    }
    connect(m_ui->publicUrlEdit, &QLineEdit::textChanged, this, &SubscribeReceiverDialog::updatePreview);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SubscribeReceiverDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subscription, &ReceiverSubscription::subscribed, this, [this] { QDialog::accept(); });
    connect(m_subscription, &ReceiverSubscription::subscribeFailed, this, [this](const QString& message) {
        m_ui->subscribeErrorLabel->setText(message);
        m_ui->subscribeErrorLabel->show();
        m_ui->buttons->setEnabled(true);
        m_ui->publicUrlEdit->setEnabled(true);
    });
    updatePreview();
    resize(width(), std::max(minimumSizeHint().height(), heightForWidth(width())));
    FitToContents::install(this);
}

SubscribeReceiverDialog::~SubscribeReceiverDialog() = default;

QLineEdit* SubscribeReceiverDialog::urlEdit() const
{
    return m_ui->publicUrlEdit;
}

void SubscribeReceiverDialog::updatePreview()
{
    const QString text = m_ui->publicUrlEdit->text().trimmed();
    const QUrl url = QUrl::fromUserInput(text);
    const bool usable = !text.isEmpty() && url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    m_ui->subscribePreviewLabel->setText(usable
                                             ? tr("Vainu will call: %1?%2=•••••• (a new secret)")
                                                   .arg(url.toString(QUrl::RemoveQuery), m_service->secretParameter())
                                             : tr("Enter an http:// or https:// address."));
}

void SubscribeReceiverDialog::accept()
{
    m_ui->subscribeErrorLabel->hide();
    m_ui->buttons->setEnabled(false);
    m_ui->publicUrlEdit->setEnabled(false);
    m_subscription->subscribe(QUrl::fromUserInput(m_ui->publicUrlEdit->text().trimmed()),
                              m_ui->removeOthersCheck->isChecked());
}

QString SubscribeReceiverDialog::errorText() const
{
    return m_ui->subscribeErrorLabel->isHidden() ? QString() : m_ui->subscribeErrorLabel->text();
}
