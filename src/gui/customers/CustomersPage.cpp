#include "gui/customers/CustomersPage.h"

#include "api/VainuClient.h"
#include "core/csv/CsvWriter.h"
#include "gui/common/BatchRunner.h"
#include "gui/common/ColumnFitter.h"
#include "gui/common/EmptyState.h"
#include "gui/common/ErrorBanner.h"
#include "gui/common/FilePicker.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageNotice.h"
#include "gui/common/PageStateStack.h"
#include "gui/common/PlaceholderWidth.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/ImportDialog.h"
#include "gui/customers/MatchStatusDelegate.h"
#include "gui/lists/CompanyListsPanel.h"
#include "models/CustomerFilterProxyModel.h"
#include "models/CustomerTableModel.h"
#include "ui_CustomersPage.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QFile>
#include <QHeaderView>
#include <QLocale>
#include <QLoggingCategory>
#include <QMimeData>
#include <QStyle>
#include <QToolButton>

Q_LOGGING_CATEGORY(lcCustomersPage, "vainu.gui.customers")

using namespace Qt::StringLiterals;

CustomersPage::CustomersPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomersPage>())
    , m_model(new CustomerTableModel(this))
    , m_proxy(new CustomerFilterProxyModel(this))
    , m_deletes(new BatchRunner(BatchRunner::Verb::Delete, this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    createActions();
    setUpToolbar();
    setUpTable();
    setUpStates();
    setUpPager();

    connect(m_ui->customerFilterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateActions();
        updateContent();
    });
    connect(m_ui->matchStatusFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_ui->matchStatusFilter->currentData().toInt();
        m_proxy->setStatusFilter(value < 0 ? std::nullopt : std::optional<MatchStatus>(MatchStatus(value)));
        updateActions();
        updateContent();
    });
    connect(m_ui->companyListsPanel, &CompanyListsPanel::statusMessage, this, &CustomersPage::statusMessage);
    connect(m_deletes, &BatchRunner::progressMessage, this, &CustomersPage::statusMessage);
    connect(m_deletes, &BatchRunner::statusMessage, this, &CustomersPage::statusMessage);
    connect(m_deletes, &BatchRunner::finished, this, &CustomersPage::onDeletesFinished);
    updateActions();
    updateContent();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::createActions()
{
    const auto make = [this](const QString& icon, const QString& text, const QString& name, const QString& tip) {
        auto* action = new QAction(icon.isEmpty() ? QIcon() : Icons::themed(icon), text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        return action;
    };
    m_addAction = make(u"list-add"_s, tr("&Add…"), u"addCustomerAction"_s, QString());
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(
        tr("Add a customer record (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
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
    // Window-wide shortcuts of a page are live only while the page is visible: Ctrl+N adds here on this
    // page and a webhook on the Webhooks page, never both.
    addAction(m_addAction);
    addAction(m_refreshAction);

    connect(m_addAction, &QAction::triggered, this, &CustomersPage::addRecord);
    connect(m_editAction, &QAction::triggered, this, &CustomersPage::editSelected);
    connect(m_deleteAction, &QAction::triggered, this, &CustomersPage::deleteSelected);
    connect(m_importAction, &QAction::triggered, this, [this] { importCsv(); });
    connect(m_exportAction, &QAction::triggered, this, &CustomersPage::exportCsv);
    connect(m_refreshAction, &QAction::triggered, this, &CustomersPage::refresh);
    connect(m_eventsAction, &QAction::triggered, this, [this] {
        const QModelIndexList rows = m_ui->customerTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit showEventsRequested(rows.first().data(CustomerTableModel::BusinessIdRole).toString());
    });
}

void CustomersPage::setUpToolbar()
{
    QToolBar* toolbar = m_ui->customersToolbar;
    const int iconSize = toolbar->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, toolbar);
    toolbar->setIconSize(QSize(iconSize, iconSize)); // the size of the other pages' tool buttons
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
        previous = extension;
    }
    QWidget::setTabOrder(previous, m_ui->matchStatusFilter);
    keepPlaceholderWhole(m_ui->customerFilterEdit); // the toolbar gives way (its overflow menu) instead

    // The items carry the status as data, with the icon of the table's status column.
    QComboBox* statusFilter = m_ui->matchStatusFilter;
    statusFilter->addItem(tr("Every status"), -1);
    for (MatchStatus status : {MatchStatus::Matched, MatchStatus::NotMatched, MatchStatus::Pending})
        statusFilter->addItem(MatchStatusDelegate::iconFor(status), CustomerTableModel::statusText(status),
                              int(status));
}

void CustomersPage::setUpTable()
{
    QTableView* table = m_ui->customerTable;
    table->setModel(m_proxy);
    table->addActions({m_editAction, m_deleteAction, m_eventsAction, m_exportAction});
    table->setItemDelegateForColumn(CustomerTableModel::MatchColumn, new MatchStatusDelegate(table));
    table->sortByColumn(CustomerTableModel::UniqueIdColumn, Qt::AscendingOrder);
    // Widths from the font and the loaded values. When the table is narrower than all of them, the columns
    // that matter least hide first (CustomerTableModel's column priorities): the company, its business id and
    // the match status stay in view. The header's context menu shows and hides columns by hand.
    const QFontMetrics metrics = table->fontMetrics();
    const auto width = [&metrics](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    auto* fitter = new ColumnFitter(table, u"columns/customers"_s);
    fitter->setPreferredWidth(CustomerTableModel::UniqueIdColumn, width(u"crm-00000"_s));
    fitter->setPreferredWidth(CustomerTableModel::CompanyNameColumn, width(u"Ilma KallioSolutions Oy"_s));
    fitter->setPreferredWidth(CustomerTableModel::BusinessIdColumn, width(u"NO000000000"_s));
    fitter->setPreferredWidth(CustomerTableModel::CountryColumn, width(tr("Country")));
    fitter->setPreferredWidth(CustomerTableModel::OwnerColumn, width(u"firstname.last@exa"_s));
    fitter->setPreferredWidth(CustomerTableModel::DealsColumn, width(u"0 open, 0 won, 0 lost"_s));
    fitter->setPreferredWidth(CustomerTableModel::LastUpdateColumn, width(u"00 Sep 0000"_s));
    fitter->setPreferredWidth(CustomerTableModel::MatchColumn, width(u"Not matched"_s) + 20);
    fitter->setStretchColumn(CustomerTableModel::CompanyNameColumn);
    connect(table, &QTableView::doubleClicked, this, &CustomersPage::editSelected);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CustomersPage::updateActions);

    QSplitter* splitter = m_ui->customersSplitter;
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 330});
    splitter->setCollapsible(1, false);
}

