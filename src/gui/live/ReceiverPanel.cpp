#include "gui/live/ReceiverPanel.h"

#include "gui/common/Icons.h"
#include "gui/common/StatusPalette.h"
#include "receiver/WebhookReceiver.h"
#include "session/ReceiverService.h"
#include "ui_ReceiverPanel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

ReceiverPanel::ReceiverPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ReceiverPanel>())
{
    m_ui->setupUi(this);
    // Through Icons rather than the form: the project's own icon when the desktop theme has none.
    m_ui->copyReceiverUrlButton->setIcon(Icons::themed(u"edit-copy"_s));
    m_ui->receiverErrorLabel->setStyleSheet(
        StatusPalette::noticeStyle(u"#receiverErrorLabel"_s, StatusPalette::Status::Bad, palette())
        + u" #receiverErrorLabel { padding: 4px; }"_s);

    connect(m_ui->copyReceiverUrlButton, &QToolButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->receiverUrlEdit->text()); });
    connect(m_ui->receiverStartStopButton, &QPushButton::clicked, this, [this] {
        if (!m_service)
            return;
        if (m_service->isListening())
            m_service->stop();
        else
            m_service->start();
    });
    connect(m_ui->subscribeReceiverButton, &QPushButton::clicked, this, &ReceiverPanel::subscribeRequested);
    setCounters({});
    refresh();
}

ReceiverPanel::~ReceiverPanel() = default;

void ReceiverPanel::setService(ReceiverService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (m_service) {
        connect(m_service, &ReceiverService::changed, this, &ReceiverPanel::refresh);
        connect(m_service->receiver(), &WebhookReceiver::startFailed, this, &ReceiverPanel::refresh);
    }
    refresh();
}

void ReceiverPanel::refresh()
{
    if (!m_service) {
        m_ui->receiverStateLabel->setText(tr("No receiver"));
        m_ui->receiverStartStopButton->setEnabled(false);
        m_ui->subscribeReceiverButton->setEnabled(false);
        m_ui->receiverUrlEdit->clear();
        return;
    }
    const WebhookReceiver* receiver = m_service->receiver();
    const ReceiverSettings settings = m_service->settings();
    const bool listening = m_service->isListening();
    const bool starting = receiver->state() == WebhookReceiver::State::Starting;
    m_ui->receiverStartStopButton->setEnabled(!starting && m_service->secretKnown());
    m_ui->receiverStartStopButton->setText(listening ? tr("&Stop") : tr("&Start"));
    m_ui->receiverStartStopButton->setIcon(
        QIcon::fromTheme(listening ? u"media-playback-stop"_s : u"media-playback-start"_s));
    m_ui->subscribeReceiverButton->setEnabled(m_service->secretKnown());
    const QUrl url = m_service->publicUrl();
    m_ui->receiverUrlEdit->setText(url.toString());
    switch (receiver->state()) {
    case WebhookReceiver::State::Listening:
        m_ui->receiverStateLabel->setText(tr("● Listening"));
        m_ui->receiverStateLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Good, palette(), true));
        break;
    case WebhookReceiver::State::Starting:
        m_ui->receiverStateLabel->setText(tr("Starting…"));
        m_ui->receiverStateLabel->setStyleSheet({});
        break;
    case WebhookReceiver::State::Failed:
        m_ui->receiverStateLabel->setText(tr("● Not running"));
        m_ui->receiverStateLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Bad, palette(), true));
        break;
    case WebhookReceiver::State::Stopped:
        m_ui->receiverStateLabel->setText(tr("○ Stopped"));
        m_ui->receiverStateLabel->setStyleSheet(
            StatusPalette::textStyle(StatusPalette::Status::Neutral, palette(), true));
        break;
    }
    const QString secretText = !m_service->secretKnown() ? tr("reading the keychain…")
        : m_service->hasSecret()                         ? tr("set (kept in the keychain)")
                                                         : tr("not set: any delivery to the path is taken");
    m_ui->receiverDetailsLabel->setText(tr("Address %1 · port %2 · path %3 · secret %4")
                                            .arg(settings.address.toString(),
                                                 QString::number(listening ? receiver->port() : settings.port),
                                                 settings.path, secretText));
    const bool failed = receiver->state() == WebhookReceiver::State::Failed && !receiver->lastError().isEmpty();
    m_ui->receiverErrorLabel->setVisible(failed);
    if (failed)
        m_ui->receiverErrorLabel->setText(receiver->lastError());
}

void ReceiverPanel::setCounters(const StoreCounters& counters)
{
    const QLocale locale;
    m_ui->receiverCountersLabel->setText(tr("Today %1 · duplicates %2 · stale %3 · rejected %4 · all %5")
                                             .arg(locale.toString(counters.eventsToday),
                                                  locale.toString(counters.duplicates), locale.toString(counters.stale),
                                                  locale.toString(counters.rejected),
                                                  locale.toString(counters.events)));
}

QString ReceiverPanel::urlText() const
{
    return m_ui->receiverUrlEdit->text();
}

QString ReceiverPanel::stateText() const
{
    return m_ui->receiverStateLabel->text();
}

QString ReceiverPanel::errorText() const
{
    return m_ui->receiverErrorLabel->isHidden() ? QString() : m_ui->receiverErrorLabel->text();
}
