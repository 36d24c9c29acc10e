#include "gui/live/EventDetailPane.h"

#include "api/VainuClient.h"
#include "core/DeliveryReading.h"
#include "forward/ForwardSender.h"
#include "gui/common/Icons.h"
#include "gui/common/StatusPalette.h"
#include "gui/live/CompanyHistoryView.h"
#include "gui/live/EditAndSendDialog.h"
#include "gui/live/FieldDiffView.h"
#include "gui/live/ForwardDestinations.h"
#include "gui/live/ForwardResponseText.h"
#include "gui/live/LiveStoreReader.h"
#include "receiver/WebhookReceiver.h"
#include "session/AppPreferences.h"
#include "session/ForwardService.h"
#include "session/ReceiverService.h"
#include "store/EventStore.h"

#include <QActionGroup>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QPlainTextEdit* codeView(const QString& name, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}
} // namespace

EventDetailPane::EventDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_fetch(new QPushButton(QIcon::fromTheme(u"edit-find"_s), tr("&Fetch full company"), this))
    , m_curl(new QToolButton(this))
    , m_curlMenu(new QMenu(this))
    , m_editSend(new QPushButton(tr("&Edit and send…"), this))
    , m_record(new QPushButton(tr("Customer &record"), this))
    , m_tabs(new QTabWidget(this))
    , m_diff(new FieldDiffView(this))
    , m_payload(codeView(u"payloadView"_s, this))
    , m_raw(codeView(u"rawBodyView"_s, this))
    , m_headers(new QTreeWidget(this))
    , m_history(new CompanyHistoryView(this))
    , m_company(new QTreeWidget(this))
    , m_companyStatus(new QLabel(this))
    , m_forwardPage(new QWidget(this))
    , m_forwardStates(new QTreeWidget(this))
    , m_forwardState(new QLabel(this))
    , m_forwardResponse(codeView(u"forwardResponseView"_s, this))
{
    setObjectName(u"eventDetailPane"_s);
    m_title->setObjectName(u"eventTitleLabel"_s);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fetch->setObjectName(u"fetchCompanyButton"_s);
    m_fetch->setToolTip(tr("Ask Vainu for every field of this company (Get Companies)"));
    m_curl->setObjectName(u"copyCurlButton"_s);
    m_curl->setIcon(Icons::themed(u"edit-copy"_s));
    m_curl->setText(tr("Copy as c&URL"));
    m_curl->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_curl->setPopupMode(QToolButton::MenuButtonPopup);
    m_curl->setMenu(m_curlMenu);
    m_curlMenu->setObjectName(u"copyCurlMenu"_s);
    m_editSend->setObjectName(u"editAndSendButton"_s);
    m_editSend->setToolTip(tr("Change this event's payload and send it to the receiver or a forward target"));
    m_forwardStates->setObjectName(u"forwardStatesView"_s);
    m_forwardStates->setRootIsDecorated(false);
    m_forwardStates->setHeaderLabels({tr("Target"), tr("State"), tr("Details")});
    m_forwardStates->setUniformRowHeights(true);
    m_forwardStates->setTextElideMode(Qt::ElideMiddle);
    // The target (its URL, cut in the middle) and the details share the width; the label below gives both whole.
    m_forwardStates->header()->setStretchLastSection(false);
    m_forwardStates->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_forwardStates->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_forwardStates->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_forwardState->setObjectName(u"forwardStateLabel"_s);
    m_forwardState->setWordWrap(true);
    m_forwardState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forwardState->hide();
    m_forwardResponse->hide();
    m_forwardResponse->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_forwardResponse->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_forwardResponse->setAccessibleName(tr("The target's answer"));
    m_record->setObjectName(u"openCustomerRecordButton"_s);
    m_record->setToolTip(tr("Open the customer data record that makes Vainu track this company"));
    m_tabs->setObjectName(u"eventDetailTabs"_s);
    // The raw body is often one long line: wrapped (anywhere, JSON has few spaces), still monospace.
    m_raw->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_raw->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_headers->setObjectName(u"headersView"_s);
    m_headers->setHeaderLabels({tr("Request / header"), tr("Value")});
    m_company->setObjectName(u"companyFieldsView"_s);
    m_company->setRootIsDecorated(false);
    m_company->setHeaderLabels({tr("Field"), tr("Value")});
    // Names as wide as they are, values in the rest and wrapped to as many lines as they need; each value's
    // tooltip holds it whole too.
    for (QTreeWidget* view : {m_headers, m_company}) {
        view->setWordWrap(true);
        view->setUniformRowHeights(false);
        view->setTextElideMode(Qt::ElideNone);
        view->header()->setStretchLastSection(true);
        view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    }
    m_companyStatus->setObjectName(u"companyStatusLabel"_s);
    m_companyStatus->setWordWrap(true);

    auto* companyPage = new QWidget(this);
    auto* companyLayout = new QVBoxLayout(companyPage);
    companyLayout->setContentsMargins(0, 0, 0, 0);
    companyLayout->addWidget(m_companyStatus);
    companyLayout->addWidget(m_company, 1);

    m_tabs->addTab(m_diff, tr("Changes"));
    m_tabs->addTab(m_payload, tr("Payload"));
    // The request as it came over the wire: its line and headers above, the body byte for byte below
    // (one tab for both keeps every tab's label within the pane's width).
    auto* requestPage = new QSplitter(Qt::Vertical, this);
    requestPage->setObjectName(u"requestPage"_s);
    requestPage->setChildrenCollapsible(false);
    requestPage->addWidget(m_headers);
    requestPage->addWidget(m_raw);
    requestPage->setStretchFactor(0, 1);
    requestPage->setStretchFactor(1, 1);
    m_raw->setAccessibleName(tr("Raw body"));
    m_tabs->addTab(requestPage, tr("Request"));
    m_tabs->addTab(m_history, tr("Timeline"));
    m_tabs->addTab(companyPage, tr("Company"));
    auto* forwardLayout = new QVBoxLayout(m_forwardPage);
    forwardLayout->setContentsMargins(0, 0, 0, 0);
    forwardLayout->addWidget(m_forwardStates, 2);
    forwardLayout->addWidget(m_forwardState);
    forwardLayout->addWidget(m_forwardResponse, 1);
    m_forwardPage->setObjectName(u"forwardStatesPage"_s);
    m_tabs->addTab(m_forwardPage, tr("Forwarding"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fetch);
    buttons->addWidget(m_curl);
    buttons->addWidget(m_editSend);
    buttons->addWidget(m_record);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_fetch, &QPushButton::clicked, this, &EventDetailPane::fetchCompany);
    connect(m_curl, &QToolButton::clicked, this, &EventDetailPane::copyAsCurl);
    connect(m_curlMenu, &QMenu::aboutToShow, this, &EventDetailPane::rebuildCurlMenu);
    connect(m_editSend, &QPushButton::clicked, this, &EventDetailPane::editAndSend);
    connect(m_forwardStates, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const int index = item ? m_forwardStates->indexOfTopLevelItem(item) : -1;
        if (index < 0 || index >= m_shownStates.size()) {
            m_forwardState->clear();
            m_forwardState->hide();
            m_forwardResponse->clear();
            m_forwardResponse->hide();
            return;
        }
        const ForwardState& state = m_shownStates.at(index);
        m_forwardState->setText(u"%1\n%2: %3"_s.arg(item->text(0), item->text(1), item->text(2)));
        m_forwardState->show();
        // The target's answer, once there was one.
        m_forwardResponse->setPlainText(state.tries == 0 ? QString()
                                                         : ForwardResponseText::body(state.responseBody, false));
        m_forwardResponse->setVisible(state.tries > 0);
    });
    rebuildCurlMenu();
    connect(m_record, &QPushButton::clicked, this, [this] { emit customerRecordRequested(m_event.uniqueId); });
    connect(m_history, &CompanyHistoryView::eventActivated, this, &EventDetailPane::eventActivated);
    setEvent(0);
}

