#pragma once

#include "core/ApiError.h"
#include "core/Webhook.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

struct PageNotice;
class ApiCall;
class BatchRunner;
class QAction;
class VainuClient;
class WebhookFilterProxyModel;
class WebhookTableModel;

namespace Ui {
class WebhooksPage;
}

// The account's webhook configurations: list, add, delete, refresh, copy. Every call is asynchronous;
// while one runs the page shows a busy bar, and a failure shows the error banner with Retry.
class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPage(QWidget* parent = nullptr);
    ~WebhooksPage() override;

    // The page lists the webhooks as soon as it has a client, and again whenever it gets another.
    void setClient(VainuClient* client);
    // The server cannot be called (no usable API key, the built-in sandbox did not start): the page calls
    // nothing and shows this notice instead of the table; its button emits unavailableActionTriggered().
    // The next setClient() ends it.
    void showUnavailable(const PageNotice& notice);
    // A window-wide action on the toolbar, after the page's own (a button named `buttonName`, icon only when narrow).
    void addToolbarAction(QAction* action, const QString& buttonName);
    bool isUnavailable() const;

    WebhookTableModel* model() const { return m_model; }
    bool isBusy() const;
    QList<QAction*> pageActions() const;

public slots:
    void refresh();
    void addWebhook();
    void deleteSelected();
    void copySelectedUrls();

signals:
    void loaded(const QList<Webhook>& webhooks);
    void loadFailed(const ApiError& error);
    void statusMessage(const QString& message);
    void unavailableActionTriggered(); // the notice's button ("Enter the API key…", "Retry")

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitToolbar();
    void createActions();
    void setUpTable();
    void setUpEmptyState();
    void setChromeVisible(bool visible);
    void onListed(const QList<Webhook>& webhooks);
    void onListFailed(const ApiError& error);
    void onWebhookCreated(const Webhook& webhook, bool recovered);
    void onDeletesFinished();
    void updateActions();
    void updateContent();
    QList<Webhook> selectedWebhooks() const;
    void selectIds(const QStringList& ids);

    std::unique_ptr<Ui::WebhooksPage> m_ui;
    VainuClient* m_client = nullptr;
    WebhookTableModel* m_model;
    WebhookFilterProxyModel* m_proxy;
    QAction* m_addAction;
    QAction* m_deleteAction;
    QAction* m_refreshAction;
    QAction* m_copyAction;
    QAction* m_filterAction;
    QAction* m_showSecretsAction;
    BatchRunner* m_deletes;
    QPointer<ApiCall> m_listCall;
    bool m_listedOnce = false;
    QStringList m_selectAfterList;
};
