#include "gui/live/ReceiverPanel.h"

#include "gui/common/Icons.h"
#include "gui/common/Sparkline.h"
#include "gui/common/StatusPalette.h"
#include "receiver/WebhookReceiver.h"
#include "session/CatchUpService.h"
#include "session/ReceiverCheck.h"
#include "session/ReceiverService.h"
#include "store/EventQuery.h"
#include "store/EventStore.h"
#include "ui_ReceiverPanel.h"

#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLocale>
#include <QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

ReceiverPanel::ReceiverPanel(QWidget* parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ReceiverPanel>())
    , m_check(new ReceiverCheck(this))
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
    connect(m_ui->receiverSettingsButton, &QPushButton::clicked, this, &ReceiverPanel::settingsRequested);
    connect(m_ui->catchUpButton, &QPushButton::clicked, this, [this] {
        if (m_catchUp)
            m_catchUp->start();
    });
    connect(m_ui->catchUpCancelButton, &QPushButton::clicked, this, [this] {
        if (m_catchUp)
            m_catchUp->cancel();
    });
    connect(m_ui->testPublicUrlButton, &QPushButton::clicked, this, &ReceiverPanel::testPublicUrl);
    connect(m_check, &ReceiverCheck::finished, this, &ReceiverPanel::showCheckResult);
    connect(m_ui->receiverRateSparkline, &Sparkline::refreshed, this, [this](qint64 lastMinute) {
        m_ui->receiverRateLabel->setText(
            tr("%1/min", "events received in the current minute").arg(QLocale().toString(lastMinute)));
        m_ui->receiverRateLabel->setToolTip(m_ui->receiverRateSparkline->toolTip());
    });
    m_ui->receiverRateSparkline->refresh(); // its tooltip names it
    setCounters({});
    refreshCatchUp();
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
        // Another profile: a new receiver, and the last check's outcome was about the old one.
        connect(m_service, &ReceiverService::storeChanged, this, [this] {
            m_check->setReceiver(m_service->receiver());
            m_ui->receiverCheckLabel->clear();
        });
        m_check->setReceiver(m_service->receiver());
    }
    m_ui->receiverCheckLabel->clear();
    followStore();
    refresh();
}

void ReceiverPanel::followStore()
{
    Sparkline* sparkline = m_ui->receiverRateSparkline;
    sparkline->clear();
    disconnect(m_storeConnection);
    const quint64 generation = ++m_seedGeneration;
    EventStore* store = m_service ? m_service->store() : nullptr;
    if (!store)
        return;
    // Counted from the store up to the newest event now; what comes after is counted as it is stored.
    m_seededUpTo = store->maxEventId();
    m_storeConnection = connect(store, &EventStore::eventsAppended, this, [this](const QList<qint64>& ids) {
        const qint64 after = m_seededUpTo;
        m_ui->receiverRateSparkline->add(
            std::count_if(ids.begin(), ids.end(), [after](qint64 id) { return id > after; }));
    });
    // The last hour, read on a worker thread with a read connection of its own.
    const qint64 since = (sparkline->now() / 60000 - Sparkline::minutes + 1) * 60000;
    auto* watcher = new QFutureWatcher<QList<QPair<qint64, qint64>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_seedGeneration) // added to what came meanwhile (newer events, not counted twice)
            m_ui->receiverRateSparkline->seed(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = store->databasePath(), since, upTo = m_seededUpTo] {
        EventQuery query(path);
        return query.eventsPerMinute(since, upTo);
    }));
}

Sparkline* ReceiverPanel::rateSparkline() const
{
    return m_ui->receiverRateSparkline;
}

void ReceiverPanel::setCatchUpService(CatchUpService* service)
{
    if (m_catchUp)
        disconnect(m_catchUp, nullptr, this, nullptr);
    m_catchUp = service;
    if (m_catchUp) {
        connect(m_catchUp, &CatchUpService::started, this, &ReceiverPanel::refreshCatchUp);
        connect(m_catchUp, &CatchUpService::finished, this, &ReceiverPanel::refreshCatchUp);
        connect(m_catchUp, &CatchUpService::availabilityChanged, this, &ReceiverPanel::refreshCatchUp);
        connect(m_catchUp, &CatchUpService::progress, this, &ReceiverPanel::showCatchUpProgress);
    }
    refreshCatchUp();
}

