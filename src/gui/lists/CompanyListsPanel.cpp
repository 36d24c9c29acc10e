#include "gui/lists/CompanyListsPanel.h"

#include "api/VainuClient.h"
#include "core/BusinessId.h"
#include "gui/common/BatchRunner.h"
#include "gui/common/ColumnFitter.h"
#include "gui/common/ErrorBanner.h"
#include "gui/common/MessageBox.h"
#include "gui/lists/AddCompaniesDialog.h"
#include "models/CompanyListModel.h"
#include "models/CompanyTableModel.h"
#include "ui_CompanyListsPanel.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {

// What both tables share beyond the form: the last column takes the room left.
void setUpView(QTableView* view, QAbstractItemModel* model)
{
    view->setModel(model);
    view->horizontalHeader()->setStretchLastSection(true);
}

} // namespace

CompanyListsPanel::CompanyListsPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CompanyListsPanel>())
    , m_lists(new CompanyListModel(this))
    , m_companies(new CompanyTableModel(this))
    , m_listDeletes(new BatchRunner(BatchRunner::Verb::Delete, this))
    , m_removals(new BatchRunner(BatchRunner::Verb::Remove, this))
{
    m_ui->setupUi(this);
    m_error = m_ui->listsErrorBanner;
    m_listView = m_ui->listTable;
    m_companyView = m_ui->listCompanyTable;
    m_readOnlyNote = m_ui->readOnlyNote;
    m_pageLabel = m_ui->listPageLabel;
    m_newButton = m_ui->newListButton;
    m_deleteButton = m_ui->deleteListButton;
    m_addButton = m_ui->addCompaniesButton;
    m_removeButton = m_ui->removeCompaniesButton;
    m_previous = m_ui->previousCompaniesButton;
    m_next = m_ui->nextCompaniesButton;

    // Both tables keep their names in view: the name takes the room left, and the other columns hide first when
    // the panel is narrow (the models' column priorities); the header's menu shows and hides them by hand.
    setUpView(m_listView, m_lists);
    auto* listFitter = new ColumnFitter(m_listView, u"columns/companyLists"_s);
    listFitter->setStretchColumn(CompanyListModel::NameColumn);
    listFitter->setHiddenByUser(CompanyListModel::OwnerColumn,
                                QSettings().value(u"columns/companyLists"_s).isNull()
                                    || listFitter->isHiddenByUser(CompanyListModel::OwnerColumn));

    setUpView(m_companyView, m_companies);
    auto* companyFitter = new ColumnFitter(m_companyView, u"columns/listCompanies"_s);
    companyFitter->setStretchColumn(CompanyTableModel::NameColumn);
    companyFitter->setHiddenByUser(CompanyTableModel::DomainColumn,
                                   QSettings().value(u"columns/listCompanies"_s).isNull()
                                       || companyFitter->isHiddenByUser(CompanyTableModel::DomainColumn));
    // The panel is as wide as a typical list name and its count need, so it never squeezes them to "Ke…".
    setMinimumWidth(fontMetrics().horizontalAdvance(u"Large Finnish companies (default)"_s) + 40);

    connect(m_error, &ErrorBanner::retryRequested, this, &CompanyListsPanel::refresh);
    connect(m_newButton, &QPushButton::clicked, this, [this] { createList(); });
    connect(m_deleteButton, &QPushButton::clicked, this, &CompanyListsPanel::deleteCurrentList);
    connect(m_addButton, &QPushButton::clicked, this, [this] { addCompanies(); });
    connect(m_removeButton, &QPushButton::clicked, this, &CompanyListsPanel::removeSelectedCompanies);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        m_page = std::max(0, m_page - 1);
        loadCompanies();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        ++m_page;
        loadCompanies();
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_page = 0;
        loadCompanies();
    });
    connect(m_companyView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CompanyListsPanel::updateActions);
    updateActions();
}

CompanyListsPanel::~CompanyListsPanel() = default;

void CompanyListsPanel::setClient(VainuClient* client)
{
    m_client = client;
    m_lists->setLists({});
    m_companies->setCompanies({});
    refresh();
}

CompanyList CompanyListsPanel::currentList() const
{
    const QModelIndex current = m_listView->selectionModel()->currentIndex();
    return current.isValid() ? m_lists->listAt(current.row()) : CompanyList {};
}

