#include "gui/webhooks/WebhooksPage.h"

#include "api/VainuClient.h"
#include "gui/common/BatchRunner.h"
#include "gui/common/CompactToolButton.h"
#include "gui/common/EmptyState.h"
#include "gui/common/Icons.h"
#include "gui/common/MessageBox.h"
#include "gui/common/PageNotice.h"
#include "gui/common/PageStateStack.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "models/WebhookFilterProxyModel.h"
#include "models/WebhookTableModel.h"
#include "ui_WebhooksPage.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QResizeEvent>

Q_LOGGING_CATEGORY(lcWebhooksPage, "vainu.gui.webhooks")

using namespace Qt::StringLiterals;

WebhooksPage::WebhooksPage(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhooksPage>())
    , m_model(new WebhookTableModel(this))
    , m_proxy(new WebhookFilterProxyModel(this))
    , m_deletes(new BatchRunner(BatchRunner::Verb::Delete, this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->contentStack->setParts(u"webhooks"_s, m_ui->tablePage, m_ui->emptyState, m_ui->errorBanner, m_ui->busyBar);
    createActions();
    setUpTable();
    setUpEmptyState();

    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateContent();
    });
    connect(m_ui->contentStack, &PageStateStack::retryRequested, this, &WebhooksPage::refresh);
    connect(m_ui->contentStack, &PageStateStack::unavailableActionTriggered, this,
            &WebhooksPage::unavailableActionTriggered);
    connect(m_ui->contentStack, &PageStateStack::unavailableChanged, this,
            [this](bool unavailable) { setChromeVisible(!unavailable); });
    connect(m_deletes, &BatchRunner::progressMessage, this, &WebhooksPage::statusMessage);
    connect(m_deletes, &BatchRunner::statusMessage, this, &WebhooksPage::statusMessage);
    connect(m_deletes, &BatchRunner::finished, this, &WebhooksPage::onDeletesFinished);
    updateActions();
    updateContent();
}

WebhooksPage::~WebhooksPage() = default;