EventDetailPane::~EventDetailPane() = default;

CompanyTimeline* EventDetailPane::timeline() const
{
    return m_history->timeline();
}

void EventDetailPane::setClient(VainuClient* client)
{
    m_client = client;
}

void EventDetailPane::setService(ReceiverService* service)
{
    m_service = service;
}

void EventDetailPane::setReader(LiveStoreReader* reader)
{
    m_reader = reader;
    setEvent(0);
}

void EventDetailPane::setEvent(qint64 id)
{
    m_eventId = id;
    const quint64 generation = ++m_generation;
    m_fetch->setEnabled(false);
    m_curl->setEnabled(false);
    m_editSend->setEnabled(false);
    m_record->setEnabled(false);
    m_forwardStates->clear();
    m_forwardResponse->clear();
    m_shownStates.clear();
    if (id == 0 || !m_reader) {
        m_event = {};
        m_title->setText(tr("Select an event to see what changed."));
        m_diff->clear();
        m_payload->clear();
        m_raw->clear();
        m_headers->clear();
        m_history->clear();
        m_company->clear();
        m_companyStatus->clear();
        return;
    }
    m_reader->run<Loaded>(
        this,
        [id](EventQuery& query, const EventStore& store) {
            Loaded loaded;
            const std::optional<StoredEvent> event = store.eventById(id);
            if (!event)
                return loaded;
            loaded.found = true;
            loaded.event = *event;
            loaded.attempts = store.attempts(id);
            const QString key = event->businessId.isEmpty() ? u"unique_id:"_s + event->uniqueId : event->businessId;
            if (!event->isUnrecognised() && event->origin != DeliveryOrigin::Test) { // in no company's history
                loaded.timeline = query.companyTimeline(key);
                loaded.figures = query.companyFigures(key);
            }
            return loaded;
        },
        [this, generation](const Loaded& loaded) {
            if (generation == m_generation)
                display(loaded);
        });
}

