#include "gui/customers/CustomersPage.h"

#include "api/VainuClient.h"
#include "core/csv/CsvWriter.h"
#include "gui/common/EmptyState.h"
#include "gui/common/ErrorBanner.h"
#include "gui/common/FilePicker.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageNotice.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/ImportDialog.h"
#include "gui/customers/MatchStatusDelegate.h"
#include "gui/lists/CompanyListsPanel.h"
#include "models/CustomerFilterProxyModel.h"
#include "models/CustomerTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcCustomersPage, "vainu.gui.customers")

using namespace Qt::StringLiterals;

CustomersPage::CustomersPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new CustomerTableModel(this))
    , m_proxy(new CustomerFilterProxyModel(this))
{
    setObjectName(u"customersPage"_s);
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);
    createActions();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 6);
    layout->setSpacing(6);
    m_toolbar = buildToolbar();
    layout->addWidget(m_toolbar);
    m_error = new ErrorBanner;
    m_error->setObjectName(u"customersErrorBanner"_s);
    layout->addWidget(m_error);
    m_busyBar = new QProgressBar;
    m_busyBar->setObjectName(u"customersBusyBar"_s);
    m_busyBar->setMaximum(0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumHeight(4);
    QSizePolicy busyPolicy = m_busyBar->sizePolicy();
    busyPolicy.setRetainSizeWhenHidden(true);
    m_busyBar->setSizePolicy(busyPolicy);
    m_busyBar->hide();
    layout->addWidget(m_busyBar);

    m_table = new QTableView;
    m_table->setObjectName(u"customerTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions({m_editAction, m_deleteAction, m_eventsAction, m_exportAction});
    m_table->setItemDelegateForColumn(CustomerTableModel::MatchColumn, new MatchStatusDelegate(m_table));
    m_table->sortByColumn(CustomerTableModel::UniqueIdColumn, Qt::AscendingOrder);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    // Widths from the font, wide enough for typical values. The company name has a width of its own rather than
    // stretching: a stretched section shrank to a few pixels in the default 1100-pixel window.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    header->resizeSection(CustomerTableModel::UniqueIdColumn, width(u"crm-00000"_s));
    header->resizeSection(CustomerTableModel::CompanyNameColumn, width(u"Ilma KallioSolutions Oy"_s));
    header->resizeSection(CustomerTableModel::BusinessIdColumn, width(u"NO000000000"_s));
    header->resizeSection(CustomerTableModel::CountryColumn, width(tr("Country")));
    header->resizeSection(CustomerTableModel::OwnerColumn, width(u"firstname.last@exa"_s));
    header->resizeSection(CustomerTableModel::DealsColumn, width(u"0 open, 0 won, 0 lost"_s));
    header->resizeSection(CustomerTableModel::LastUpdateColumn, width(u"00 Sep 0000"_s));
    header->resizeSection(CustomerTableModel::MatchColumn, width(u"Not matched"_s) + 20);
    connect(m_table, &QTableView::doubleClicked, this, &CustomersPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateActions);

    m_empty = new EmptyState;
    m_empty->setObjectName(u"customersEmptyState"_s);
    m_empty->setIcon(Icons::own(u"webhook-empty"_s));
    m_empty->setTitle(tr("No customer data yet"));
    m_empty->setText(tr("Customer data tells Vainu which companies you follow: usually the accounts of your CRM. "
                        "Vainu matches each record to a company and sends its changes to your webhooks. Import a "
                        "CSV export of your CRM, or add records one by one."));
    m_empty->setActionText(tr("Import from CSV…"));
    m_empty->setActionIcon(Icons::themed(u"list-add"_s));
    m_empty->actionButton()->setObjectName(u"emptyStateImportButton"_s);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] { importCsv(); });

    m_noMatch = new EmptyState;
    m_noMatch->setObjectName(u"customersNoMatchState"_s);
    m_noMatch->setTitle(tr("No record on this page matches"));
    m_noMatch->setText(tr("The search and the status filter apply to the records of this page only. Clear them, or "
                          "look on the other pages."));
    m_noMatch->setActionText(tr("Clear the filter"));
    m_noMatch->actionButton()->setObjectName(u"clearFilterButton"_s);
    connect(m_noMatch, &EmptyState::actionTriggered, this, [this] {
        m_filter->clear();
        m_statusFilter->setCurrentIndex(0);
    });

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_noMatch);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_stack, 1);
    leftLayout->addWidget(buildPager());

    m_lists = new CompanyListsPanel;
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"customersSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_lists);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 330});
    m_body = splitter;
    layout->addWidget(splitter, 1);

    // No key, no sandbox: one notice with the way out, rather than a 401 for an empty key or an error for no address.
    m_unavailableState = new EmptyState;
    m_unavailableState->setObjectName(u"customersUnavailableState"_s);
    m_unavailableState->hide();
    layout->addWidget(m_unavailableState, 1);
    connect(m_unavailableState, &EmptyState::actionTriggered, this, &CustomersPage::unavailableActionTriggered);

    connect(m_error, &ErrorBanner::retryRequested, this, &CustomersPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateActions();
        updateContent();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_statusFilter->currentData().toInt();
        m_proxy->setStatusFilter(value < 0 ? std::nullopt : std::optional<MatchStatus>(MatchStatus(value)));
        updateActions();
        updateContent();
    });
    connect(m_lists, &CompanyListsPanel::statusMessage, this, &CustomersPage::statusMessage);
    updateActions();
    updateContent();
}

