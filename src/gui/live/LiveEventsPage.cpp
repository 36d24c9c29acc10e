#include "gui/live/LiveEventsPage.h"

#include "api/VainuClient.h"
#include "core/CompanyChange.h"
#include "gui/common/CompactToolButton.h"
#include "gui/common/EmptyState.h"
#include "gui/common/Icons.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/LiveStoreReader.h"
#include "gui/live/ReceiverPanel.h"
#include "session/ReceiverService.h"
#include "session/EventFileExport.h"
#include "session/ReceiverSubscription.h"
#include "session/SandboxControl.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/live/TrayNotifier.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/EventRejectedModel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "store/EventStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LiveEventsPage::LiveEventsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new EventTableModel(this))
    , m_rejectedModel(new EventRejectedModel(this))
    , m_subscription(new ReceiverSubscription(nullptr, nullptr, this))
    , m_panel(new ReceiverPanel(this))
    , m_warning(new QFrame(this))
    , m_warningText(new QLabel(m_warning))
    , m_views(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_rejectedTable(new QTableView(this))
    , m_detail(new EventDetailPane(this))
    , m_status(new QLabel(this))
    , m_filterTimer(new QTimer(this))
    , m_counterTimer(new QTimer(this))
{
    setObjectName(u"liveEventsPage"_s);
    setAccessibleName(tr("Live events"));

    // The warning with its one-click fix.
    m_warning->setObjectName(u"subscriptionWarning"_s);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setStyleSheet(
        u"#subscriptionWarning { background: #fff4ce; border: 1px solid #d9b300; border-radius: 3px; }"
        " #subscriptionWarning QLabel { color: #3b2f00; }"_s);
    m_warningText->setWordWrap(true);
    m_warningText->setObjectName(u"subscriptionWarningText"_s);
    auto* fix = new QPushButton(tr("Subscribe this receiver"), m_warning);
    fix->setObjectName(u"subscriptionFixButton"_s);
    auto* warningLayout = new QHBoxLayout(m_warning);
    auto* warningIcon = new QLabel(m_warning);
    warningIcon->setPixmap(Icons::themed(u"dialog-warning"_s).pixmap(20, 20));
    warningLayout->addWidget(warningIcon);
    warningLayout->addWidget(m_warningText, 1);
    warningLayout->addWidget(fix);
    m_warning->hide();
    connect(fix, &QPushButton::clicked, this, &LiveEventsPage::openSubscribeDialog);

    m_table->setObjectName(u"eventsTable"_s);
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, which keeps a million rows cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(EventTableModel::ChangedFieldsColumn, QHeaderView::Stretch);
    // Fixed widths from the font, so "Changed fields", the column that stretches, keeps room for a
    // few field names beside the detail pane even in an 1100-pixel window.
    const QFontMetrics metrics = m_table->fontMetrics();
    m_table->setColumnWidth(EventTableModel::ArrivalColumn, metrics.horizontalAdvance(u"2026-11-28 23:59:59"_s) + 16);
    m_table->setColumnWidth(EventTableModel::CompanyColumn, metrics.horizontalAdvance(u"Vainu. io Software"_s) + 16);
    m_table->setColumnWidth(EventTableModel::BusinessIdColumn, metrics.horizontalAdvance(u"SE5563409340"_s) + 16);
    // The narrow columns are at least as wide as their (translated) titles.
    const auto fit = [this](int column, int width) {
        m_table->setColumnWidth(column, qMax(width, m_table->horizontalHeader()->sectionSizeHint(column)));
    };
    fit(EventTableModel::TriesColumn, 40);
    fit(EventTableModel::ReceivedColumn, 65);
    fit(EventTableModel::FlagsColumn, metrics.horizontalAdvance(u"duplicate"_s) + 16);

    m_rejectedTable->setObjectName(u"rejectedTable"_s);
    m_rejectedTable->setAccessibleName(tr("Rejected requests"));
    m_rejectedTable->setModel(m_rejectedModel);
    m_rejectedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rejectedTable->verticalHeader()->hide();
    m_rejectedTable->setWordWrap(false);
    m_rejectedTable->horizontalHeader()->setSectionResizeMode(EventRejectedModel::ReasonColumn, QHeaderView::Stretch);
    m_rejectedTable->setColumnWidth(EventRejectedModel::ArrivalColumn, 170);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"liveSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({780, 480});
    m_views->setObjectName(u"liveViews"_s);
    m_views->setDocumentMode(true);
    // An empty history shows what will appear here and how to make it happen, not a blank table.
    m_emptyState = new EmptyState(this);
    m_emptyState->setObjectName(u"liveEmptyState"_s);
    m_emptyState->setIcon(Icons::own(u"network-receive"_s));
    m_emptyState->setTitle(tr("No events yet"));
    connect(m_emptyState, &EmptyState::actionTriggered, this, [this] {
        if (m_sandboxBar->isVisibleTo(this))
            simulateChange();
        else
            openSubscribeDialog();
    });
    m_eventsStack = new QStackedWidget(this);
    m_eventsStack->addWidget(splitter);
    m_eventsStack->addWidget(m_emptyState);
    m_views->addTab(m_eventsStack, tr("Events"));
    m_views->addTab(m_rejectedTable, tr("Rejected"));

    m_status->setObjectName(u"liveStatusLabel"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addWidget(m_warning);
    layout->addWidget(buildSandboxBar());
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_views, 1);
    layout->addWidget(m_status);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(300);
    connect(m_filterTimer, &QTimer::timeout, this, &LiveEventsPage::applyFilter);
    m_counterTimer->setSingleShot(true);
    m_counterTimer->setInterval(1000);
    connect(m_counterTimer, &QTimer::timeout, this, &LiveEventsPage::refreshCounters);

    connect(m_panel, &ReceiverPanel::subscribeRequested, this, &LiveEventsPage::openSubscribeDialog);
    connect(m_model, &EventTableModel::rowsAppendedBatch, this, &LiveEventsPage::onRowsAppended);
    connect(m_model, &EventTableModel::reloaded, this, [this] {
        if (m_autoScroll->isChecked())
            m_table->scrollToBottom();
        updateStatus();
    });
    connect(m_model, &EventTableModel::loadingChanged, this, &LiveEventsPage::updateStatus);
    connect(m_rejectedModel, &EventRejectedModel::refreshed, this,
            [this] { m_views->setTabText(1, tr("Rejected (%1)").arg(m_rejectedModel->rowCount())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { m_detail->setEvent(m_model->eventId(current.row())); });
    connect(m_detail, &EventDetailPane::eventActivated, this, [this](qint64 id) {
        const int row = m_model->rowOfEvent(id);
        if (row >= 0)
            m_table->setCurrentIndex(m_model->index(row, 0));
        else
            m_detail->setEvent(id);
    });
    connect(m_detail, &EventDetailPane::statusMessage, this, &LiveEventsPage::statusMessage);
    connect(m_detail, &EventDetailPane::customerRecordRequested, this, &LiveEventsPage::customerRecordRequested);
    updateStatus();
}

LiveEventsPage::~LiveEventsPage()
{
    delete m_counterReader;
}

QWidget* LiveEventsPage::buildSandboxBar()
{
    m_sandboxBar = new QWidget(this);
    m_sandboxBar->setObjectName(u"sandboxBar"_s);
    m_simulate
        = new QPushButton(QIcon::fromTheme(u"media-playback-start"_s), tr("Simulate a company &change"), m_sandboxBar);
    m_simulate->setObjectName(u"simulateChangeButton"_s);
    m_simulate->setToolTip(tr("The sandbox changes a random tracked company and delivers the change here"));
    m_stream = new QPushButton(tr("Stream changes (2/s)"), m_sandboxBar);
    m_stream->setObjectName(u"streamChangesButton"_s);
    m_stream->setCheckable(true);
    auto* note
        = new QLabel(tr("Sandbox profile: these buttons make the built-in sandbox send deliveries."), m_sandboxBar);
    note->setEnabled(false);
    note->setWordWrap(true); // a narrow window gets two lines rather than a cut sentence
    auto* layout = new QHBoxLayout(m_sandboxBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_simulate);
    layout->addWidget(m_stream);
    layout->addWidget(note, 1);
    connect(m_simulate, &QPushButton::clicked, this, &LiveEventsPage::simulateChange);
    connect(m_stream, &QPushButton::toggled, this, &LiveEventsPage::setStreaming);
    m_sandboxBar->hide();
    return m_sandboxBar;
}

QWidget* LiveEventsPage::buildFilterBar()
{
    // Two rows: the filters used all the time beside the page's actions, and behind "More filters" the
    // changed field and the date range, so that the window can be 680 pixels narrow.
    auto* bar = new QWidget(this);
    bar->setObjectName(u"liveFilterBar"_s);
    m_companyFilter = new QLineEdit(bar);
    m_companyFilter->setObjectName(u"companyFilterEdit"_s);
    m_companyFilter->setPlaceholderText(tr("Company"));
    m_companyFilter->setClearButtonEnabled(true);
    m_companyFilter->setAccessibleName(tr("Filter by company"));
    m_businessIdFilter = new QLineEdit(bar);
    m_businessIdFilter->setObjectName(u"businessIdFilterEdit"_s);
    m_businessIdFilter->setPlaceholderText(tr("Business id"));
    m_businessIdFilter->setClearButtonEnabled(true);
    m_businessIdFilter->setAccessibleName(tr("Filter by business id"));
    // Created before the filters it shows, so that Tab goes from it straight into them.
    m_moreFiltersButton = new QToolButton(bar);
    m_moreFiltersButton->setObjectName(u"moreFiltersButton"_s);
    m_moreFiltersButton->setCheckable(true);
    m_moreFiltersButton->setFocusPolicy(Qt::StrongFocus);
    m_moreFiltersButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_moreFiltersButton->setAccessibleName(tr("More filters"));
    m_moreFiltersButton->setToolTip(tr("Show or hide the filters by changed field and by arrival time"));

    m_moreFilters = new QWidget(bar);
    m_moreFilters->setObjectName(u"moreFiltersRow"_s);
    m_fieldFilter = new QComboBox(m_moreFilters);
    m_fieldFilter->setObjectName(u"fieldFilterCombo"_s);
    m_fieldFilter->setAccessibleName(tr("Filter by changed field"));
    m_fieldFilter->addItem(tr("Any changed field"), QString());
    for (const QString& field : CompanyChange::basicFields())
        m_fieldFilter->addItem(field, field);
    m_fromCheck = new QCheckBox(tr("From"), m_moreFilters);
    m_fromCheck->setObjectName(u"fromCheck"_s);
    m_from = new QDateTimeEdit(QDateTime(QDate::currentDate(), QTime(0, 0)), m_moreFilters);
    m_from->setObjectName(u"fromEdit"_s);
    m_from->setAccessibleName(tr("Arrived from"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_toCheck = new QCheckBox(tr("To"), m_moreFilters);
    m_toCheck->setObjectName(u"toCheck"_s);
    m_to = new QDateTimeEdit(QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)), m_moreFilters);
    m_to->setObjectName(u"toEdit"_s);
    m_to->setAccessibleName(tr("Arrived until"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);

    auto* clear = new QPushButton(tr("Clear"), bar);
    clear->setObjectName(u"clearFilterButton"_s);
    clear->setToolTip(tr("Clear every filter, the hidden ones too"));
    m_autoScroll = new QCheckBox(tr("&Auto-scroll"), bar);
    m_autoScroll->setObjectName(u"autoScrollCheck"_s);
    m_autoScroll->setChecked(true);
    m_autoScroll->setToolTip(tr("Keep the newest event in view as events arrive"));
    auto* exportButton = new QPushButton(QIcon::fromTheme(u"document-save-as"_s), tr("&Export…"), bar);
    exportButton->setObjectName(u"exportEventsButton"_s);
    exportButton->setToolTip(tr("Save the events the table shows as JSON Lines or CSV"));

    auto* moreRow = new QHBoxLayout(m_moreFilters);
    moreRow->setContentsMargins(0, 0, 0, 0);
    moreRow->addWidget(m_fieldFilter);
    moreRow->addSpacing(6);
    moreRow->addWidget(m_fromCheck);
    moreRow->addWidget(m_from);
    moreRow->addSpacing(6);
    moreRow->addWidget(m_toCheck);
    moreRow->addWidget(m_to);
    moreRow->addStretch(1);
    m_moreFilters->hide();

    auto* mainRow = new QHBoxLayout;
    mainRow->addWidget(m_companyFilter, 2);
    mainRow->addWidget(m_businessIdFilter, 1);
    mainRow->addWidget(m_moreFiltersButton);
    mainRow->addWidget(clear);
    mainRow->addSpacing(12);
    mainRow->addWidget(m_autoScroll);
    mainRow->addWidget(exportButton);
    auto* layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(mainRow);
    layout->addWidget(m_moreFilters);
    updateMoreFiltersButton();

    auto later = [this] { m_filterTimer->start(); };
    connect(m_companyFilter, &QLineEdit::textChanged, this, later);
    connect(m_businessIdFilter, &QLineEdit::textChanged, this, later);
    connect(m_fieldFilter, &QComboBox::currentIndexChanged, this, &LiveEventsPage::applyFilter);
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_fromCheck, &QCheckBox::toggled, this, &LiveEventsPage::applyFilter);
    connect(m_toCheck, &QCheckBox::toggled, this, &LiveEventsPage::applyFilter);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, later);
    connect(m_moreFiltersButton, &QToolButton::toggled, this, [this](bool on) {
        m_moreFilters->setVisible(on);
        updateMoreFiltersButton();
    });
    connect(clear, &QPushButton::clicked, this, &LiveEventsPage::clearFilter);
    connect(m_autoScroll, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_table->scrollToBottom();
    });
    connect(exportButton, &QPushButton::clicked, this, &LiveEventsPage::exportFiltered);
    return bar;
}

void LiveEventsPage::updateMoreFiltersButton()
{
    // Closed, the button counts the filters it hides that are on, so that no filter works unseen.
    const int hiddenOn = int(!m_fieldFilter->currentData().toString().isEmpty()) + int(m_fromCheck->isChecked())
        + int(m_toCheck->isChecked());
    const bool open = m_moreFiltersButton->isChecked();
    m_moreFiltersButton->setArrowType(open ? Qt::UpArrow : Qt::DownArrow);
    m_moreFiltersButton->setText(open || hiddenOn == 0 ? tr("&More filters")
                                                       : tr("&More filters (%1 on)").arg(hiddenOn));
    QFont font = m_moreFiltersButton->font();
    font.setBold(!open && hiddenOn > 0);
    m_moreFiltersButton->setFont(font);
}

void LiveEventsPage::setService(ReceiverService* service)
{
    if (ReceiverService* previous = m_service.data()) {
        disconnect(previous, nullptr, this, nullptr);
        disconnect(previous->sandboxControl(), nullptr, this, nullptr);
    }
    m_service = service;
    if (service)
        connect(service->sandboxControl(), &SandboxControl::failed, this, &LiveEventsPage::statusMessage);
    delete m_counterReader;
    m_counterReader = nullptr;
    m_subscription->deleteLater();
    m_subscription = new ReceiverSubscription(m_client, service, this);
    connect(m_subscription, &ReceiverSubscription::checked, this, [this](bool subscribed, const QList<Webhook>& here) {
        m_warning->setVisible(!subscribed);
        m_warningText->setText(
            here.isEmpty() ? tr("No webhook of this account points at this receiver (%1), so Vainu sends it nothing.")
                                 .arg(m_service ? m_service->publicUrl().toString() : QString())
                           : tr("%n webhook(s) point at this receiver, but none carries its current secret: their "
                                "deliveries are refused.",
                                nullptr, int(here.size())));
    });
    connect(m_subscription, &ReceiverSubscription::subscribed, this, [this](const Webhook&, int removed) {
        m_warning->hide();
        if (m_webhooksPage)
            m_webhooksPage->refresh();
        emit statusMessage(
            removed > 0 ? tr("Subscribed: Vainu now delivers here; %n older webhook(s) deleted.", nullptr, removed)
                        : tr("Subscribed: Vainu now delivers to this receiver."));
    });
    EventStore* store = service ? service->store() : nullptr;
    m_model->setStore(store);
    m_rejectedModel->setStore(store);
    m_detail->setStore(store);
    m_detail->setService(service);
    m_panel->setService(service);
    if (store) {
        m_counterReader = new LiveStoreReader(store);
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
    onServiceChanged();
    refreshCounters();
}

ReceiverService* LiveEventsPage::service() const
{
    return m_service.data();
}

void LiveEventsPage::setClient(VainuClient* client)
{
    m_client = client;
    m_subscription->setClient(client);
    m_detail->setClient(client);
    m_lastListeningUrl.clear();
    onServiceChanged();
}

void LiveEventsPage::addSubscribeAction(WebhooksPage* page)
{
    m_webhooksPage = page;
    auto* action = new QAction(Icons::themed(u"network-receive"_s), tr("Subscribe this &receiver…"), page);
    action->setObjectName(u"subscribeReceiverAction"_s);
    action->setToolTip(tr("Create a webhook that delivers to this computer's receiver, with a new secret"));
    connect(action, &QAction::triggered, this, &LiveEventsPage::openSubscribeDialog);
    if (auto* toolbar = page->findChild<QHBoxLayout*>(u"toolbarLayout"_s)) {
        // Icon only when the window is narrow: the Webhooks page's toolbar then still fits in 680 pixels.
        auto* button = new CompactToolButton(page);
        button->setObjectName(u"subscribeReceiverButton"_s);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        // After the page's own buttons, before the spacer that pushes the filter to the right.
        int at = toolbar->count();
        for (int i = 0; i < toolbar->count(); ++i) {
            if (toolbar->itemAt(i)->spacerItem()) {
                at = i;
                break;
            }
        }
        toolbar->insertWidget(at, button);
    } else {
        page->addAction(action);
    }
    connect(page, &WebhooksPage::loaded, this, [this] {
        if (m_service && m_service->isListening())
            checkSubscription();
    });
}

void LiveEventsPage::onServiceChanged()
{
    ReceiverService* service = m_service.data();
    const bool sandbox = service != nullptr && service->isSandbox() && service->sandboxControlUrl().isValid();
    m_sandboxBar->setVisible(sandbox);
    if (!sandbox && m_stream->isChecked())
        m_stream->setChecked(false);
    updateEmptyState();
    // Check the webhooks once per listening address and secret, not on every state change.
    QString key;
    if (service != nullptr && service->isListening())
        key = service->publicUrl().toString() + u'|' + service->secret();
    if (key != m_lastListeningUrl) {
        m_lastListeningUrl = key;
        if (key.isEmpty())
            m_warning->hide();
        else
            checkSubscription();
    }
}

void LiveEventsPage::checkSubscription()
{
    if (m_service && m_client && m_service->isListening())
        m_subscription->check();
}

bool LiveEventsPage::subscriptionWarningShown() const
{
    return !m_warning->isHidden();
}

void LiveEventsPage::applyFilter()
{
    EventFilter filter;
    filter.company = m_companyFilter->text();
    filter.businessId = m_businessIdFilter->text();
    filter.field = m_fieldFilter->currentData().toString();
    if (m_fromCheck->isChecked())
        filter.from = m_from->dateTime();
    if (m_toCheck->isChecked())
        filter.to = m_to->dateTime();
    m_model->setFilter(filter);
    updateMoreFiltersButton();
}

void LiveEventsPage::showCompany(const QString& businessId)
{
    // The filter matches a part of the stored id, and the digits alone are part of every shape.
    QString digits = businessId;
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    clearFilter();
    const QSignalBlocker blocker(m_businessIdFilter);
    m_businessIdFilter->setText(digits.isEmpty() ? businessId.trimmed() : digits);
    applyFilter();
}

void LiveEventsPage::clearFilter()
{
    const QSignalBlocker a(m_companyFilter), b(m_businessIdFilter), c(m_fieldFilter), d(m_fromCheck), e(m_toCheck);
    m_companyFilter->clear();
    m_businessIdFilter->clear();
    m_fieldFilter->setCurrentIndex(0);
    m_fromCheck->setChecked(false);
    m_toCheck->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    applyFilter();
}

void LiveEventsPage::onRowsAppended(int count)
{
    if (m_autoScroll->isChecked())
        m_table->scrollToBottom();
    updateStatus();
    if (!m_tray && window())
        m_tray = new TrayNotifier(window(), this);
    const EventRow* last = m_model->cachedRow(m_model->rowCount() - 1);
    if (m_tray)
        m_tray->eventsArrived(count, last ? last->companyName : QString());
}

void LiveEventsPage::refreshCounters()
{
    if (!m_counterReader || m_countersInFlight)
        return;
    m_countersInFlight = true;
    m_counterReader->run<StoreCounters>(
        this, [](EventQuery&, const EventStore& store) { return store.counters(); },
        [this](const StoreCounters& counters) {
            m_countersInFlight = false;
            m_panel->setCounters(counters);
        });
}

void LiveEventsPage::updateStatus()
{
    if (m_model->isLoading()) {
        m_status->setText(tr("Loading events…"));
        return;
    }
    // %Ln: the count in the locale's digit grouping, and the plural form that fits it.
    m_status->setText(m_model->filter().isEmpty() ? tr("%Ln event(s)", nullptr, m_model->rowCount())
                                                  : tr("%Ln event(s) match the filter", nullptr, m_model->rowCount()));
    updateEmptyState();
}

void LiveEventsPage::updateEmptyState()
{
    const bool empty = !m_model->isLoading() && m_model->rowCount() == 0 && m_model->filter().isEmpty();
    if (empty) {
        const bool sandbox = m_sandboxBar->isVisibleTo(this);
        const QString url = m_service && m_service->isListening() ? m_service->publicUrl().toString() : QString();
        if (sandbox)
            m_emptyState->setText(tr("Company changes that Vainu delivers to this receiver appear here the moment they "
                                     "arrive, with what changed. The sandbox's demo webhook points here already: "
                                     "make it send a change."));
        else if (url.isEmpty())
            m_emptyState->setText(tr("Company changes that Vainu delivers to this receiver appear here the moment they "
                                     "arrive, with what changed. Start the receiver, then subscribe it."));
        else
            m_emptyState->setText(tr("Company changes that Vainu delivers to this receiver appear here the moment they "
                                     "arrive, with what changed. Vainu sends them to the webhooks of your account: "
                                     "point one at %1.")
                                      .arg(url));
        m_emptyState->setActionText(sandbox ? tr("Simulate a company change") : tr("Subscribe this receiver…"));
    }
    m_eventsStack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyState) : m_eventsStack->widget(0));
}

