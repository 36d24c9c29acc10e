#pragma once

#include "core/ApiError.h"
#include "core/CustomerRecord.h"

#include <QPointer>
#include <QWidget>

struct PageNotice;
class ApiCall;
class CompanyListsPanel;
class CustomerFilterProxyModel;
class CustomerTableModel;
class EmptyState;
class ErrorBanner;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class VainuClient;

// The Customer data page: the account's customer data objects, a page at a time from the server, with
// their match status; add, edit, delete, CSV import and export; the company lists beside them.
class CustomersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersPage(QWidget* parent = nullptr);

    // Loads the first page with this client, and again whenever it gets one (a profile switch).
    void setClient(VainuClient* client);
    // The server cannot be called (no usable API key, the built-in sandbox did not start): the page and its
    // company lists call nothing and show this notice instead; its button emits unavailableActionTriggered().
    // The next setClient() ends it.
    void showUnavailable(const PageNotice& notice);
    bool isUnavailable() const { return m_unavailable; }

    CustomerTableModel* model() const { return m_model; }
    CompanyListsPanel* listsPanel() const { return m_lists; }
    bool isBusy() const { return m_busy > 0; }
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
    QWidget* buildToolbar();
    QWidget* buildPager();
    void beginBusy();
    void endBusy();
    void updateActions();
    void updateContent();
    void setUnavailableShown(bool shown);
    void openDialog(const CustomerRecord& record);

    VainuClient* m_client = nullptr;
    CustomerTableModel* m_model;
    CustomerFilterProxyModel* m_proxy;
    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_eventsAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    ErrorBanner* m_error = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    EmptyState* m_noMatch = nullptr; // records loaded, but the search or status filter hides them all
    EmptyState* m_unavailableState = nullptr; // in place of everything below the toolbar: no server, no calls
    QWidget* m_toolbar = nullptr;
    QWidget* m_body = nullptr; // the customer table with its pager, and the company lists
    CompanyListsPanel* m_lists = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QLabel* m_pageLabel = nullptr;
    QComboBox* m_pageSizeCombo = nullptr;
    QPointer<ApiCall> m_listCall;
    int m_busy = 0;
    int m_page = 0;
    int m_pageSize = 100;
    qint64 m_total = -1;
    bool m_loadedOnce = false;
    bool m_unavailable = false;
    int m_deletesPending = 0;
    QStringList m_deleteReport;
    QString m_selectAfterLoad;
    int m_deleteFailures = 0;
};
