#include "gui/live/ReceiverPanel.h"

#include "gui/common/Icons.h"
#include "gui/common/StatusPalette.h"
#include "receiver/WebhookReceiver.h"
#include "session/ReceiverService.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

ReceiverPanel::ReceiverPanel(QWidget* parent)
    : QGroupBox(tr("Receiver"), parent)
    , m_state(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_copy(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_error(new QLabel(this))
    , m_startStop(new QPushButton(this))
    , m_subscribe(new QPushButton(tr("Subscribe this receiver…"), this))
    , m_counters(new QLabel(this))
{
    setObjectName(u"receiverPanel"_s);
    m_state->setObjectName(u"receiverStateLabel"_s);
    m_url->setObjectName(u"receiverUrlEdit"_s);
    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Receiver URL"));
    m_url->setToolTip(tr("The address deliveries go to, without the secret."));
    m_copy->setObjectName(u"copyReceiverUrlButton"_s);
    m_copy->setIcon(Icons::themed(u"edit-copy"_s));
    m_copy->setToolTip(tr("Copy the receiver URL"));
    m_copy->setAccessibleName(tr("Copy the receiver URL"));
    m_details->setObjectName(u"receiverDetailsLabel"_s);
    m_error->setObjectName(u"receiverErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(StatusPalette::noticeStyle(u"#receiverErrorLabel"_s, StatusPalette::Status::Bad, palette())
                           + u" #receiverErrorLabel { padding: 4px; }"_s);
    m_error->hide();
    m_startStop->setObjectName(u"receiverStartStopButton"_s);
    m_subscribe->setObjectName(u"subscribeReceiverButton"_s);
    m_counters->setObjectName(u"receiverCountersLabel"_s);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QGridLayout(this);
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_state);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    urlRow->addWidget(m_startStop);
    urlRow->addWidget(m_subscribe);
    layout->addLayout(urlRow, 0, 0);
    // The details wrap in a narrow window rather than hold it wide, and take the room the counters leave.
    m_details->setWordWrap(true);
    auto* infoRow = new QHBoxLayout;
    infoRow->addWidget(m_details, 1);
    infoRow->addWidget(m_counters);
    layout->addLayout(infoRow, 1, 0);
    layout->addWidget(m_error, 2, 0);

    connect(m_copy, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (!m_service)
            return;
        if (m_service->isListening())
            m_service->stop();
        else
            m_service->start();
    });
    connect(m_subscribe, &QPushButton::clicked, this, &ReceiverPanel::subscribeRequested);
    setCounters({});
    refresh();
}

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
        m_state->setText(tr("No receiver"));
        m_startStop->setEnabled(false);
        m_subscribe->setEnabled(false);
        m_url->clear();
        return;
    }
    const WebhookReceiver* receiver = m_service->receiver();
    const ReceiverSettings settings = m_service->settings();
    const bool listening = m_service->isListening();
    const bool starting = receiver->state() == WebhookReceiver::State::Starting;
    m_startStop->setEnabled(!starting && m_service->secretKnown());
    m_startStop->setText(listening ? tr("&Stop") : tr("&Start"));
    m_startStop->setIcon(QIcon::fromTheme(listening ? u"media-playback-stop"_s : u"media-playback-start"_s));
    m_subscribe->setEnabled(m_service->secretKnown());
    const QUrl url = m_service->publicUrl();
    m_url->setText(url.toString());
    switch (receiver->state()) {
    case WebhookReceiver::State::Listening:
        m_state->setText(tr("● Listening"));
        m_state->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Good, palette(), true));
        break;
    case WebhookReceiver::State::Starting:
        m_state->setText(tr("Starting…"));
        m_state->setStyleSheet({});
        break;
    case WebhookReceiver::State::Failed:
        m_state->setText(tr("● Not running"));
        m_state->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Bad, palette(), true));
        break;
    case WebhookReceiver::State::Stopped:
        m_state->setText(tr("○ Stopped"));
        m_state->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Neutral, palette(), true));
        break;
    }
    const QString secretText = !m_service->secretKnown() ? tr("reading the keychain…")
        : m_service->hasSecret()                         ? tr("set (kept in the keychain)")
                                                         : tr("not set: any delivery to the path is taken");
    m_details->setText(tr("Address %1 · port %2 · path %3 · secret %4")
                           .arg(settings.address.toString(),
                                QString::number(listening ? receiver->port() : settings.port), settings.path,
                                secretText));
    const bool failed = receiver->state() == WebhookReceiver::State::Failed && !receiver->lastError().isEmpty();
    m_error->setVisible(failed);
    if (failed)
        m_error->setText(receiver->lastError());
}

void ReceiverPanel::setCounters(const StoreCounters& counters)
{
    const QLocale locale;
    m_counters->setText(tr("Today %1 · duplicates %2 · stale %3 · rejected %4 · all %5")
                            .arg(locale.toString(counters.eventsToday), locale.toString(counters.duplicates),
                                 locale.toString(counters.stale), locale.toString(counters.rejected),
                                 locale.toString(counters.events)));
}

QString ReceiverPanel::urlText() const
{
    return m_url->text();
}

QString ReceiverPanel::stateText() const
{
    return m_state->text();
}

QString ReceiverPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}