void WebhooksPage::createActions()
{
    m_addAction = new QAction(Icons::themed(u"list-add"_s), tr("&Add…"), this);
    m_addAction->setObjectName(u"addWebhookAction"_s);
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(tr("Add a webhook (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));

    m_deleteAction = new QAction(Icons::themed(u"edit-delete"_s), tr("&Delete"), this);
    m_deleteAction->setObjectName(u"deleteWebhooksAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // Del in the filter box edits the filter
    m_deleteAction->setToolTip(tr("Delete the selected webhooks (Del)"));

    m_refreshAction = new QAction(Icons::themed(u"view-refresh"_s), tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshWebhooksAction"_s);
    m_refreshAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refreshAction->setToolTip(tr("Load the webhooks again from Vainu (F5)"));

    m_copyAction = new QAction(Icons::themed(u"edit-copy"_s), tr("&Copy URL"), this);
    m_copyAction->setObjectName(u"copyWebhookUrlAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setToolTip(tr("Copy the address Vainu posts to, query included (Ctrl+C)"));

    // Secrets in the Query column are masked; this shows them until it is unchecked (or the page reloads them).
    m_showSecretsAction = new QAction(tr("Show &secrets"), this);
    m_showSecretsAction->setObjectName(u"showWebhookSecretsAction"_s);
    m_showSecretsAction->setCheckable(true);
    m_showSecretsAction->setToolTip(tr("Show the secrets in the Query column in clear; they are masked as "
                                       "•••••••• otherwise"));

    m_filterAction = new QAction(tr("&Filter"), this);
    m_filterAction->setShortcut(QKeySequence::Find);

    // Window-wide shortcuts of a page are live only while the page is visible, so they never reach
    // into another page.
    addAction(m_addAction);
    addAction(m_refreshAction);
    addAction(m_filterAction);
    m_ui->webhookTable->addAction(m_deleteAction);
    m_ui->webhookTable->addAction(m_copyAction);

    m_ui->addButton->setDefaultAction(m_addAction);
    m_ui->deleteButton->setDefaultAction(m_deleteAction);
    m_ui->refreshButton->setDefaultAction(m_refreshAction);
    m_ui->copyUrlButton->setDefaultAction(m_copyAction);

    // The table's context menu: the same actions, in toolbar order.
    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_ui->webhookTable->insertAction(m_deleteAction, m_addAction);
    m_ui->webhookTable->addAction(separator);
    m_ui->webhookTable->addAction(m_refreshAction);
    auto* secretsSeparator = new QAction(this);
    secretsSeparator->setSeparator(true);
    m_ui->webhookTable->addAction(secretsSeparator);
    m_ui->webhookTable->addAction(m_showSecretsAction);

    connect(m_addAction, &QAction::triggered, this, &WebhooksPage::addWebhook);
    connect(m_deleteAction, &QAction::triggered, this, &WebhooksPage::deleteSelected);
    connect(m_refreshAction, &QAction::triggered, this, &WebhooksPage::refresh);
    connect(m_copyAction, &QAction::triggered, this, &WebhooksPage::copySelectedUrls);
    connect(m_showSecretsAction, &QAction::toggled, m_model, &WebhookTableModel::setSecretsShown);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
}

void WebhooksPage::setUpTable()
{
    QTableView* table = m_ui->webhookTable;
    table->setModel(m_proxy);
    table->sortByColumn(WebhookTableModel::UrlColumn, Qt::AscendingOrder);
    QHeaderView* header = table->horizontalHeader();
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(WebhookTableModel::UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WebhookTableModel::QueryColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WebhookTableModel::TypeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebhookTableModel::IdColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WebhookTableModel::OwnerColumn, QHeaderView::ResizeToContents);
    header->resizeSection(WebhookTableModel::QueryColumn, 220);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WebhooksPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &WebhooksPage::updateActions);
}

void WebhooksPage::setUpEmptyState()
{
    EmptyState* empty = m_ui->emptyState;
    empty->setIcon(Icons::own(u"webhook-empty"_s));
    empty->setTitle(tr("No webhooks yet"));
    empty->setText(tr("A webhook tells Vainu where to send company changes. Whenever a company you track "
                      "changes, Vainu posts its new details to the address you give here, for example your "
                      "CRM's receiver or the receiver built into this app."));
    empty->setActionText(tr("Add a webhook…"));
    empty->setActionIcon(Icons::themed(u"list-add"_s));
    empty->actionButton()->setObjectName(u"emptyStateAddButton"_s);
    connect(empty, &EmptyState::actionTriggered, this, &WebhooksPage::addWebhook);
}

QList<QAction*> WebhooksPage::pageActions() const
{
    return {m_addAction, m_deleteAction, m_refreshAction, m_copyAction};
}

bool WebhooksPage::isUnavailable() const
{
    return m_ui->contentStack->isUnavailable();
}

bool WebhooksPage::isBusy() const
{
    return m_ui->contentStack->isBusy();
}

void WebhooksPage::setClient(VainuClient* client)
{
    m_ui->contentStack->showContent(); // ends the unavailable notice
    m_client = client;
    m_listedOnce = false;
    m_model->setWebhooks({});
    updateActions();
    updateContent();
    refresh();
}

void WebhooksPage::showUnavailable(const PageNotice& notice)
{
    if (m_listCall) {
        m_listCall->disconnect(this);
        m_listCall->cancel();
        m_ui->contentStack->endBusy();
    }
    m_client = nullptr; // nothing on this page may call the server while it cannot be reached
    m_listedOnce = false;
    m_model->setWebhooks({});
    m_ui->contentStack->showUnavailable(notice);
    updateActions();
    updateContent();
}

void WebhooksPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitToolbar();
}

void WebhooksPage::fitToolbar()
{
    // The buttons share what the filter field (at its minimum), the spacer and the gaps leave over.
    QHBoxLayout* row = m_ui->toolbarLayout;
    QList<CompactToolButton*> buttons;
    for (int i = 0; i < row->count(); ++i) {
        if (auto* button = qobject_cast<CompactToolButton*>(row->itemAt(i)->widget()); button && !button->isHidden())
            buttons.append(button);
    }
    const QMargins margins = layout()->contentsMargins();
    const int spacerWidth = 40; // ui/WebhooksPage.ui's toolbarSpacer
    const int room = width() - margins.left() - margins.right() - m_ui->filterEdit->minimumWidth() - spacerWidth
        - row->spacing() * int(buttons.size() + 1);
    CompactToolButton::fitRow(buttons, room);
}

void WebhooksPage::addToolbarAction(QAction* action, const QString& buttonName)
{
    auto* button = new CompactToolButton(this);
    button->setObjectName(buttonName);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    // After the page's own buttons, before the spacer that pushes the filter to the right.
    int at = m_ui->toolbarLayout->count();
    for (int i = 0; i < m_ui->toolbarLayout->count(); ++i) {
        if (m_ui->toolbarLayout->itemAt(i)->spacerItem()) {
            at = i;
            break;
        }
    }
    m_ui->toolbarLayout->insertWidget(at, button);
    if (isUnavailable())
        button->hide();
    fitToolbar();
}

void WebhooksPage::setChromeVisible(bool visible)
{
    // The toolbar (with any buttons other pages added to it) and the count mean nothing without a server.
    for (int i = 0; i < m_ui->toolbarLayout->count(); ++i) {
        if (QWidget* widget = m_ui->toolbarLayout->itemAt(i)->widget())
            widget->setVisible(visible);
    }
    m_ui->countLabel->setVisible(visible);
    fitToolbar();
}

void WebhooksPage::refresh()
{
    if (!m_client)
        return;
    if (m_listCall) {
        // A newer list answers for both; the older one must not overwrite it later.
        m_listCall->disconnect(this);
        m_listCall->cancel();
        m_ui->contentStack->endBusy();
    }
    if (m_selectAfterList.isEmpty()) {
        for (const Webhook& webhook : selectedWebhooks())
            m_selectAfterList << webhook.id;
    }
    m_ui->contentStack->beginBusy();
    auto* call = m_client->listWebhooks();
    m_listCall = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_listCall = nullptr;
        m_ui->contentStack->endBusy();
        if (call->error().isError())
            onListFailed(call->error());
        else
            onListed(call->value());
    });
}

void WebhooksPage::onListed(const QList<Webhook>& webhooks)
{
    qCDebug(lcWebhooksPage) << "listed" << webhooks.size() << "webhooks";
    m_listedOnce = true;
    m_ui->contentStack->hideError();
    m_model->setWebhooks(webhooks);
    selectIds(m_selectAfterList);
    m_selectAfterList.clear();
    updateContent();
    updateActions();
    emit loaded(webhooks);
}

void WebhooksPage::onListFailed(const ApiError& error)
{
    m_selectAfterList.clear();
    if (error.kind == ApiError::Kind::Cancelled)
        return;
    qCInfo(lcWebhooksPage) << "listing failed:" << ApiError::kindName(error.kind) << error.httpStatus;
    m_ui->contentStack->showError(tr("The webhooks could not be loaded. %1").arg(error.userMessage()));
    updateContent();
    emit loadFailed(error);
}

void WebhooksPage::addWebhook()
{
    if (!m_client)
        return;
    auto* dialog = new AddWebhookDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddWebhookDialog::webhookCreated, this, &WebhooksPage::onWebhookCreated);
    dialog->open();
}