void CustomersPage::createActions()
{
    const auto make = [this](const QString& icon, const QString& text, const QString& name, const QString& tip) {
        auto* action = new QAction(icon.isEmpty() ? QIcon() : Icons::themed(icon), text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        return action;
    };
    m_addAction = make(u"list-add"_s, tr("&Add…"), u"addCustomerAction"_s, tr("Add a customer record"));
    m_editAction = make(QString(), tr("&Edit…"), u"editCustomerAction"_s, tr("Edit the selected record"));
    m_deleteAction
        = make(u"edit-delete"_s, tr("&Delete"), u"deleteCustomersAction"_s, tr("Delete the selected records (Del)"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_importAction = make(QString(), tr("&Import CSV…"), u"importCustomersAction"_s,
                          tr("Import customer records from a CSV file (or drop the file on this page)"));
    m_exportAction = make(QString(), tr("E&xport CSV…"), u"exportCustomersAction"_s,
                          tr("Save the rows shown, or the selected ones, as a CSV file"));
    m_eventsAction = make(QString(), tr("Show &events"), u"showCustomerEventsAction"_s,
                          tr("Show the company changes Vainu sent for the selected company"));
    m_refreshAction = make(u"view-refresh"_s, tr("&Refresh"), u"refreshCustomersAction"_s,
                           tr("Load this page again from Vainu (F5)"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    addAction(m_refreshAction);

    connect(m_addAction, &QAction::triggered, this, &CustomersPage::addRecord);
    connect(m_editAction, &QAction::triggered, this, &CustomersPage::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &CustomersPage::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, [this] { importCsv(); });
    connect(m_exportAction, &QAction::triggered, this, &CustomersPage::exportCsv);
    connect(m_refreshAction, &QAction::triggered, this, &CustomersPage::refresh);
    connect(m_eventsAction, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit showEventsRequested(rows.first().data(CustomerTableModel::BusinessIdRole).toString());
    });
}

QWidget* CustomersPage::buildToolbar()
{
    auto* bar = new QWidget;
    bar->setObjectName(u"customersToolbarRow"_s);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    // A QToolBar, for its extension button: in a narrow window the actions that do not fit move into its
    // menu instead of pushing the window wider.
    auto* toolbar = new QToolBar(bar);
    toolbar->setObjectName(u"customersToolbar"_s);
    toolbar->setAccessibleName(tr("Customer data actions"));
    toolbar->setMovable(false);
    toolbar->setFloatable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const int iconSize = toolbar->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, toolbar);
    toolbar->setIconSize(QSize(iconSize, iconSize)); // the size of the other pages' tool buttons
    toolbar->setStyleSheet(u"QToolBar { border: none; background: transparent; }"_s);
    QWidget* previous = nullptr;
    for (QAction* action :
         {m_addAction, m_editAction, m_deleteAction, m_importAction, m_exportAction, m_eventsAction, m_refreshAction}) {
        toolbar->addAction(action);
        QWidget* button = toolbar->widgetForAction(action);
        button->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
        button->setFocusPolicy(Qt::TabFocus); // a toolbar's buttons take no focus by default; these did
        if (previous)
            QWidget::setTabOrder(previous, button);
        previous = button;
    }
    if (auto* extension = toolbar->findChild<QToolButton*>(u"qt_toolbar_ext_button"_s)) {
        extension->setFocusPolicy(Qt::TabFocus);
        extension->setAccessibleName(tr("More actions"));
        extension->setToolTip(tr("More actions"));
        QWidget::setTabOrder(previous, extension);
    }
    row->addWidget(toolbar);
    row->addStretch();
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"matchStatusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Filter by match status"));
    m_statusFilter->addItem(tr("Every status"), -1);
    for (MatchStatus status : {MatchStatus::Matched, MatchStatus::NotMatched, MatchStatus::Pending})
        m_statusFilter->addItem(MatchStatusDelegate::iconFor(status), CustomerTableModel::statusText(status),
                                int(status));
    row->addWidget(m_statusFilter);
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"customerFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Search this page"));
    m_filter->setAccessibleName(tr("Search this page"));
    m_filter->setToolTip(tr("Shows the rows of this page that contain every word you type. Vainu's API has no "
                            "search, so choose a bigger page size to search more rows at once."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(140);
    row->addWidget(m_filter);
    return bar;
}

QWidget* CustomersPage::buildPager()
{
    auto* pager = new QWidget;
    auto* row = new QHBoxLayout(pager);
    row->setContentsMargins(0, 0, 0, 0);
    m_previous = new QPushButton(tr("◀ Previous"));
    m_previous->setObjectName(u"previousPageButton"_s);
    m_next = new QPushButton(tr("Next ▶"));
    m_next->setObjectName(u"nextPageButton"_s);
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(u"pageLabel"_s);
    m_pageLabel->setWordWrap(true); // two lines in a narrow window, not a wider window
    m_pageSizeCombo = new QComboBox;
    m_pageSizeCombo->setObjectName(u"pageSizeCombo"_s);
    for (int size : {50, 100, 250, 500, 1000})
        m_pageSizeCombo->addItem(tr("%1 per page").arg(size), size);
    m_pageSizeCombo->setCurrentIndex(m_pageSizeCombo->findData(m_pageSize));
    row->addWidget(m_pageLabel, 1);
    row->addWidget(m_pageSizeCombo);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    connect(m_previous, &QPushButton::clicked, this, &CustomersPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &CustomersPage::nextPage);
    connect(m_pageSizeCombo, &QComboBox::activated, this,
            [this] { setPageSize(m_pageSizeCombo->currentData().toInt()); });
    return pager;
}

void CustomersPage::setClient(VainuClient* client)
{
    setUnavailableShown(false);
    m_client = client;
    m_loadedOnce = false;
    m_page = 0;
    m_total = -1;
    m_model->setRecords({});
    m_lists->setClient(client);
    refresh();
}

void CustomersPage::showUnavailable(const PageNotice& notice)
{
    if (m_listCall) {
        m_listCall->disconnect(this);
        m_listCall->cancel();
        endBusy();
    }
    m_client = nullptr; // nothing on this page may call the server while it cannot be reached
    m_loadedOnce = false;
    m_page = 0;
    m_total = -1;
    m_model->setRecords({});
    m_lists->setClient(nullptr);
    m_unavailableState->setNotice(notice, u"customers"_s);
    setUnavailableShown(true);
    updateActions();
    updateContent();
}

void CustomersPage::setUnavailableShown(bool shown)
{
    m_unavailable = shown;
    if (shown)
        m_error->hideError();
    m_toolbar->setVisible(!shown);
    m_body->setVisible(!shown);
    m_unavailableState->setVisible(shown);
}

void CustomersPage::setPageSize(int size)
{
    if (size <= 0 || size == m_pageSize)
        return;
    // Keep the first row of the current page in view.
    const qint64 firstRow = qint64(m_page) * m_pageSize;
    m_pageSize = size;
    m_page = int(firstRow / size);
    m_pageSizeCombo->setCurrentIndex(m_pageSizeCombo->findData(size));
    refresh();
}

void CustomersPage::beginBusy()
{
    if (m_busy++ == 0)
        m_busyBar->show();
    updateActions();
}

void CustomersPage::endBusy()
{
    if (m_busy > 0 && --m_busy == 0)
        m_busyBar->hide();
    updateActions();
}

void CustomersPage::refresh()
{
    if (!m_client)
        return;
    if (m_listCall) {
        m_listCall->disconnect(this);
        m_listCall->cancel();
        endBusy();
    }
    beginBusy();
    auto* call = m_client->listCustomers(m_pageSize, m_page * m_pageSize);
    m_listCall = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_listCall = nullptr;
        endBusy();
        const ApiError& error = call->error();
        if (error.isError()) {
            if (error.kind == ApiError::Kind::Cancelled)
                return;
            qCInfo(lcCustomersPage) << "listing failed:" << ApiError::kindName(error.kind) << error.httpStatus;
            m_error->showError(tr("The customer data could not be loaded. %1").arg(error.userMessage()));
            updateContent();
            return;
        }
        const Paged<CustomerRecord>& page = call->value();
        m_total = page.count;
        if (page.items.isEmpty() && m_page > 0 && m_total >= 0) {
            m_page = int(std::max<qint64>(0, (m_total - 1) / m_pageSize)); // the last page shrank away
            refresh();
            return;
        }
        m_loadedOnce = true;
        m_error->hideError();
        m_model->setRecords(page.items);
        if (!m_selectAfterLoad.isEmpty())
            selectRecord(std::exchange(m_selectAfterLoad, QString()));
        updateContent();
        updateActions();
        emit loaded();
    });
}