void EventDetailPane::display(const Loaded& loaded)
{
    if (!loaded.found) {
        m_title->setText(tr("Event %1 is not in the store.").arg(m_eventId));
        return;
    }
    m_event = loaded.event;
    const StoredEvent& event = m_event;
    if (event.isUnrecognised()) {
        // The badge and why: the body is shown as received in Payload and in the Request tab.
        m_title->setText(tr("<b>Unrecognised delivery</b> · event %1 · arrived %2<br>Kept as received; it could "
                            "not be read as a company change: %3")
                             .arg(QString::number(event.id),
                                  QLocale().toString(event.firstArrival.toLocalTime(), QLocale::ShortFormat),
                                  event.problem.toHtmlEscaped()));
        m_diff->clear();
    } else if (event.origin == DeliveryOrigin::Test) {
        m_title->setText(tr("<b>Test delivery</b> · event %1 · arrived %2<br>Posted by this app to its public URL "
                            "to check that deliveries reach the receiver; not part of any company's history.")
                             .arg(QString::number(event.id),
                                  QLocale().toString(event.firstArrival.toLocalTime(), QLocale::ShortFormat)));
        m_diff->clear();
    } else {
        // Read again from the stored bytes: what was read leniently (a quoted number, a numeric id).
        const QStringList notes = DeliveryReading::read(event.rawBody).notes;
        const bool caughtUp = event.origin == DeliveryOrigin::CatchUp;
        m_title->setText(
            tr("<b>%1</b> (%2) · event %3 · arrived %4 · tries: %5")
                .arg(event.companyName.toHtmlEscaped(), event.businessId.toHtmlEscaped(), QString::number(event.id),
                     QLocale().toString(event.firstArrival.toLocalTime(), QLocale::ShortFormat),
                     QString::number(event.maxNumberOfTries))
            + (event.attempts > 1 ? tr(" · received %1 times").arg(event.attempts) : QString())
            + (event.stale ? tr(" · <i>stale</i>") : QString())
            + (caughtUp ? u"<br>"_s
                       + tr("Found by catching up with Vainu's data (%1): not delivered while the receiver was "
                            "stopped. The payload is what the delivery would have carried.")
                             .arg(event.remoteAddress.toHtmlEscaped())
                        : QString())
            + (notes.isEmpty() ? QString()
                               : u"<br>"_s + tr("Read leniently: %1").arg(notes.join(u"; "_s).toHtmlEscaped())));
        m_diff->showDiff(event.before, event.data, event.hasBefore);
    }
    const QJsonDocument document = QJsonDocument::fromJson(event.rawBody);
    m_payload->setPlainText(document.isNull() ? QString::fromUtf8(event.rawBody)
                                              : QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
    m_raw->setPlainText(QString::fromUtf8(event.rawBody));
    m_headers->clear();
    for (const DeliveryAttempt& attempt : loaded.attempts) {
        auto* request = new QTreeWidgetItem(m_headers);
        request->setText(0, tr("Request %1").arg(attempt.id));
        request->setText(1,
                         tr("%1 from %2, number_of_tries %3")
                             .arg(QLocale().toString(attempt.arrival.toLocalTime(), QLocale::ShortFormat),
                                  attempt.remoteAddress, QString::number(attempt.numberOfTries)));
        request->setToolTip(1, request->text(1));
        const QJsonObject headers = QJsonDocument::fromJson(attempt.headersJson).object();
        for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
            auto* header = new QTreeWidgetItem(request);
            header->setText(0, it.key());
            header->setText(1, it.value().toString());
            header->setToolTip(1, header->text(1));
        }
    }
    m_headers->expandAll();
    m_history->showHistory(loaded.timeline, loaded.figures, event.id);
    m_company->clear();
    m_companyStatus->setText(tr("Fetch the full company to see every field Vainu has for it."));
    m_fetch->setEnabled(!event.businessId.isEmpty() && m_client);
    m_curl->setEnabled(true);
    m_editSend->setEnabled(m_forward);
    m_record->setEnabled(!event.uniqueId.isEmpty());
    m_contentType.clear();
    if (!loaded.attempts.isEmpty()) {
        m_contentType
            = QJsonDocument::fromJson(loaded.attempts.first().headersJson).object().value(u"content-type"_s).toString();
    }
    if (m_forward)
        m_forward->requestStates(event.id);
    emit eventLoaded(event.id);
}

