#pragma once

#include "store/EventExport.h"

#include <QPointer>
#include <QWidget>

class EventDetailPane;
class LiveStoreReader;
class EventRejectedModel;
class EventTableModel;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class EmptyState;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class ReceiverPanel;
class ReceiverService;
class ReceiverSubscription;
class TrayNotifier;
class VainuClient;
class WebhooksPage;

// The Live events page: the receiver panel, a warning (with the one-click fix) when no webhook points
// at the running receiver with its secret, the events table (lazy, filtered, live) beside the detail
// of the selected event, the Rejected view, Export, and for the Sandbox profile a button that makes
// the sandbox change a company so that a delivery arrives.
class LiveEventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LiveEventsPage(QWidget* parent = nullptr);
    ~LiveEventsPage() override;

    void setService(ReceiverService* service);
    void setClient(VainuClient* client);
    // Puts "Subscribe this receiver" on the Webhooks page's toolbar too, and keeps that page and this
    // page's warning in step with each other.
    void addSubscribeAction(WebhooksPage* page);
    ReceiverService* service() const;

    EventTableModel* model() const { return m_model; }
    EventRejectedModel* rejectedModel() const { return m_rejectedModel; }
    QTableView* table() const { return m_table; }
    EventDetailPane* detailPane() const { return m_detail; }
    ReceiverPanel* receiverPanel() const { return m_panel; }
    ReceiverSubscription* subscription() const { return m_subscription; }
    bool subscriptionWarningShown() const;

    // Shows only the events of one company: the business id in any of its shapes (2557864-2, 25578642,
    // FI25578642), since a customer record may spell it differently from Vainu's deliveries.
    void showCompany(const QString& businessId);

    // Writes the events the table shows (the filter applied) to a file. done(count, error) afterwards.
    void exportTo(const QString& path, EventExport::Format format);

public slots:
    void openSubscribeDialog();
    void simulateChange();
    void setStreaming(bool on);
    void showRejected();
    void exportFiltered();
    void checkSubscription();

signals:
    void statusMessage(const QString& message);
    void exported(qint64 count, const QString& error);
    void customerRecordRequested(const QString& uniqueId);

private:
    QWidget* buildFilterBar();
    QWidget* buildSandboxBar();
    void updateMoreFiltersButton();
    void applyFilter();
    void clearFilter();
    void onServiceChanged();
    void onRowsAppended(int count);
    void refreshCounters();
    void updateStatus();
    void updateEmptyState();

    QPointer<ReceiverService> m_service;
    QPointer<VainuClient> m_client;
    EventTableModel* m_model;
    EventRejectedModel* m_rejectedModel;
    LiveStoreReader* m_counterReader = nullptr;
    ReceiverSubscription* m_subscription;
    TrayNotifier* m_tray = nullptr;
    ReceiverPanel* m_panel;
    QFrame* m_warning;
    QLabel* m_warningText;
    QWidget* m_sandboxBar;
    QPushButton* m_simulate;
    QPushButton* m_stream;
    QLineEdit* m_companyFilter;
    QLineEdit* m_businessIdFilter;
    QToolButton* m_moreFiltersButton;
    QWidget* m_moreFilters;
    QComboBox* m_fieldFilter;
    QCheckBox* m_fromCheck;
    QDateTimeEdit* m_from;
    QCheckBox* m_toCheck;
    QDateTimeEdit* m_to;
    QCheckBox* m_autoScroll;
    QTabWidget* m_views;
    QStackedWidget* m_eventsStack; // the table and detail pane, or the empty state
    EmptyState* m_emptyState;
    QTableView* m_table;
    QTableView* m_rejectedTable;
    EventDetailPane* m_detail;
    QLabel* m_status;
    QTimer* m_filterTimer;
    QTimer* m_counterTimer;
    bool m_countersInFlight = false;
    QString m_lastListeningUrl;
    QPointer<WebhooksPage> m_webhooksPage;
};