void CustomersPage::updateContent()
{
    const bool empty = m_loadedOnce && m_model->rowCount() == 0 && m_page == 0;
    const bool noMatch = !empty && m_model->rowCount() > 0 && m_proxy->rowCount() == 0;
    m_stack->setCurrentWidget(empty         ? static_cast<QWidget*>(m_empty)
                                  : noMatch ? static_cast<QWidget*>(m_noMatch)
                                            : m_table);
    if (m_total == 0) {
        m_pageLabel->setText(tr("No records"));
    } else if (m_total < 0) {
        m_pageLabel->setText(m_loadedOnce ? tr("%n record(s) on this page", nullptr, m_model->rowCount()) : QString());
    } else {
        const qint64 first = m_model->rowCount() == 0 ? 0 : qint64(m_page) * m_pageSize + 1;
        const qint64 last = qint64(m_page) * m_pageSize + m_model->rowCount();
        m_pageLabel->setText(tr("%1–%2 of %n record(s)", nullptr, int(m_total)).arg(first).arg(last));
    }
}

void CustomersPage::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    const bool connected = m_client != nullptr;
    m_addAction->setEnabled(connected);
    m_importAction->setEnabled(connected);
    m_editAction->setEnabled(connected && selected == 1);
    m_deleteAction->setEnabled(connected && selected > 0 && m_deletesPending == 0);
    m_eventsAction->setEnabled(selected == 1);
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
    m_refreshAction->setEnabled(connected);
    m_previous->setEnabled(m_page > 0 && m_busy == 0);
    const bool more = m_total >= 0 ? qint64(m_page + 1) * m_pageSize < m_total : m_model->rowCount() == m_pageSize;
    m_next->setEnabled(more && m_busy == 0);
}