void EventDetailPane::fetchCompany()
{
    if (!m_client || m_event.businessId.isEmpty())
        return;
    CompanyQuery query;
    query.filters.append({u"business_id"_s, m_event.businessId});
    query.fields = {u"all"_s};
    query.limit = 1;
    m_companyStatus->setText(tr("Fetching %1…").arg(m_event.businessId));
    m_tabs->setCurrentWidget(m_company->parentWidget());
    auto* call = m_client->getCompanies(query);
    const qint64 forEvent = m_event.id;
    connect(call, &ApiCall::finished, this, [this, call, forEvent] {
        if (forEvent != m_event.id)
            return;
        m_company->clear();
        if (call->error().isError()) {
            m_companyStatus->setText(tr("Could not fetch the company: %1").arg(call->error().userMessage()));
            return;
        }
        if (call->value().items.isEmpty()) {
            m_companyStatus->setText(tr("Vainu has no company with business id %1.").arg(m_event.businessId));
            return;
        }
        const QJsonObject fields = call->value().items.first().fields;
        m_companyStatus->setText(tr("%n fields, as Vainu returns them now.", nullptr, int(fields.size())));
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            auto* item = new QTreeWidgetItem(m_company);
            item->setText(0, it.key());
            const QJsonValue value = it.value();
            item->setText(
                1,
                value.isString() ? value.toString()
                    : value.isDouble()
                    ? QString::number(value.toDouble(), 'g', 15)
                    : QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact)));
            item->setToolTip(1, item->text(1));
        }
    });
}