void ReceiverPanel::refreshCatchUp()
{
    const bool running = m_catchUp && m_catchUp->isRunning();
    m_ui->catchUpProgress->setVisible(running);
    m_ui->catchUpCancelButton->setVisible(running);
    m_ui->catchUpButton->setVisible(!running);
    m_ui->catchUpButton->setEnabled(m_catchUp && m_catchUp->canRun());
    m_ui->catchUpStatusLabel->setStyleSheet({});
    if (!m_catchUp)
        return;
    if (running) {
        m_ui->catchUpProgress->setRange(0, 0); // busy until the first progress says how many
        m_ui->catchUpStatusLabel->setText(tr("Catching up on the changes missed while the receiver was stopped…"));
        return;
    }
    if (!m_catchUp->canRun())
        m_ui->catchUpButton->setToolTip(tr("Catching up needs the profile's API key."));
    else
        m_ui->catchUpButton->setToolTip(tr("Compare every company of the history with Vainu's current data and "
                                           "record the changes missed while the receiver was not running."));
    if (!m_catchUp->hasResult()) {
        m_ui->catchUpStatusLabel->setText(tr("Missed changes are looked for each time the receiver starts."));
        return;
    }
    const CatchUpResult result = m_catchUp->lastResult();
    const QLocale locale;
    const QString time = locale.toString(m_catchUp->lastFinished().toLocalTime().time(), QLocale::ShortFormat);
    switch (result.status) {
    case CatchUpResult::Status::Done: {
        // %Ln: the count in the locale's digits and separators, with the plural form that fits it.
        QString text = tr("Caught up at %1: %2 compared, %3 found.")
                           .arg(time, tr("%Ln companies", nullptr, int(qMin<qint64>(result.compared, INT_MAX))),
                                tr("%Ln changes", nullptr, int(qMin<qint64>(result.changed, INT_MAX))));
        if (result.notFound > 0)
            text
                += u' ' + tr("%Ln not in Vainu's data any more.", nullptr, int(qMin<qint64>(result.notFound, INT_MAX)));
        m_ui->catchUpStatusLabel->setText(text);
        break;
    }
    case CatchUpResult::Status::Cancelled:
        m_ui->catchUpStatusLabel->setText(tr("Catching up was cancelled at %1; nothing was recorded.").arg(time));
        break;
    case CatchUpResult::Status::Failed:
        m_ui->catchUpStatusLabel->setText(
            tr("Catching up failed at %1; nothing was recorded. %2").arg(time, result.error));
        m_ui->catchUpStatusLabel->setStyleSheet(StatusPalette::textStyle(StatusPalette::Status::Bad, palette(), false));
        break;
    }
}

void ReceiverPanel::showCatchUpProgress(qint64 done, qint64 total)
{
    const QLocale locale;
    // A QProgressBar counts in int: scaled to per mille so any history fits.
    m_ui->catchUpProgress->setRange(0, 1000);
    m_ui->catchUpProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    m_ui->catchUpStatusLabel->setText(
        tr("Catching up: %1 of %2 companies compared…").arg(locale.toString(done), locale.toString(total)));
}

void ReceiverPanel::refresh()
{
    if (!m_service) {
        m_ui->receiverStateLabel->setText(tr("No receiver"));
        m_ui->receiverStartStopButton->setEnabled(false);
        m_ui->subscribeReceiverButton->setEnabled(false);
        m_ui->receiverUrlEdit->clear();
        refreshNextStep();
        m_ui->testPublicUrlButton->setEnabled(false);
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
    // The sandbox delivers to this computer: there is no public hop to prove, and its path stays simple.
    m_ui->testPublicUrlButton->setVisible(!m_service->isSandbox());
    m_ui->receiverCheckLabel->setVisible(!m_service->isSandbox());
    m_ui->testPublicUrlButton->setEnabled(listening && !m_check->isRunning());
    m_ui->testPublicUrlButton->setToolTip(
        listening ? tr("Post a test delivery to %1 and check that it arrives at this receiver.").arg(url.toString())
                  : tr("Start the receiver first: the test delivery must arrive at it."));
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
    refreshNextStep();
}

void ReceiverPanel::refreshNextStep()
{
    const QUrl publicUrl = m_service ? m_service->profile().receiver.publicUrl : QUrl();
    // The sandbox delivers on this computer; a Vainu account posts from the internet and needs a public address.
    const bool needed = m_service && !m_service->isSandbox() && (!publicUrl.isValid() || publicUrl.isEmpty());
    m_ui->receiverNextStepLabel->setVisible(needed);
    m_ui->receiverSettingsButton->setVisible(needed);
    if (!needed)
        return;
    m_ui->receiverNextStepLabel->setText(
        tr("Vainu cannot reach %1. Next: set a public URL in Settings > Receiver, or start a tunnel to port %2; then "
           "subscribe this receiver and test it.")
            .arg(ReceiverService::localUrlFor(m_service->profile()).toString(),
                 QString::number(m_service->settings().port)));
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

QString ReceiverPanel::nextStepText() const
{
    return m_ui->receiverNextStepLabel->isHidden() ? QString() : m_ui->receiverNextStepLabel->text();
}

void ReceiverPanel::testPublicUrl()
{
    if (!m_service || !m_service->isListening() || m_check->isRunning())
        return;
    m_ui->testPublicUrlButton->setEnabled(false);
    m_ui->receiverCheckLabel->setStyleSheet({});
    m_ui->receiverCheckLabel->setText(tr("Sending a test delivery to %1…").arg(m_service->publicUrl().toString()));
    m_check->start(m_service->publicUrl(), m_service->secretParameter(), m_service->secret());
}

void ReceiverPanel::showCheckResult(const ReceiverCheckResult& result)
{
    m_ui->receiverCheckLabel->setText(result.message());
    m_ui->receiverCheckLabel->setStyleSheet(StatusPalette::textStyle(
        result.ok() ? StatusPalette::Status::Good : StatusPalette::Status::Bad, palette(), false));
    refresh();
}

QString ReceiverPanel::checkText() const
{
    return m_ui->receiverCheckLabel->text();
}

QString ReceiverPanel::catchUpText() const
{
    return m_ui->catchUpStatusLabel->text();
}