void WebhooksPage::onWebhookCreated(const Webhook& webhook, bool recovered)
{
    emit statusMessage(recovered ? tr("Added the webhook for %1. Vainu's answer was lost, but the webhook is in "
                                      "the list, so it was not added twice.")
                                       .arg(webhook.webhookUrl)
                                 : tr("Added the webhook for %1.").arg(webhook.webhookUrl));
    m_selectAfterList = {webhook.id};
    refresh();
}

void WebhooksPage::deleteSelected()
{
    const QList<Webhook> webhooks = selectedWebhooks();
    if (!m_client || webhooks.isEmpty() || m_deletes->isRunning())
        return;
    QStringList urls;
    for (const Webhook& webhook : webhooks)
        urls << webhook.deliveryUrl().toString();
    const int count = static_cast<int>(webhooks.size());
    const auto answer = MessageBox::confirm(
        this, tr("Delete webhooks"),
        count == 1
            ? tr("Delete this webhook? Vainu stops sending company changes to its address:")
            : tr("Delete these %n webhooks? Vainu stops sending company changes to their addresses:", nullptr, count),
        urls.join(u'\n'), tr("Delete"));
    if (answer != MessageBox::Answer::Accept)
        return;

    QList<BatchRunner::Item> items;
    for (const Webhook& webhook : webhooks) {
        const QString id = webhook.id;
        items.append({webhook.deliveryUrl().toString(), [this, id] { return m_client->deleteWebhook(id); }});
    }
    m_ui->contentStack->beginBusy();
    m_deletes->run(items);
    updateActions();
}

