#include "gui/live/LiveEventsPage.h"

#include "api/VainuClient.h"
#include "gui/common/AdaptiveSplitter.h"
#include "gui/common/EmptyState.h"
#include "gui/common/FilePicker.h"
#include "gui/common/Icons.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/ForwardingPanel.h"
#include "gui/live/LiveStoreReader.h"
#include "gui/live/OverviewPanel.h"
#include "gui/live/ReplayDialog.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/live/TrayNotifier.h"
#include "models/EventRejectedModel.h"
#include "models/EventTableModel.h"
#include "session/EventFileExport.h"
#include "session/ForwardService.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"
#include "session/TunnelDetector.h"
#include "session/TunnelProcess.h"
#include "store/EventStore.h"
#include "ui_LiveEventsPage.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

LiveEventsPage::LiveEventsPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LiveEventsPage>())
    , m_model(new EventTableModel(this))
    , m_rejectedModel(new EventRejectedModel(this))
    , m_subscription(new ReceiverSubscription(nullptr, nullptr, this))
    , m_counterTimer(new QTimer(this))
    , m_tunnelTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setUpViews();
    connectParts();
    updateStatus();
}

LiveEventsPage::~LiveEventsPage()
{
    // The detail pane (a child, deleted after this) reads through the page's reader: it lets go first.
    m_ui->eventDetailPane->setReader(nullptr);
}

void LiveEventsPage::setUpViews()
{
    m_ui->eventsTable->setModel(m_model);
    m_ui->rejectedTable->setModel(m_rejectedModel);
    m_ui->rejectedTable->horizontalHeader()->setSectionResizeMode(EventRejectedModel::ReasonColumn,
                                                                  QHeaderView::Stretch);
    m_ui->rejectedTable->setColumnWidth(EventRejectedModel::ArrivalColumn, 170);
    // Half the room for the detail pane, so its six tabs show whole (in Finnish too) in the default 1100-pixel
    // window; in a narrower one the pane goes below the table, where it has the whole width.
    new AdaptiveSplitter(m_ui->liveSplitter, 1000, {1, 1});
    m_ui->liveSplitter->setSizes({640, 640});
    m_ui->liveEmptyState->setMonochromeIcon(Icons::own(u"network-receive"_s));
    m_ui->liveEmptyState->setTitle(tr("No events yet"));
    m_counterTimer->setSingleShot(true);
    m_counterTimer->setInterval(1000);
}