QString EventDetailPane::curlCommand() const
{
    return curlCommand(m_shell, m_curlTarget);
}

QString EventDetailPane::curlCommand(CurlCommand::Shell shell, qint64 targetId) const
{
    if (m_event.id == 0)
        return {};
    CurlRequest request;
    request.body = m_event.rawBody;
    const QByteArray contentType = m_contentType.isEmpty() ? QByteArray("application/json") : m_contentType.toUtf8();
    request.headers.append({"Content-Type", contentType});
    if (const std::optional<ForwardTarget> target = ForwardDestinations::find(m_forward, targetId);
        target && targetId != 0) {
        // What the forwarder sends (forward/ForwardSender), attempt 1.
        request.url = target->url;
        request.headers.append({ForwardSender::eventIdHeader(), QByteArray::number(m_event.id)});
        request.headers.append({ForwardSender::attemptHeader(), "1"});
        request.headers.append({ForwardSender::originHeader(), DeliveryOrigins::toText(m_event.origin).toLatin1()});
        request.headers.append(target->headers);
        return CurlCommand::build(request, shell);
    }
    if (m_service && m_service->isListening()) {
        request.url = m_service->receiver()->deliveryUrl();
    } else if (m_service) {
        request.url = m_service->publicUrl();
    }
    return CurlCommand::build(request, shell);
}

void EventDetailPane::setCurlShell(CurlCommand::Shell shell)
{
    m_shell = shell;
    if (m_preferences)
        m_preferences->setCurlShell(shell);
    rebuildCurlMenu();
}

void EventDetailPane::setPreferences(AppPreferences* preferences)
{
    m_preferences = preferences;
    if (preferences)
        m_shell = preferences->curlShell();
    rebuildCurlMenu();
}

void EventDetailPane::setForwardService(ForwardService* service)
{
    if (m_forward)
        disconnect(m_forward, nullptr, this, nullptr);
    m_forward = service;
    if (service) {
        connect(service, &ForwardService::statesRead, this, &EventDetailPane::showForwardStates);
        connect(service, &ForwardService::forwarded, this, [this](const QList<ForwardOutcome>& outcomes) {
            for (const ForwardOutcome& outcome : outcomes) {
                if (outcome.eventId == m_event.id && m_event.id != 0) {
                    m_forward->requestStates(m_event.id);
                    return;
                }
            }
        });
        connect(service, &ForwardService::targetsChanged, this, [this] {
            if (m_event.id != 0)
                m_forward->requestStates(m_event.id);
        });
    }
    m_editSend->setEnabled(m_forward && m_event.id != 0);
}

void EventDetailPane::rebuildCurlMenu()
{
    m_curlMenu->clear();
    m_curlMenu->addSection(tr("Shell"));
    auto* shells = new QActionGroup(m_curlMenu);
    const QList<QPair<CurlCommand::Shell, QString>> names = {
        {CurlCommand::Shell::Posix, tr("POSIX shell (bash, zsh)")},
        {CurlCommand::Shell::PowerShell, tr("PowerShell")},
        {CurlCommand::Shell::Cmd, tr("Windows cmd")},
    };
    for (const auto& [shell, name] : names) {
        QAction* action = m_curlMenu->addAction(name);
        action->setObjectName(u"curlShell_"_s + CurlCommand::key(shell));
        action->setCheckable(true);
        action->setChecked(shell == m_shell);
        shells->addAction(action);
        connect(action, &QAction::triggered, this, [this, shell = shell] {
            setCurlShell(shell);
            copyAsCurl();
        });
    }
    m_curlMenu->addSection(tr("Send to"));
    auto* destinations = new QActionGroup(m_curlMenu);
    QList<QPair<qint64, QString>> targets = {{0, ForwardDestinations::receiverName()}};
    bool known = false;
    const QList<ForwardTarget> forwardTargets = ForwardDestinations::targets(m_forward);
    for (const ForwardTarget& target : forwardTargets) {
        targets.append({target.id, ForwardDestinations::targetName(target)});
        known = known || target.id == m_curlTarget;
    }
    if (!known)
        m_curlTarget = 0;
    for (const auto& [id, name] : targets) {
        QAction* action = m_curlMenu->addAction(name);
        action->setObjectName(u"curlTarget_"_s + QString::number(id));
        action->setCheckable(true);
        action->setChecked(id == m_curlTarget);
        destinations->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = id] {
            m_curlTarget = id;
            copyAsCurl();
        });
    }
    QString destination = tr("the receiver");
    for (const auto& [id, name] : targets) {
        if (id == m_curlTarget && id != 0)
            destination = name;
    }
    m_curl->setToolTip(tr("Copy a curl command for %1 that sends this delivery to %2")
                           .arg(names.value(int(m_shell)).second, destination));
}

