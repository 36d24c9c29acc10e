#pragma once

#include "core/ApiError.h"
#include "core/CustomerRecord.h"

#include <QPointer>
#include <QWidget>

#include <memory>

struct PageNotice;
class ApiCall;
class BatchRunner;
class CompanyListsPanel;
class CustomerFilterProxyModel;
class CustomerTableModel;
class QAction;
class VainuClient;

namespace Ui {
class CustomersPage;
}

// The Customer data page: the account's customer data objects, a page at a time from the server, with
// their match status; add, edit, delete, CSV import and export; the company lists beside them.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(QWidget* parent = nullptr);
    ~CustomersPage() override;

    // Loads the first page with this client, and again whenever it gets one (a profile switch).
    void setClient(VainuClient* client);
    // The server cannot be called (no usable API key, the built-in sandbox did not start): the page and its
    // company lists call nothing and show this notice instead; its button emits unavailableActionTriggered().
    // The next setClient() ends it.
    void showUnavailable(const PageNotice& notice);
    bool isUnavailable() const;

    CustomerTableModel* model() const { return m_model; }
    CompanyListsPanel* listsPanel() const;
    bool isBusy() const;
    qint64 totalCount() const { return m_total; }
    int pageIndex() const { return m_page; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    QList<CustomerRecord> selectedRecords() const;
    // Selects the record with this unique id when it is on the loaded page (for "open its customer record").
    bool selectRecord(const QString& uniqueId);
    // Opens the record's dialog: from the loaded page when it is there, else fetched from Vainu.
    void openRecord(const QString& uniqueId);

public slots:
    void refresh();
    void addRecord();
    void editSelected();
    void deleteSelected();
    void importCsv(const QString& path = {});
    void exportCsv();
    void nextPage();
    void previousPage();

signals:
    // "Show events": the Live events page filters its table to this company.
    void showEventsRequested(const QString& businessId);
    void statusMessage(const QString& message);
    void loaded();
    void unavailableActionTriggered(); // the notice's button ("Enter the API key…", "Retry")

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void setUpToolbar();
    void setUpTable();
    void setUpStates();
    void setUpPager();
    void updateActions();
    void updateContent();
    void openDialog(const CustomerRecord& record);
    void onDeletesFinished();

    std::unique_ptr<Ui::CustomersPage> m_ui;
    VainuClient* m_client = nullptr;
    CustomerTableModel* m_model;
    CustomerFilterProxyModel* m_proxy;
    BatchRunner* m_deletes;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_eventsAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QPointer<ApiCall> m_listCall;
    int m_page = 0;
    int m_pageSize = 100;
    qint64 m_total = -1;
    bool m_loadedOnce = false;
    QString m_selectAfterLoad;
};
