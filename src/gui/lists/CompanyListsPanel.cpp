#include "gui/lists/CompanyListsPanel.h"

#include "api/VainuClient.h"
#include "core/BusinessId.h"
#include "gui/common/ErrorBanner.h"
#include "gui/common/MessageBox.h"
#include "models/CompanyListModel.h"
#include "models/CompanyTableModel.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTableView* makeView(const QString& name, QAbstractItemModel* model, QAbstractItemView::SelectionMode mode)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(mode);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

CompanyListsPanel::CompanyListsPanel(QWidget* parent)
    : QWidget(parent)
    , m_lists(new CompanyListModel(this))
    , m_companies(new CompanyTableModel(this))
{
    setObjectName(u"companyListsPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("<b>Company lists</b>"));
    layout->addWidget(title);
    m_error = new ErrorBanner;
    m_error->setObjectName(u"listsErrorBanner"_s);
    layout->addWidget(m_error);

    auto* listButtons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New list…"));
    m_newButton->setObjectName(u"newListButton"_s);
    m_deleteButton = new QPushButton(tr("Delete list"));
    m_deleteButton->setObjectName(u"deleteListButton"_s);
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    layout->addLayout(listButtons);

    m_listView = makeView(u"listTable"_s, m_lists, QAbstractItemView::SingleSelection);
    m_listView->horizontalHeader()->setSectionResizeMode(CompanyListModel::NameColumn, QHeaderView::Stretch);
    m_listView->horizontalHeader()->setStretchLastSection(false);
    m_listView->hideColumn(CompanyListModel::OwnerColumn);
    layout->addWidget(m_listView, 2);

    m_readOnlyNote = new QLabel;
    m_readOnlyNote->setObjectName(u"readOnlyNote"_s);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->setText(tr("This is a dynamic list: a saved search in Vainu. Its companies follow the search, "
                               "so they can only be changed by editing the search in Vainu."));
    // Readable text, set apart by italics only: palette(mid) looked like a disabled label.
    m_readOnlyNote->setStyleSheet(u"font-style: italic;"_s);
    m_readOnlyNote->hide();
    layout->addWidget(m_readOnlyNote);

    auto* companyButtons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&Add companies…"));
    m_addButton->setObjectName(u"addCompaniesButton"_s);
    m_addButton->setToolTip(tr("Paste business ids, as many as you like"));
    m_removeButton = new QPushButton(tr("Remove"));
    m_removeButton->setObjectName(u"removeCompaniesButton"_s);
    companyButtons->addWidget(m_addButton);
    companyButtons->addWidget(m_removeButton);
    companyButtons->addStretch();
    layout->addLayout(companyButtons);

    m_companyView = makeView(u"listCompanyTable"_s, m_companies, QAbstractItemView::ExtendedSelection);
    // The name takes the room; the short columns fit their contents, so the narrow panel needs no side scrolling.
    QHeaderView* companyHeader = m_companyView->horizontalHeader();
    companyHeader->setStretchLastSection(false);
    companyHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    companyHeader->setSectionResizeMode(CompanyTableModel::NameColumn, QHeaderView::Stretch);
    m_companyView->hideColumn(CompanyTableModel::DomainColumn);
    layout->addWidget(m_companyView, 3);

    auto* pager = new QHBoxLayout;
    m_pageLabel = new QLabel;
    m_pageLabel->setObjectName(u"listPageLabel"_s);
    m_pageLabel->setWordWrap(true); // two lines rather than a wider window
    m_previous = new QPushButton(u"◀"_s);
    m_previous->setObjectName(u"listPreviousPageButton"_s);
    m_previous->setToolTip(tr("Previous companies"));
    m_next = new QPushButton(u"▶"_s);
    m_next->setObjectName(u"listNextPageButton"_s);
    m_next->setToolTip(tr("Next companies"));
    pager->addWidget(m_pageLabel, 1);
    pager->addWidget(m_previous);
    pager->addWidget(m_next);
    layout->addLayout(pager);

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

QStringList CompanyListsPanel::parseBusinessIds(const QString& text)
{
    static const QRegularExpression separators(u"[\\s,;]+"_s);
    QStringList ids;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString normalised = BusinessId::normalise(part);
        const QString id = normalised.isEmpty() ? part : normalised;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
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

void CompanyListsPanel::showError(const QString& what, const ApiError& error)
{
    if (error.kind == ApiError::Kind::Cancelled)
        return;
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
    if (!m_client || list.id.isEmpty() || !list.isStatic())
        return;
    if (MessageBox::confirm(this, tr("Delete company list"),
                            tr("Delete the list %1? The companies themselves stay in Vainu.").arg(list.name), {},
                            tr("Delete"))
        != MessageBox::Answer::Accept)
        return;
    beginBusy();
    auto* call = m_client->deleteList(list.id);
    connect(call, &ApiCall::finished, this, [this, call, list] {
        endBusy();
        if (call->error().isError()) {
            showError(tr("The list was not deleted."), call->error());
            return;
        }
        m_lists->removeById(list.id);
        emit statusMessage(tr("Deleted the list %1.").arg(list.name));
    });
}

void CompanyListsPanel::addCompanies(const QString& pasted)
{
    const CompanyList list = currentList();
    if (!m_client || list.id.isEmpty() || !list.isStatic())
        return;
    QString text = pasted;
    if (text.isEmpty()) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Add companies to %1").arg(list.name));
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("Paste business ids, separated by spaces, commas or line breaks:")));
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(u"businessIdsEdit"_s);
        edit->setPlaceholderText(u"2822996-6\n25578642\nNO918443525"_s);
        layout->addWidget(edit);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return;
        text = edit->toPlainText();
    }
    const QStringList ids = parseBusinessIds(text);
    if (ids.isEmpty())
        return;
    beginBusy();
    auto* call = m_client->addToList(list.id, ids);
    connect(call, &ApiCall::finished, this, [this, call, ids] {
        endBusy();
        if (call->error().isError()) {
            showError(tr("No company was added; fix the list of ids and try again."), call->error());
            return;
        }
        m_error->hideError();
        onListChanged(call->value());
        emit statusMessage(tr("Added %n company(s) to %1.", nullptr, int(ids.size())).arg(call->value().name));
    });
}

void CompanyListsPanel::removeSelectedCompanies()
{
    const CompanyList list = currentList();
    QStringList ids;
    for (const QModelIndex& index : m_companyView->selectionModel()->selectedRows())
        ids.append(index.data(CompanyTableModel::BusinessIdRole).toString());
    if (!m_client || ids.isEmpty() || !list.isStatic())
        return;
    beginBusy();
    auto* call = m_client->removeFromList(list.id, ids);
    connect(call, &ApiCall::finished, this, [this, call, ids] {
        endBusy();
        if (call->error().isError()) {
            showError(tr("The companies were not removed."), call->error());
            return;
        }
        onListChanged(call->value());
        emit statusMessage(tr("Removed %n company(s) from %1.", nullptr, int(ids.size())).arg(call->value().name));
    });
}