void CustomersPage::nextPage()
{
    ++m_page;
    refresh();
}

void CustomersPage::previousPage()
{
    if (m_page == 0)
        return;
    --m_page;
    refresh();
}

QList<CustomerRecord> CustomersPage::selectedRecords() const
{
    QList<CustomerRecord> records;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        records.append(m_model->recordAt(m_proxy->mapToSource(index).row()));
    return records;
}

bool CustomersPage::selectRecord(const QString& uniqueId)
{
    const int row = m_model->rowOfId(uniqueId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void CustomersPage::openDialog(const CustomerRecord& record)
{
    if (!m_client)
        return;
    auto* dialog = new CustomerDialog(m_client, record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this, [this](const CustomerRecord& saved) {
        m_model->upsert(saved);
        selectRecord(saved.uniqueId);
        m_selectAfterLoad = saved.uniqueId;
        updateContent();
        emit statusMessage(tr("Saved the record %1.").arg(saved.uniqueId));
        refresh(); // the total, and the record's place in the server's order
    });
    dialog->open();
}

void CustomersPage::openRecord(const QString& uniqueId)
{
    if (selectRecord(uniqueId)) {
        editSelected();
        return;
    }
    if (!m_client)
        return;
    auto* call = m_client->getCustomer(uniqueId);
    beginBusy();
    connect(call, &ApiCall::finished, this, [this, call, uniqueId] {
        endBusy();
        if (call->error().isError())
            emit statusMessage(tr("The record %1 could not be opened. %2").arg(uniqueId, call->error().userMessage()));
        else
            openDialog(call->value());
    });
}

void CustomersPage::addRecord()
{
    openDialog({});
}

void CustomersPage::editSelected()
{
    const QList<CustomerRecord> records = selectedRecords();
    if (records.size() == 1)
        openDialog(records.first());
}

void CustomersPage::deleteSelected()
{
    const QList<CustomerRecord> records = selectedRecords();
    if (!m_client || records.isEmpty() || m_deletesPending > 0)
        return;
    QStringList names;
    for (const CustomerRecord& r : records)
        names.append(r.matchData.companyName.isEmpty() ? r.uniqueId
                                                       : u"%1 (%2)"_s.arg(r.uniqueId, r.matchData.companyName));
    const int count = int(records.size());
    const auto answer
        = MessageBox::confirm(this, tr("Delete customer records"),
                              tr("Delete %n record(s)? Vainu stops tracking these companies for you:", nullptr, count),
                              names.join(u'\n'), tr("Delete"));
    if (answer != MessageBox::Answer::Accept)
        return;
    m_deletesPending = count;
    m_deleteReport.clear();
    m_deleteFailures = 0;
    beginBusy();
    for (const CustomerRecord& r : records) {
        auto* call = m_client->deleteCustomer(r.uniqueId);
        connect(call, &ApiCall::finished, this, [this, call, id = r.uniqueId] {
            if (call->error().isError()) {
                ++m_deleteFailures;
                m_deleteReport.append(tr("%1: not deleted. %2").arg(id, call->error().userMessage()));
            } else {
                m_model->removeById(id);
                m_deleteReport.append(tr("%1: deleted.").arg(id));
            }
            if (--m_deletesPending > 0)
                return;
            endBusy();
            const int total = int(m_deleteReport.size());
            if (m_deleteFailures == 0) {
                emit statusMessage(tr("Deleted %n record(s).", nullptr, total));
            } else {
                MessageBox::warning(
                    this, tr("Delete customer records"),
                    tr("%1 of %n record(s) could not be deleted.", nullptr, total).arg(m_deleteFailures),
                    m_deleteReport.join(u'\n'));
            }
            refresh(); // the total and the page contents moved
        });
    }
}

void CustomersPage::importCsv(const QString& path)
{
    if (!m_client)
        return;
    auto* dialog = new ImportDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const CustomerImportReport& report) {
        emit statusMessage(report.summary());
        refresh();
    });
    if (!path.isEmpty())
        dialog->openFile(path);
    dialog->open();
}

void CustomersPage::exportCsv()
{
    // The selection when there is one, else every row shown (this page, after the filter), in view order.
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(m_proxy->index(row, 0));
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    if (rows.isEmpty())
        return;
    const QString path = FilePicker::saveCsv(this, tr("Export customer data"), u"customer-data.csv"_s);
    if (path.isEmpty())
        return;
    CsvWriter writer;
    writer.addRow(CustomerTableModel::exportHeader());
    for (const QModelIndex& index : std::as_const(rows))
        writer.addRow(CustomerTableModel::exportRow(m_model->recordAt(m_proxy->mapToSource(index).row())));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(writer.data()) < 0 || !file.flush()) {
        MessageBox::warning(this, tr("Export customer data"),
                            tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Exported %n record(s) to %1.", nullptr, int(rows.size())).arg(path));
}

void CustomersPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_client && event->mimeData()->hasUrls() && event->mimeData()->urls().value(0).isLocalFile())
        event->acceptProposedAction();
}

void CustomersPage::dropEvent(QDropEvent* event)
{
    const QUrl url = event->mimeData()->urls().value(0);
    if (url.isLocalFile()) {
        event->acceptProposedAction();
        importCsv(url.toLocalFile());
    }
}
