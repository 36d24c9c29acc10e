#include "gui/live/SubscribeReceiverDialog.h"

#include "gui/common/FitToContents.h"
#include "gui/common/ReadOnlyLook.h"
#include "gui/common/StatusPalette.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"
#include "session/TunnelProcess.h"
#include "ui_SubscribeReceiverDialog.h"

#include <QPlainTextEdit>
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
        m_ui->tunnelBox->hide();
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
    connect(m_ui->useTunnelButton, &QPushButton::clicked, this, [this] {
        m_ui->publicUrlEdit->setText(m_offeredUrl.toString());
        m_ui->publicUrlEdit->setFocus();
    });
    connect(m_ui->startTunnelButton, &QPushButton::clicked, this, &SubscribeReceiverDialog::startTunnel);
    TunnelProcess* tunnel = m_service->tunnel();
    connect(tunnel, &TunnelProcess::started, this, [this](const QUrl& url) {
        m_ui->startTunnelButton->hide();
        m_ui->tunnelOutput->hide();
        offerTunnel(url,
                    tr("%1 started a tunnel to port %2: %3.")
                        .arg(TunnelProcess::programName(m_service->tunnel()->program()))
                        .arg(m_service->listeningPort())
                        .arg(url.toString()));
    });
    connect(tunnel, &TunnelProcess::failed, this, [this](const QString& message, const QString& output) {
        m_ui->tunnelLabel->setText(tr("The tunnel did not start: %1 Its output:").arg(message.toHtmlEscaped()));
        m_ui->tunnelOutput->setPlainText(output.isEmpty() ? tr("(no output)") : output);
        m_ui->tunnelOutput->show();
        m_ui->startTunnelButton->setEnabled(true);
        m_ui->startTunnelButton->show();
    });
    connect(m_service->tunnelDetector(), &TunnelDetector::finished, this, &SubscribeReceiverDialog::showDetected);
    if (!m_service->isSandbox())
        findTunnel();
    updatePreview();
    resize(width(), std::max(minimumSizeHint().height(), heightForWidth(width())));
    FitToContents::install(this);
}

QString SubscribeReceiverDialog::tunnelText() const
{
    return m_ui->tunnelLabel->text();
}

void SubscribeReceiverDialog::findTunnel()
{
    TunnelProcess* tunnel = m_service->tunnel();
    if (tunnel->state() == TunnelProcess::State::Running) {
        offerTunnel(tunnel->publicUrl(),
                    tr("%1 started a tunnel to port %2: %3.")
                        .arg(TunnelProcess::programName(tunnel->program()))
                        .arg(tunnel->port())
                        .arg(tunnel->publicUrl().toString()));
        return;
    }
    m_ui->tunnelLabel->setText(tr("Looking for a tunnel to port %1…").arg(m_service->listeningPort()));
    m_service->tunnelDetector()->detect(m_service->listeningPort());
}

void SubscribeReceiverDialog::offerTunnel(const QUrl& tunnelUrl, const QString& sentence)
{
    m_offeredUrl = TunnelDetector::receiverUrl(tunnelUrl, m_service->settings().path);
    m_ui->tunnelLabel->setText(sentence.toHtmlEscaped());
    m_ui->useTunnelButton->setText(tr("Use %1").arg(m_offeredUrl.toString()));
    m_ui->useTunnelButton->show();
}

void SubscribeReceiverDialog::showDetected(const TunnelDetector::Result& result)
{
    if (m_service->tunnel()->isActive())
        return; // the tunnel the app started speaks for itself
    const int port = m_service->listeningPort();
    if (result.match) {
        const DetectedTunnel& tunnel = *result.match;
        offerTunnel(tunnel.publicUrl,
                    tunnel.agent == DetectedTunnel::Agent::Ngrok
                        ? tr("ngrok forwards %1 to port %2.").arg(tunnel.publicUrl.toString()).arg(port)
                        : tr("A cloudflared quick tunnel runs at %1; check that it forwards to port %2.")
                              .arg(tunnel.publicUrl.toString())
                              .arg(port));
        return;
    }
    m_ui->useTunnelButton->hide();
    const bool cloudflared = !TunnelProcess::findProgram(TunnelProcess::Program::Cloudflared).isEmpty();
    const bool ngrok = !TunnelProcess::findProgram(TunnelProcess::Program::Ngrok).isEmpty();
    QString found;
    if (result.ngrokRunning)
        found = tr("ngrok runs, but none of its tunnels forwards to port %1.").arg(port) + u' ';
    if (cloudflared || ngrok) {
        const auto program = cloudflared ? TunnelProcess::Program::Cloudflared : TunnelProcess::Program::Ngrok;
        const QString sentence = found
            + tr("No tunnel to port %1 is running. %2 is installed and can start one.")
                  .arg(port)
                  .arg(TunnelProcess::programName(program));
        m_ui->tunnelLabel->setText(sentence.toHtmlEscaped());
        m_ui->startTunnelButton->setText(tr("Start %1").arg(TunnelProcess::programName(program)));
        m_ui->startTunnelButton->setProperty("program", int(program));
        m_ui->startTunnelButton->show();
        return;
    }
    m_ui->startTunnelButton->hide();
    m_ui->tunnelLabel->setText(
        found.toHtmlEscaped()
        + tr("No tunnel to port %1 is running, and neither cloudflared nor ngrok is installed. Install "
             "<a href=\"%2\">cloudflared</a> (a quick tunnel needs no account) or <a href=\"%3\">ngrok</a>, "
             "or enter the address of a server that forwards to this computer.")
              .arg(port)
              .arg(TunnelProcess::downloadPage(TunnelProcess::Program::Cloudflared).toString(),
                   TunnelProcess::downloadPage(TunnelProcess::Program::Ngrok).toString()));
}

void SubscribeReceiverDialog::startTunnel()
{
    const auto program = TunnelProcess::Program(m_ui->startTunnelButton->property("program").toInt());
    m_ui->startTunnelButton->setEnabled(false);
    m_ui->tunnelOutput->hide();
    m_ui->tunnelLabel->setText(
        tr("Starting %1 for port %2…").arg(TunnelProcess::programName(program)).arg(m_service->listeningPort()));
    m_service->tunnel()->start(program, m_service->listeningPort());
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
