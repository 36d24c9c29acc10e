#pragma once

#include "core/ApiError.h"
#include "core/CompanyList.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class AddCompaniesDialog;
class ApiCall;
class BatchRunner;
class CompanyListModel;
class CompanyTableModel;
class ErrorBanner;
class QLabel;
class QPushButton;
class QTableView;
class VainuClient;

namespace Ui {
class CompanyListsPanel;
}

// The account's company lists beside the customer table: the lists, the companies of the selected one (a page
// at a time), and for static lists create, add and remove companies by business id, delete. Dynamic lists
// are saved searches in Vainu: shown read-only, with the reason.
class CompanyListsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyListsPanel(QWidget* parent = nullptr);
    ~CompanyListsPanel() override;

    void setClient(VainuClient* client);
    CompanyListModel* listModel() const { return m_lists; }
    CompanyTableModel* companyModel() const { return m_companies; }
    CompanyList currentList() const;
    bool selectList(const QString& id);
    bool isBusy() const { return m_busy > 0; }

    // The dialog that asks again for the ids the last add left out, while it is open (null otherwise).
    AddCompaniesDialog* retryDialog() const;

public slots:
    void refresh();
    void createList(const QString& name = {}); // asks for the name when empty
    void deleteCurrentList();
    void addCompanies(const QString& pasted = {}); // asks when empty
    void removeSelectedCompanies();

signals:
    void statusMessage(const QString& message);
    void listsLoaded();
    void companiesLoaded();

private:
    void loadCompanies();
    void onListChanged(const CompanyList& list);
    void onListDeleted(const CompanyList& list);
    void onCompaniesRemoved(const CompanyList& list);
    // retry: offer Retry (reload the lists); not for an answer to what the user entered.
    void showError(const QString& what, const ApiError& error, bool retry = true);
    void sendCompanies(const CompanyList& list, const QStringList& ids, QStringList refused, QStringList reasons);
    void finishAdding(const CompanyList& list, int added, const QStringList& refused, const QStringList& reasons);
    void beginBusy();
    void endBusy();
    void updateActions();

    std::unique_ptr<Ui::CompanyListsPanel> m_ui;
    VainuClient* m_client = nullptr;
    CompanyListModel* m_lists;
    CompanyTableModel* m_companies;
    BatchRunner* m_listDeletes;
    BatchRunner* m_removals;
    // Short names for the form's widgets that the panel uses throughout.
    ErrorBanner* m_error = nullptr;
    QTableView* m_listView = nullptr;
    QTableView* m_companyView = nullptr;
    QLabel* m_readOnlyNote = nullptr;
    QLabel* m_pageLabel = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPointer<ApiCall> m_companiesCall;
    QPointer<AddCompaniesDialog> m_retryDialog;
    int m_busy = 0;
    int m_page = 0;
    qint64 m_companyTotal = -1;
    static constexpr int pageSize = 50;
};
