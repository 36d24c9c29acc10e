#include "gui/live/SubscribeReceiverDialog.h"

#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SubscribeReceiverDialog::SubscribeReceiverDialog(ReceiverService* service, ReceiverSubscription* subscription,
                                                 QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_subscription(subscription)
    , m_intro(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_removeOthers(new QCheckBox(tr("&Delete the other webhooks that point at this receiver"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"subscribeReceiverDialog"_s);
    setWindowTitle(tr("Subscribe this receiver"));
    m_url->setObjectName(u"publicUrlEdit"_s);
    m_preview->setObjectName(u"subscribePreviewLabel"_s);
    m_removeOthers->setObjectName(u"removeOthersCheck"_s);
    m_error->setObjectName(u"subscribeErrorLabel"_s);
    m_intro->setWordWrap(true);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_removeOthers->setChecked(true);
    m_removeOthers->setToolTip(
        tr("Vainu has no way to change a webhook: the new one is created first, then the old ones are deleted."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Subscribe"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"subscribeButton"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Public URL:"), m_url);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_removeOthers);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (m_service->isSandbox()) {
        m_intro->setText(tr("The sandbox delivers to this computer directly, so no public address is needed. A "
                            "webhook to the receiver is created with a new secret, and the secret is kept in the "
                            "system keychain."));
        m_url->setText(m_service->publicUrl().toString());
        m_url->setReadOnly(true);
    } else {
        m_intro->setText(tr("Vainu must reach this receiver from the internet. Enter the public https address that "
                            "forwards to port %1 on this computer (a tunnel or a reverse proxy). A webhook to it is "
                            "created with a new secret, and the secret is kept in the system keychain.")
                             .arg(m_service->settings().port));
        const QUrl known = m_service->profile().receiver.publicUrl;
        m_url->setText(known.isValid() ? known.toString() : QString());
        m_url->setPlaceholderText(u"https://my-tunnel.example.com/vainu/webhook"_s);
    }
    connect(m_url, &QLineEdit::textChanged, this, &SubscribeReceiverDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubscribeReceiverDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subscription, &ReceiverSubscription::subscribed, this, [this] { QDialog::accept(); });
    connect(m_subscription, &ReceiverSubscription::subscribeFailed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
        m_buttons->setEnabled(true);
        m_url->setEnabled(true);
    });
    updatePreview();
    resize(560, sizeHint().height());
}

void SubscribeReceiverDialog::updatePreview()
{
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    const bool usable
        = !m_url->text().trimmed().isEmpty() && url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https");
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(usable);
    m_preview->setText(usable ? tr("Vainu will call: %1?%2=•••••• (a new secret)")
                                    .arg(url.toString(QUrl::RemoveQuery), m_service->secretParameter())
                              : tr("Enter an http:// or https:// address."));
}

void SubscribeReceiverDialog::accept()
{
    m_error->hide();
    m_buttons->setEnabled(false);
    m_url->setEnabled(false);
    m_subscription->subscribe(QUrl::fromUserInput(m_url->text().trimmed()), m_removeOthers->isChecked());
}

QString SubscribeReceiverDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