bool CompanyListsPanel::selectList(const QString& id)
{
    const int row = m_lists->rowOfId(id);
    if (row < 0)
        return false;
    m_listView->selectionModel()->setCurrentIndex(m_lists->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

AddCompaniesDialog* CompanyListsPanel::retryDialog() const
{
    return m_retryDialog;
}

void CompanyListsPanel::beginBusy()
{
    ++m_busy;
    updateActions();
}

void CompanyListsPanel::endBusy()
{
    m_busy = std::max(0, m_busy - 1);
    updateActions();
}

void CompanyListsPanel::updateActions()
{
    const CompanyList list = currentList();
    const bool has = !list.id.isEmpty();
    const bool editable = has && list.isStatic();
    m_newButton->setEnabled(m_client != nullptr);
    m_deleteButton->setEnabled(editable && m_busy == 0);
    m_addButton->setEnabled(editable && m_busy == 0);
    m_removeButton->setEnabled(editable && m_busy == 0 && m_companyView->selectionModel()->hasSelection());
    m_readOnlyNote->setVisible(has && !list.isStatic());
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_companyTotal >= 0 && qint64(m_page + 1) * pageSize < m_companyTotal);
    if (!has)
        m_pageLabel->clear();
    else if (m_companyTotal >= 0)
        m_pageLabel->setText(tr("%1–%2 of %n company(s)", nullptr, int(m_companyTotal))
                                 .arg(m_companies->rowCount() ? m_page * pageSize + 1 : 0)
                                 .arg(m_page * pageSize + m_companies->rowCount()));
}

void CompanyListsPanel::showError(const QString& what, const ApiError& error, bool retry)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    m_error->setRetryVisible(retry);
    QString detail = error.userMessage();
    if (!error.fieldErrors.isEmpty())
        detail = error.fieldMessage(error.fieldErrors.firstKey());
    m_error->showError(what + u' ' + detail);
}

void CompanyListsPanel::refresh()
{
    if (!m_client)
        return;
    const QString keep = currentList().id;
    beginBusy();
    auto* call = m_client->listLists();
    connect(call, &ApiCall::finished, this, [this, call, keep] {
        endBusy();
        if (call->error().isError()) {
            showError(tr("The company lists could not be loaded."), call->error());
            return;
        }
        m_error->hideError();
        m_lists->setLists(call->value());
        if (!selectList(keep) && m_lists->rowCount() > 0)
            selectList(m_lists->listAt(0).id);
        updateActions();
        emit listsLoaded();
    });
}

void CompanyListsPanel::loadCompanies()
{
    const CompanyList list = currentList();
    if (m_companiesCall) {
        m_companiesCall->disconnect(this);
        m_companiesCall->cancel();
        endBusy();
    }
    m_companies->setCompanies({});
    m_companyTotal = -1;
    updateActions();
    if (!m_client || list.id.isEmpty())
        return;
    beginBusy();
    auto* call = m_client->listCompanies(list.id, pageSize, m_page * pageSize);
    m_companiesCall = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_companiesCall = nullptr;
        endBusy();
        if (call->error().isError()) {
            showError(tr("The companies of the list could not be loaded."), call->error());
            return;
        }
        m_companies->setCompanies(call->value().items);
        m_companyTotal = call->value().count;
        updateActions();
        emit companiesLoaded();
    });
}

void CompanyListsPanel::onListChanged(const CompanyList& list)
{
    m_lists->upsert(list);
    selectList(list.id);
    loadCompanies();
}

void CompanyListsPanel::createList(const QString& givenName)
{
    if (!m_client)
        return;
    QString name = givenName;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("New company list"), tr("Name of the static list:"), QLineEdit::Normal,
                                     {}, &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return;
    }
    beginBusy();
    auto* call = m_client->createList(name);
    connect(call, &ApiCall::finished, this, [this, call] {
        endBusy();
        if (call->error().isError()) {
            showError(tr("The list was not created."), call->error());
            return;
        }
        m_error->hideError();
        onListChanged(call->value());
        emit statusMessage(tr("Created the list %1.").arg(call->value().name));
    });
}

void CompanyListsPanel::deleteCurrentList()
{
    const CompanyList list = currentList();
    if (!m_client || list.id.isEmpty() || !list.isStatic() || m_listDeletes->isRunning())
        return;
    if (MessageBox::confirm(this, tr("Delete company list"),
                            tr("Delete the list %1? The companies themselves stay in Vainu.").arg(list.name), {},
                            tr("Delete"))
        != MessageBox::Answer::Accept)
        return;
    beginBusy();
    m_listDeletes->disconnect(this, nullptr);
    connect(m_listDeletes, &BatchRunner::progressMessage, this, &CompanyListsPanel::statusMessage);
    connect(m_listDeletes, &BatchRunner::statusMessage, this, &CompanyListsPanel::statusMessage);
    connect(m_listDeletes, &BatchRunner::finished, this, [this, list] { onListDeleted(list); });
    m_listDeletes->run({{list.name, [this, id = list.id] { return m_client->deleteList(id); }}});
}

void CompanyListsPanel::onListDeleted(const CompanyList& list)
{
    endBusy();
    if (m_listDeletes->countOf(BatchRunner::Result::Failed) == 0)
        m_lists->removeById(list.id); // deleted, or already gone: either way no longer in Vainu
    m_listDeletes->report(this, tr("Delete company list"));
    updateActions();
}