void CustomersPage::setUpStates()
{
    PageStateStack* states = m_ui->customersStateStack;
    states->setParts(u"customers"_s, m_ui->customerTable, m_ui->customersEmptyState, m_ui->customersErrorBanner,
                     m_ui->customersBusyBar);
    connect(states, &PageStateStack::retryRequested, this, &CustomersPage::refresh);
    connect(states, &PageStateStack::unavailableActionTriggered, this, &CustomersPage::unavailableActionTriggered);
    // No server, no calls: the notice takes the place of the toolbar too.
    connect(states, &PageStateStack::unavailableChanged, m_ui->customersToolbarRow, &QWidget::setHidden);

    EmptyState* empty = m_ui->customersEmptyState;
    empty->setIcon(Icons::own(u"webhook-empty"_s));
    empty->setTitle(tr("No customer data yet"));
    empty->setText(tr("Customer data tells Vainu which companies you follow: usually the accounts of your CRM. "
                      "Vainu matches each record to a company and sends its changes to your webhooks. Import a "
                      "CSV export of your CRM, or add records one by one."));
    empty->setActionText(tr("Import from CSV…"));
    empty->setActionIcon(Icons::themed(u"list-add"_s));
    empty->actionButton()->setObjectName(u"emptyStateImportButton"_s);
    connect(empty, &EmptyState::actionTriggered, this, [this] { importCsv(); });

    EmptyState* noMatch = m_ui->customersNoMatchState;
    noMatch->setTitle(tr("No record on this page matches"));
    noMatch->setText(tr("The search and the status filter apply to the records of this page only. Clear them, or "
                        "look on the other pages."));
    noMatch->setActionText(tr("Clear the filter"));
    noMatch->actionButton()->setObjectName(u"clearFilterButton"_s);
    connect(noMatch, &EmptyState::actionTriggered, this, [this] {
        m_ui->customerFilterEdit->clear();
        m_ui->matchStatusFilter->setCurrentIndex(0);
    });
}

void CustomersPage::setUpPager()
{
    for (int size : {50, 100, 250, 500, 1000})
        m_ui->pageSizeCombo->addItem(tr("%1 per page").arg(QLocale().toString(size)), size);
    m_ui->pageSizeCombo->setCurrentIndex(m_ui->pageSizeCombo->findData(m_pageSize));
    connect(m_ui->previousPageButton, &QPushButton::clicked, this, &CustomersPage::previousPage);
    connect(m_ui->nextPageButton, &QPushButton::clicked, this, &CustomersPage::nextPage);
    connect(m_ui->pageSizeCombo, &QComboBox::activated, this,
            [this] { setPageSize(m_ui->pageSizeCombo->currentData().toInt()); });
}

CompanyListsPanel* CustomersPage::listsPanel() const
{
    return m_ui->companyListsPanel;
}

bool CustomersPage::isBusy() const
{
    return m_ui->customersStateStack->isBusy();
}

bool CustomersPage::isUnavailable() const
{
    return m_ui->customersStateStack->isUnavailable();
}

void CustomersPage::setClient(VainuClient* client)
{
    m_ui->customersStateStack->showContent(); // ends the unavailable notice
    m_client = client;
    m_loadedOnce = false;
    m_page = 0;
    m_total = -1;
    m_model->setRecords({});
    m_ui->companyListsPanel->setClient(client);
    refresh();
}