void LiveEventsPage::connectParts()
{
    connect(m_counterTimer, &QTimer::timeout, this, &LiveEventsPage::refreshCounters);
    // A tunnel gets a new address when it restarts: look again now and then while the receiver listens.
    m_tunnelTimer->setInterval(30000);
    connect(m_tunnelTimer, &QTimer::timeout, this, &LiveEventsPage::detectTunnel);
    connect(m_ui->receiverPanel, &ReceiverPanel::subscribeRequested, this, &LiveEventsPage::openSubscribeDialog);
    connect(m_ui->receiverPanel, &ReceiverPanel::settingsRequested, this, &LiveEventsPage::receiverSettingsRequested);
    connect(m_ui->subscriptionWarning, &SubscriptionWarning::fixRequested, this, &LiveEventsPage::openSubscribeDialog);
    connect(m_ui->sandboxBar, &SandboxControlBar::statusMessage, this, &LiveEventsPage::statusMessage);
    connect(m_ui->sandboxBar, &SandboxControlBar::availabilityChanged, this, &LiveEventsPage::updateEmptyState);
    connect(m_ui->liveEmptyState, &EmptyState::actionTriggered, this, [this] {
        if (m_ui->sandboxBar->isAvailable())
            simulateChange();
        else if (needsPublicUrl())
            emit receiverSettingsRequested();
        else
            openSubscribeDialog();
    });

    LiveFilterBar* filters = m_ui->liveFilterBar;
    connect(filters, &LiveFilterBar::filterChanged, m_model, &EventTableModel::setFilter);
    // The Overview counts what the table shows; a company's row there shows its events here.
    OverviewPanel* overview = m_ui->overviewPanel;
    overview->setFilter(filters->filter());
    connect(filters, &LiveFilterBar::filterChanged, overview, &OverviewPanel::setFilter);
    connect(overview, &OverviewPanel::companyActivated, this, [this](const QString& businessId, const QString& name) {
        // The id as stored: a part of itself, whatever its shape.
        if (businessId.isEmpty())
            m_ui->liveFilterBar->showCompanyName(name);
        else
            m_ui->liveFilterBar->showBusinessId(businessId);
        m_ui->liveViews->setCurrentWidget(m_ui->liveEventsStack);
    });
    connect(overview, &OverviewPanel::clearFiltersRequested, filters, &LiveFilterBar::clear);
    connect(filters, &LiveFilterBar::autoScrollToggled, this, [this](bool on) {
        if (on)
            m_ui->eventsTable->scrollToBottom();
    });
    connect(filters, &LiveFilterBar::exportRequested, this, &LiveEventsPage::exportFiltered);
    connect(filters, &LiveFilterBar::replayRequested, this, &LiveEventsPage::replayEvents);
    connect(m_ui->forwardingPanel, &ForwardingPanel::statusMessage, this, &LiveEventsPage::statusMessage);

    connect(m_model, &EventTableModel::rowsAppendedBatch, this, &LiveEventsPage::onRowsAppended);
    connect(m_model, &EventTableModel::reloaded, this, [this] {
        if (m_ui->liveFilterBar->autoScroll())
            m_ui->eventsTable->scrollToBottom();
        updateStatus();
    });
    connect(m_model, &EventTableModel::loadingChanged, this, &LiveEventsPage::updateStatus);
    connect(m_rejectedModel, &EventRejectedModel::refreshed, this, [this] {
        m_ui->liveViews->setTabText(m_ui->liveViews->indexOf(m_ui->rejectedView),
                                    tr("Rejected (%1)").arg(m_rejectedModel->rowCount()));
    });

    EventDetailPane* detail = m_ui->eventDetailPane;
    connect(m_ui->eventsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_ui->eventDetailPane->setEvent(m_model->eventId(current.row())); });
    connect(detail, &EventDetailPane::eventActivated, this, [this](qint64 id) {
        const int row = m_model->rowOfEvent(id);
        if (row >= 0)
            m_ui->eventsTable->setCurrentIndex(m_model->index(row, 0));
        else
            m_ui->eventDetailPane->setEvent(id);
    });
    connect(detail, &EventDetailPane::statusMessage, this, &LiveEventsPage::statusMessage);
    connect(detail, &EventDetailPane::customerRecordRequested, this, &LiveEventsPage::customerRecordRequested);
}

void LiveEventsPage::setService(ReceiverService* service)
{
    if (ReceiverService* previous = m_service.data()) {
        disconnect(previous, nullptr, this, nullptr);
        disconnect(previous->tunnelDetector(), nullptr, this, nullptr);
        disconnect(previous->tunnel(), nullptr, this, nullptr);
    }
    m_service = service;
    m_checkKnown = false;
    m_tunnelReceiverUrl.clear();
    m_subscription->deleteLater();
    m_subscription = new ReceiverSubscription(m_client, service, this);
    connect(m_subscription, &ReceiverSubscription::listed, this,
            [this](const QList<Webhook>& webhooks) { m_webhooks = webhooks; });
    connect(m_subscription, &ReceiverSubscription::checked, this, [this](bool subscribed, const QList<Webhook>& here) {
        m_checkKnown = true;
        m_checkSubscribed = subscribed;
        m_checkHere = here;
        updateSubscriptionWarning();
    });
    if (service) {
        connect(service->tunnelDetector(), &TunnelDetector::finished, this, [this](const TunnelDetector::Result& r) {
            ReceiverService* current = m_service.data();
            if (current == nullptr)
                return;
            TunnelProcess* started = current->tunnel();
            const QUrl tunnel = started->state() == TunnelProcess::State::Running ? started->publicUrl()
                : r.match                                                         ? r.match->publicUrl
                                                                                  : QUrl();
            m_tunnelReceiverUrl
                = tunnel.isEmpty() ? QUrl() : TunnelDetector::receiverUrl(tunnel, current->settings().path);
            updateSubscriptionWarning();
        });
        connect(service->tunnel(), &TunnelProcess::started, this, [this](const QUrl& url) {
            if (ReceiverService* current = m_service.data())
                m_tunnelReceiverUrl = TunnelDetector::receiverUrl(url, current->settings().path);
            updateSubscriptionWarning();
        });
    }
    connect(m_subscription, &ReceiverSubscription::subscribed, this, [this](const Webhook& created, int removed) {
        m_webhooks.append(created);
        m_checkKnown = false; // the next check tells
        m_ui->subscriptionWarning->hide();
        emit receiverSubscribed();
        emit statusMessage(
            removed > 0 ? tr("Subscribed: Vainu now delivers here; %n older webhook(s) deleted.", nullptr, removed)
                        : tr("Subscribed: Vainu now delivers to this receiver."));
    });

    // Another store: the reads of the old one end (the detail pane lets go of the reader first).
    EventStore* store = service ? service->store() : nullptr;
    m_ui->eventDetailPane->setReader(nullptr);
    m_reader.reset();
    if (store)
        m_reader = std::make_unique<LiveStoreReader>(store);
    m_model->setStore(store);
    m_rejectedModel->setStore(store);
    m_ui->overviewPanel->setStore(store);
    m_ui->rejectedRetentionNote->setText(m_rejectedModel->retentionNotice());
    m_ui->eventDetailPane->setReader(m_reader.get());
    m_ui->eventDetailPane->setService(service);
    m_ui->receiverPanel->setService(service);
    m_ui->sandboxBar->setService(service);
    if (store) {
        auto dirty = [this] {
            if (!m_counterTimer->isActive())
                m_counterTimer->start();
        };
        connect(store, &EventStore::eventsAppended, this, dirty);
        connect(store, &EventStore::eventsUpdated, this, dirty);
        connect(store, &EventStore::rejectedAppended, this, dirty);
    }
    if (service) {
        connect(service, &ReceiverService::changed, this, &LiveEventsPage::onServiceChanged);
        // Another profile's history: every view moves to the new store.
        connect(service, &ReceiverService::storeChanged, this, [this] { setService(m_service); });
    }
    m_countersInFlight = false;
    onServiceChanged();
    refreshCounters();
}