void LiveEventsPage::simulateChange()
{
    if (m_service && !m_service->isListening())
        emit statusMessage(tr("The receiver is stopped: start it to see the change arrive."));
    if (ReceiverService* service = m_service.data())
        service->sandboxControl()->simulateChanges(1);
}

void LiveEventsPage::setStreaming(bool on)
{
    if (m_stream->isChecked() != on)
        m_stream->setChecked(on); // comes back here through toggled()
    else if (ReceiverService* service = m_service.data())
        service->sandboxControl()->setStreaming(on);
}

void LiveEventsPage::showRejected()
{
    m_views->setCurrentIndex(1);
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
    dialog->open();
}

void LiveEventsPage::exportFiltered()
{
    QString selectedFilter;
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    const QString csv = tr("CSV (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export events"), u"events.jsonl"_s,
                                                      jsonl + u";;"_s + csv, &selectedFilter);
    if (path.isEmpty())
        return;
    exportTo(path, selectedFilter == csv ? EventExport::Format::Csv : EventFileExport::formatForPath(path));
}

void LiveEventsPage::exportTo(const QString& path, EventExport::Format format)
{
    if (!m_counterReader) {
        emit exported(0, tr("No event store is open."));
        return;
    }
    const QList<qint64> ids = m_model->eventIds();
    emit statusMessage(tr("Exporting %Ln event(s)…", nullptr, int(ids.size())));
    m_counterReader->run<EventFileExport::Result>(
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