void CustomersPage::showUnavailable(const PageNotice& notice)
{
    if (m_listCall) {
        m_listCall->disconnect(this);
        m_listCall->cancel();
        m_ui->customersStateStack->endBusy();
    }
    m_client = nullptr; // nothing on this page may call the server while it cannot be reached
    m_loadedOnce = false;
    m_page = 0;
    m_total = -1;
    m_model->setRecords({});
    m_ui->companyListsPanel->setClient(nullptr);
    m_ui->customersStateStack->showUnavailable(notice);
    updateActions();
    updateContent();
}

void CustomersPage::setPageSize(int size)
{
    if (size <= 0 || size == m_pageSize)
        return;
    // Keep the first row of the current page in view.
    const qint64 firstRow = qint64(m_page) * m_pageSize;
    m_pageSize = size;
    m_page = int(firstRow / size);
    m_ui->pageSizeCombo->setCurrentIndex(m_ui->pageSizeCombo->findData(size));
    refresh();
}

void CustomersPage::refresh()
{
    if (!m_client)
        return;
    if (m_listCall) {
        m_listCall->disconnect(this);
        m_listCall->cancel();
        m_ui->customersStateStack->endBusy();
    }
    m_ui->customersStateStack->beginBusy();
    updateActions();
    auto* call = m_client->listCustomers(m_pageSize, m_page * m_pageSize);
    m_listCall = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_listCall = nullptr;
        m_ui->customersStateStack->endBusy();
        updateActions();
        const ApiError& error = call->error();
        if (error.isError()) {
            if (error.kind == ApiError::Kind::Cancelled)
                return;
            qCInfo(lcCustomersPage) << "listing failed:" << ApiError::kindName(error.kind) << error.httpStatus;
            m_ui->customersStateStack->showError(
                tr("The customer data could not be loaded. %1").arg(error.userMessage()));
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
        m_ui->customersStateStack->hideError();
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
    PageStateStack* states = m_ui->customersStateStack;
    if (!states->isUnavailable()) { // the notice stays until the next client
        if (empty)
            states->showEmpty();
        else if (noMatch)
            states->showOther(m_ui->customersNoMatchState);
        else
            states->showContent();
    }
    if (m_total == 0) {
        m_ui->pageLabel->setText(tr("No records"));
    } else if (m_total < 0) {
        m_ui->pageLabel->setText(m_loadedOnce ? tr("%Ln record(s) on this page", nullptr, m_model->rowCount())
                                              : QString());
    } else {
        const qint64 first = m_model->rowCount() == 0 ? 0 : qint64(m_page) * m_pageSize + 1;
        const qint64 last = qint64(m_page) * m_pageSize + m_model->rowCount();
        // %L and %Ln: the user's thousands separators ("1–100 of 30 000" in Finnish).
        m_ui->pageLabel->setText(tr("%L1–%L2 of %Ln record(s)", nullptr, int(m_total)).arg(first).arg(last));
    }
}

void CustomersPage::updateActions()
{
    const int selected = int(m_ui->customerTable->selectionModel()->selectedRows().size());
    const bool busy = isBusy();
    const bool connected = m_client != nullptr;
    m_addAction->setEnabled(connected);
    m_importAction->setEnabled(connected);
    m_editAction->setEnabled(connected && selected == 1);
    m_deleteAction->setEnabled(connected && selected > 0 && !m_deletes->isRunning());
    m_eventsAction->setEnabled(selected == 1);
    m_exportAction->setEnabled(m_proxy->rowCount() > 0);
    m_refreshAction->setEnabled(connected);
    m_ui->previousPageButton->setEnabled(m_page > 0 && !busy);
    const bool more = m_total >= 0 ? qint64(m_page + 1) * m_pageSize < m_total : m_model->rowCount() == m_pageSize;
    m_ui->nextPageButton->setEnabled(more && !busy);
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
    for (const QModelIndex& index : m_ui->customerTable->selectionModel()->selectedRows())
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
    m_ui->customerTable->selectionModel()->select(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->customerTable->scrollTo(index);
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
    m_ui->customersStateStack->beginBusy();
    updateActions();
    connect(call, &ApiCall::finished, this, [this, call, uniqueId] {
        m_ui->customersStateStack->endBusy();
        updateActions();
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
    if (!m_client || records.isEmpty() || m_deletes->isRunning())
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
    QList<BatchRunner::Item> items;
    for (const CustomerRecord& r : records) {
        const QString id = r.uniqueId;
        items.append({id, [this, id] { return m_client->deleteCustomer(id); }});
    }
    m_ui->customersStateStack->beginBusy();
    m_deletes->run(items);
    updateActions();
}

void CustomersPage::onDeletesFinished()
{
    for (const BatchRunner::Outcome& outcome : m_deletes->outcomes()) {
        if (outcome.result != BatchRunner::Result::Failed)
            m_model->removeById(outcome.label); // the label is the unique id
    }
    m_ui->customersStateStack->endBusy();
    m_deletes->report(this, tr("Delete customer records"));
    updateActions();
    refresh(); // the total and the page contents moved
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
    QModelIndexList rows = m_ui->customerTable->selectionModel()->selectedRows();
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