ReceiverService* LiveEventsPage::service() const
{
    return m_service.data();
}

QTableView* LiveEventsPage::table() const
{
    return m_ui->eventsTable;
}

EventDetailPane* LiveEventsPage::detailPane() const
{
    return m_ui->eventDetailPane;
}

void LiveEventsPage::setForwardService(ForwardService* service)
{
    m_forward = service;
    m_ui->forwardingPanel->setService(service);
    m_ui->eventDetailPane->setForwardService(service);
}

void LiveEventsPage::setPreferences(AppPreferences* preferences)
{
    m_ui->eventDetailPane->setPreferences(preferences);
}

ForwardingPanel* LiveEventsPage::forwardingPanel() const
{
    return m_ui->forwardingPanel;
}

void LiveEventsPage::replayEvents()
{
    if (!m_forward)
        return;
    QList<qint64> selected;
    for (const QModelIndex& index : m_ui->eventsTable->selectionModel()->selectedRows())
        selected.append(m_model->eventId(index.row()));
    auto* dialog = new ReplayDialog(m_forward, selected, m_model->eventIds(), this);
    dialog->setObjectName(u"replayDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LiveEventsPage::setCatchUpService(CatchUpService* service)
{
    m_ui->receiverPanel->setCatchUpService(service);
}

ReceiverPanel* LiveEventsPage::receiverPanel() const
{
    return m_ui->receiverPanel;
}

void LiveEventsPage::setClient(VainuClient* client)
{
    m_client = client;
    m_subscription->setClient(client);
    m_ui->eventDetailPane->setClient(client);
    m_lastListeningUrl.clear();
    onServiceChanged();
}

void LiveEventsPage::onServiceChanged()
{
    updateEmptyState();
    // Check the webhooks once per listening address and secret, not on every state change.
    ReceiverService* service = m_service.data();
    QString key;
    if (service != nullptr && service->isListening())
        key = service->publicUrl().toString() + u'|' + service->secret();
    if (key != m_lastListeningUrl) {
        m_lastListeningUrl = key;
        if (key.isEmpty())
            m_ui->subscriptionWarning->hide();
        else
            checkSubscription();
    }
}

void LiveEventsPage::checkSubscription()
{
    ReceiverService* service = m_service.data();
    if (service != nullptr && m_client && service->isListening()) {
        m_subscription->check();
        detectTunnel();
    }
}

void LiveEventsPage::detectTunnel()
{
    ReceiverService* service = m_service.data();
    if (service == nullptr || !service->isListening() || service->isSandbox()) {
        m_tunnelTimer->stop();
        return;
    }
    if (!m_tunnelTimer->isActive())
        m_tunnelTimer->start();
    service->tunnelDetector()->detect(service->listeningPort());
}

void LiveEventsPage::updateSubscriptionWarning()
{
    ReceiverService* service = m_service.data();
    if (!m_checkKnown || service == nullptr)
        return;
    const QUrl subscribed = service->publicUrl();
    const bool viaTunnel = m_tunnelReceiverUrl.isValid() && !m_tunnelReceiverUrl.isEmpty();
    Webhook throughTunnel;
    throughTunnel.webhookUrl = m_tunnelReceiverUrl.toString();
    if (viaTunnel && !ReceiverSubscription::pointsAt(throughTunnel, subscribed)) {
        // The tunnel's address differs from the public URL. Subscribed to it already (in this session), fine;
        // otherwise, when Vainu delivers to an older address, say that the tunnel moved.
        const QString parameter = service->secretParameter();
        for (const Webhook& webhook : std::as_const(m_webhooks)) {
            if (ReceiverSubscription::pointsAt(webhook, m_tunnelReceiverUrl)
                && ReceiverSubscription::carriesSecret(webhook, parameter, service->secret())) {
                m_ui->subscriptionWarning->hide();
                return;
            }
        }
        if (m_checkSubscribed || !m_checkHere.isEmpty() || !service->profile().receiver.publicUrl.isEmpty()) {
            // Where Vainu delivers: the newest webhook with the current secret, else the public URL.
            QUrl deliversTo = subscribed;
            if (service->hasSecret()) {
                for (const Webhook& webhook : std::as_const(m_webhooks)) {
                    if (ReceiverSubscription::carriesSecret(webhook, parameter, service->secret()))
                        deliversTo = QUrl(webhook.webhookUrl);
                }
            }
            m_ui->subscriptionWarning->showTunnelMoved(m_tunnelReceiverUrl.toString(), deliversTo.toString());
            return;
        }
    }
    if (m_checkSubscribed)
        m_ui->subscriptionWarning->hide();
    else if (m_checkHere.isEmpty())
        m_ui->subscriptionWarning->showNoWebhook(subscribed.toString());
    else
        m_ui->subscriptionWarning->showWrongSecret(int(m_checkHere.size()));
}

bool LiveEventsPage::subscriptionWarningShown() const
{
    return !m_ui->subscriptionWarning->isHidden();
}

void LiveEventsPage::showCompany(const QString& businessId)
{
    // The filter matches a part of the stored id with its hyphens and spaces left out, and the digits alone are
    // part of every shape ("FI25578642", "2557864-2", "NO 918 443 525").
    QString digits = businessId;
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    m_ui->liveFilterBar->showBusinessId(digits.isEmpty() ? businessId.trimmed() : digits);
}

void LiveEventsPage::onRowsAppended(int count)
{
    if (m_ui->liveFilterBar->autoScroll())
        m_ui->eventsTable->scrollToBottom();
    updateStatus();
    if (!m_tray && window())
        m_tray = TrayNotifier::forWindow(window()); // the window's one tray icon
    const EventRow* last = m_model->cachedRow(m_model->rowCount() - 1);
    if (m_tray)
        m_tray->eventsArrived(count, last ? last->companyName : QString());
}

void LiveEventsPage::refreshCounters()
{
    if (!m_reader || m_countersInFlight)
        return;
    m_countersInFlight = true;
    m_reader->run<StoreCounters>(
        this, [](EventQuery&, const EventStore& store) { return store.counters(); },
        [this](const StoreCounters& counters) {
            m_countersInFlight = false;
            m_ui->receiverPanel->setCounters(counters);
        });
}

void LiveEventsPage::updateStatus()
{
    if (m_model->isLoading()) {
        m_ui->liveStatusLabel->setText(tr("Loading events…"));
        return;
    }
    // %Ln: the count in the locale's digit grouping, and the plural form that fits it.
    m_ui->liveStatusLabel->setText(m_model->filter().isEmpty()
                                       ? tr("%Ln event(s)", nullptr, m_model->rowCount())
                                       : tr("%Ln event(s) match the filter", nullptr, m_model->rowCount()));
    updateEmptyState();
}

void LiveEventsPage::updateEmptyState()
{
    const bool empty = !m_model->isLoading() && m_model->rowCount() == 0 && m_model->filter().isEmpty();
    EmptyState* emptyState = m_ui->liveEmptyState;
    if (empty) {
        const bool sandbox = m_ui->sandboxBar->isAvailable();
        if (sandbox) {
            emptyState->setText(tr("Company changes that Vainu delivers to this receiver appear here the moment they "
                                   "arrive, with what changed. The sandbox's demo webhook points here already: "
                                   "make it send a change."));
            emptyState->setActionText(tr("Simulate a company change"));
        } else if (const ReceiverService* service = m_service.data(); service != nullptr && !service->isSandbox()) {
            // A real account: Vainu's servers post from the internet, never to 127.0.0.1. The steps, in order.
            const QUrl publicUrl = service->profile().receiver.publicUrl;
            const bool hasPublicUrl = !needsPublicUrl();
            const QString first = hasPublicUrl
                ? tr("1. Public URL: %1 (Settings > Receiver changes it).").arg(publicUrl.toString())
                : tr("1. Give the receiver a public URL in Settings > Receiver, or start a tunnel (ngrok, "
                     "cloudflared) to port %1.")
                      .arg(service->settings().port);
            const QStringList lines {
                tr("Vainu's servers cannot post to 127.0.0.1. To see a real account's changes here:"),
                first,
                tr("2. Subscribe this receiver."),
                tr("3. Test it: a delivery through the public URL shows up here."),
            };
            emptyState->setText(lines.join(u'\n'));
            emptyState->setActionText(hasPublicUrl ? tr("Subscribe this receiver…") : tr("Set the public URL…"));
        } else {
            emptyState->setText(tr("Company changes that Vainu delivers to this receiver appear here the moment they "
                                   "arrive, with what changed. Start the receiver, then subscribe it."));
            emptyState->setActionText(tr("Subscribe this receiver…"));
        }
    }
    m_ui->liveEventsStack->setCurrentWidget(empty ? static_cast<QWidget*>(emptyState) : m_ui->liveSplitter);
}

bool LiveEventsPage::needsPublicUrl() const
{
    const ReceiverService* service = m_service.data();
    if (service == nullptr || service->isSandbox())
        return false;
    const QUrl url = service->profile().receiver.publicUrl;
    return !url.isValid() || url.isEmpty();
}

void LiveEventsPage::simulateChange()
{
    m_ui->sandboxBar->simulateChange();
}

void LiveEventsPage::setStreaming(bool on)
{
    m_ui->sandboxBar->setStreaming(on);
}

void LiveEventsPage::showRejected()
{
    m_ui->liveViews->setCurrentWidget(m_ui->rejectedView);
}

void LiveEventsPage::showOverview()
{
    m_ui->liveViews->setCurrentWidget(m_ui->overviewPanel);
}

OverviewPanel* LiveEventsPage::overviewPanel() const
{
    return m_ui->overviewPanel;
}

void LiveEventsPage::openSubscribeDialog()
{
    ReceiverService* service = m_service.data();
    if (!service)
        return;
    if (!m_client) {
        // No server to ask: a Sandbox profile whose sandbox did not start, or a profile with no API
        // key. The receiver works either way.
        emit statusMessage(service->isSandbox()
                               ? tr("Subscribing needs the built-in sandbox, which is not running: press Retry in "
                                    "the banner above.")
                               : tr("Subscribing needs the profile's API key. Enter it first (File > Settings)."));
        return;
    }
    auto* dialog = new SubscribeReceiverDialog(service, m_subscription, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_ui->subscriptionWarning->isTunnelMoved() && !m_ui->subscriptionWarning->isHidden())
        dialog->urlEdit()->setText(m_tunnelReceiverUrl.toString()); // the fix: the tunnel's new address
    dialog->open();
}

void LiveEventsPage::exportFiltered()
{
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    const QString csv = tr("CSV (*.csv)");
    QString chosenFilter;
    const QString path
        = FilePicker::saveFile(this, tr("Export events"), u"events.jsonl"_s, {jsonl, csv}, &chosenFilter);
    if (path.isEmpty())
        return;
    exportTo(path, chosenFilter == csv ? EventExport::Format::Csv : EventFileExport::formatForPath(path));
}

void LiveEventsPage::exportTo(const QString& path, EventExport::Format format)
{
    if (!m_reader) {
        emit exported(0, tr("No event store is open."));
        return;
    }
    const QList<qint64> ids = m_model->eventIds();
    emit statusMessage(tr("Exporting %Ln event(s)…", nullptr, int(ids.size())));
    m_reader->run<EventFileExport::Result>(
        this,
        [ids, path, format](EventQuery&, const EventStore& store) {
            return EventFileExport::write(store, ids, path, format);
        },
        [this, path](const EventFileExport::Result& result) {
            emit statusMessage(result.error.isEmpty()
                                   ? tr("Exported %Ln event(s) to %1.", nullptr, int(result.count)).arg(path)
                                   : result.error);
            emit exported(result.count, result.error);
        });
}