void EventDetailPane::copyAsCurl()
{
    const QString command = curlCommand();
    if (command.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(command);
    emit statusMessage(
        m_curlTarget == 0
            ? tr("A curl command that replays event %1 is on the clipboard (it holds the receiver's "
                 "secret).")
                  .arg(m_event.id)
            : tr("A curl command that forwards event %1 to the target is on the clipboard.").arg(m_event.id));
}

void EventDetailPane::editAndSend()
{
    if (!m_forward || m_event.id == 0)
        return;
    auto* dialog = new EditAndSendDialog(m_forward, m_event, this);
    dialog->setObjectName(u"editAndSendDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EventDetailPane::showForwardStates(qint64 eventId, const QList<ForwardState>& states)
{
    if (eventId != m_event.id)
        return;
    const int current
        = m_forwardStates->currentItem() ? m_forwardStates->indexOfTopLevelItem(m_forwardStates->currentItem()) : 0;
    m_forwardStates->clear();
    m_shownStates = states;
    QHash<qint64, QString> names;
    QHash<qint64, ForwardTarget> byId;
    const QList<ForwardTarget> targets = ForwardDestinations::targets(m_forward);
    for (const ForwardTarget& target : targets) {
        names.insert(target.id, ForwardDestinations::targetName(target));
        byId.insert(target.id, target);
    }
    for (const ForwardState& state : states) {
        auto* item = new QTreeWidgetItem(m_forwardStates);
        item->setText(0, names.value(state.targetId, tr("Target %1 (removed)").arg(state.targetId)));
        item->setToolTip(0, item->text(0));
        item->setText(1, ForwardResponseText::stateName(state.state));
        const StatusPalette::Status status = state.state == ForwardState::State::Delivered ? StatusPalette::Status::Good
            : state.state == ForwardState::State::Failed                                   ? StatusPalette::Status::Bad
            : state.state == ForwardState::State::Retrying ? StatusPalette::Status::Warning
                                                           : StatusPalette::Status::Neutral;
        item->setForeground(1, StatusPalette::foreground(status, palette()));
        QString details = ForwardResponseText::stateDetails(state);
        // Waiting on the target itself, not on a try: say so (a pending forward to a paused target stays so).
        if (state.state == ForwardState::State::Pending && byId.contains(state.targetId)) {
            const ForwardTarget& target = byId.value(state.targetId);
            if (!target.enabled)
                details = tr("Not sent: the target is off.");
            else if (target.paused)
                details = tr("Not sent: the target is paused. Resume it in the Forwarding tab of this page.");
        }
        item->setText(2, details);
        item->setToolTip(2, item->text(2));
    }
    if (states.isEmpty()) {
        auto* item = new QTreeWidgetItem(m_forwardStates);
        item->setText(0,
                      m_forward && !m_forward->targets().isEmpty()
                          ? tr("Not forwarded: no target was on for it, or its filter left it out.")
                          : tr("No forward targets. Add one in the Forwarding tab of this page."));
        item->setFirstColumnSpanned(true);
        return;
    }
    m_forwardStates->setCurrentItem(m_forwardStates->topLevelItem(qBound(0, current, int(states.size()) - 1)));
}