void WebhooksPage::onDeletesFinished()
{
    m_ui->contentStack->endBusy();
    m_deletes->report(this, tr("Delete webhooks"));
    updateActions();
    refresh();
}

void WebhooksPage::copySelectedUrls()
{
    const QList<Webhook> webhooks = selectedWebhooks();
    if (webhooks.isEmpty())
        return;
    QStringList urls;
    for (const Webhook& webhook : webhooks)
        urls << webhook.deliveryUrl().toString(QUrl::FullyEncoded);
    QGuiApplication::clipboard()->setText(urls.join(u'\n'));
    emit statusMessage(tr("Addresses copied to the clipboard: %n.", nullptr, static_cast<int>(urls.size())));
}

QList<Webhook> WebhooksPage::selectedWebhooks() const
{
    QList<Webhook> webhooks;
    const QModelIndexList rows = m_ui->webhookTable->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        webhooks << m_model->webhookAt(m_proxy->mapToSource(index).row());
    return webhooks;
}

void WebhooksPage::selectIds(const QStringList& ids)
{
    QItemSelectionModel* selection = m_ui->webhookTable->selectionModel();
    QItemSelection wanted;
    QModelIndex first;
    for (const QString& id : ids) {
        const int row = m_model->rowOfId(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        wanted.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    selection->select(wanted, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_ui->webhookTable->scrollTo(first);
}

void WebhooksPage::updateActions()
{
    const bool hasClient = m_client != nullptr;
    const bool hasSelection = m_ui->webhookTable->selectionModel()->hasSelection();
    m_addAction->setEnabled(hasClient);
    m_refreshAction->setEnabled(hasClient);
    m_deleteAction->setEnabled(hasClient && hasSelection && !m_deletes->isRunning());
    m_copyAction->setEnabled(hasSelection);
}

void WebhooksPage::updateContent()
{
    const int total = m_model->rowCount();
    const bool empty = m_listedOnce && total == 0;
    if (!isUnavailable()) { // the notice stays until the next client
        if (empty)
            m_ui->contentStack->showEmpty();
        else
            m_ui->contentStack->showContent();
    }
    m_ui->filterEdit->setEnabled(!empty);
    if (!m_listedOnce)
        m_ui->countLabel->clear();
    else if (m_proxy->filterText().trimmed().isEmpty())
        m_ui->countLabel->setText(tr("Webhooks: %n", nullptr, total));
    else
        m_ui->countLabel->setText(tr("Webhooks: %n, matching the filter: %1", nullptr, total).arg(m_proxy->rowCount()));
}