void CompanyListsPanel::addCompanies(const QString& pasted)
{
    const CompanyList list = currentList();
    if (!m_client || list.id.isEmpty() || !list.isStatic())
        return;
    QString text = pasted;
    if (text.isEmpty()) {
        AddCompaniesDialog dialog(list.name, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        text = dialog.pastedText();
    }
    // Ids no country accepts are not sent; Vainu would refuse the whole batch for them.
    QStringList valid;
    QStringList refused;
    QStringList reasons;
    for (const QString& id : BusinessId::parseList(text)) {
        const QString problem = BusinessId::problemOf(id);
        if (problem.isEmpty()) {
            valid.append(id);
        } else {
            refused.append(id);
            reasons.append(problem);
        }
    }
    if (valid.isEmpty()) {
        finishAdding(list, 0, refused, reasons);
        return;
    }
    beginBusy();
    sendCompanies(list, valid, refused, reasons);
}

void CompanyListsPanel::sendCompanies(const CompanyList& list, const QStringList& ids, QStringList refused,
                                      QStringList reasons)
{
    auto* call = m_client->addToList(list.id, ids);
    connect(call, &ApiCall::finished, this, [this, call, list, ids, refused, reasons]() mutable {
        const ApiError& error = call->error();
        if (!error.isError()) {
            endBusy();
            m_error->hideError();
            onListChanged(call->value());
            finishAdding(call->value(), int(ids.size()), refused, reasons);
            return;
        }
        // Vainu refuses the whole batch when it does not know an id, and names each such id in "business_ids"
        // (api-choices.md section 5): the others are sent again without them.
        QStringList unknown;
        if (error.kind == ApiError::Kind::BadRequest) {
            const QStringList messages = error.fieldErrors.value(u"business_ids"_s);
            for (const QString& id : ids) {
                const QRegularExpression named(u"(^|[^\\w-])%1($|[^\\w-])"_s.arg(QRegularExpression::escape(id)));
                if (std::any_of(messages.cbegin(), messages.cend(),
                                [&named](const QString& message) { return named.match(message).hasMatch(); }))
                    unknown.append(id);
            }
        }
        if (unknown.isEmpty()) {
            endBusy();
            showError(tr("No company was added."), error, false);
            return;
        }
        QStringList rest;
        for (const QString& id : ids) {
            if (unknown.contains(id)) {
                refused.append(id);
                reasons.append(tr("Vainu does not know the business id %1.").arg(id));
            } else {
                rest.append(id);
            }
        }
        if (rest.isEmpty()) {
            endBusy();
            finishAdding(list, 0, refused, reasons);
            return;
        }
        sendCompanies(list, rest, refused, reasons);
    });
}

void CompanyListsPanel::finishAdding(const CompanyList& list, int added, const QStringList& refused,
                                     const QStringList& reasons)
{
    if (added > 0)
        emit statusMessage(tr("Added %n company(s) to %1.", nullptr, added).arg(list.name));
    if (refused.isEmpty())
        return;
    m_error->hideError(); // the dialog says what went wrong, where the ids can be fixed
    const QString summary = added > 0
        ? tr("%n company(s) were added to %1. These ids were not:", nullptr, added).arg(list.name)
        : tr("No company was added to %1. These ids were not accepted:").arg(list.name);
    auto* dialog = new AddCompaniesDialog(list.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showProblems(summary, refused, reasons);
    connect(dialog, &QDialog::accepted, this, [this, dialog, listId = list.id] {
        if (selectList(listId))
            addCompanies(dialog->pastedText());
    });
    m_retryDialog = dialog;
    dialog->open();
}

void CompanyListsPanel::removeSelectedCompanies()
{
    const CompanyList list = currentList();
    QStringList ids;
    for (const QModelIndex& index : m_companyView->selectionModel()->selectedRows())
        ids.append(index.data(CompanyTableModel::BusinessIdRole).toString());
    if (!m_client || ids.isEmpty() || !list.isStatic() || m_removals->isRunning())
        return;
    beginBusy();
    m_removals->disconnect(this, nullptr);
    connect(m_removals, &BatchRunner::progressMessage, this, &CompanyListsPanel::statusMessage);
    connect(m_removals, &BatchRunner::statusMessage, this, &CompanyListsPanel::statusMessage);
    connect(m_removals, &BatchRunner::finished, this, [this, list] { onCompaniesRemoved(list); });
    // One request removes them all (the API takes a list of ids); the report counts the companies.
    BatchRunner::Item item;
    item.label = ids.join(u", "_s);
    item.count = int(ids.size());
    item.start = [this, listId = list.id, ids] {
        auto* call = m_client->removeFromList(listId, ids);
        // Connected before the runner, so the list's new company count is in the model when it reports.
        connect(call, &ApiCall::finished, this, [this, call] {
            if (!call->error().isError())
                m_lists->upsert(call->value());
        });
        return call;
    };
    m_removals->run({item});
}

void CompanyListsPanel::onCompaniesRemoved(const CompanyList& list)
{
    endBusy();
    m_removals->report(this, tr("Remove companies from %1").arg(list.name));
    if (m_removals->countOf(BatchRunner::Result::AlreadyGone) > 0) {
        refresh(); // the list itself is gone: show what Vainu has
        return;
    }
    selectList(list.id);
    loadCompanies();
}
