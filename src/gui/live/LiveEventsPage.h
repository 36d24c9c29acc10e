#pragma once

#include "core/Webhook.h"
#include "store/EventExport.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class AppPreferences;
class EventDetailPane;
class ForwardService;
class ForwardingPanel;
class OverviewPanel;
class EventRejectedModel;
class EventTableModel;
class LiveStoreReader;
class QTableView;
class QTimer;
class ReceiverPanel;
class CatchUpService;
class ReceiverService;
class ReceiverSubscription;
class TrayNotifier;
class VainuClient;

namespace Ui {
class LiveEventsPage;
}

// The Live events page: the receiver panel, a warning (with the one-click fix) when no webhook points
// at the running receiver with its secret, for the Sandbox profile the buttons that make the sandbox send
// deliveries, the filter bar, the events table (lazy, filtered, live) beside the detail of the selected
// event, the Overview's charts, the Rejected view, the Forwarding tab, Export and Replay. It composes those
// parts (ui/LiveEventsPage.ui) and keeps them in step; the page's store reads (counters, export, the detail
// pane's) share one reader thread (the Overview has its own).
class LiveEventsPage : public QWidget
{
    Q_OBJECT
public:
    explicit LiveEventsPage(QWidget* parent = nullptr);
    ~LiveEventsPage() override;

    void setService(ReceiverService* service);
    void setCatchUpService(CatchUpService* service); // "Catch up now", progress and the last outcome
    void setClient(VainuClient* client);
    void setForwardService(ForwardService* service); // the Forwarding tab, forward states, Edit and send, Replay
    void setPreferences(AppPreferences* preferences);
    ReceiverService* service() const;
    ForwardingPanel* forwardingPanel() const;
    OverviewPanel* overviewPanel() const;

    EventTableModel* model() const { return m_model; }
    EventRejectedModel* rejectedModel() const { return m_rejectedModel; }
    QTableView* table() const;
    EventDetailPane* detailPane() const;
    ReceiverPanel* receiverPanel() const;
    ReceiverSubscription* subscription() const { return m_subscription; }
    bool subscriptionWarningShown() const;

    // Shows only the events of one company: the business id in any of its shapes (2557864-2, 25578642,
    // FI25578642), since a customer record may spell it differently from Vainu's deliveries.
    void showCompany(const QString& businessId);

    // Writes the events the table shows (the filter applied) to a file. exported(count, error) afterwards.
    void exportTo(const QString& path, EventExport::Format format);

public slots:
    void openSubscribeDialog();
    void simulateChange();
    void setStreaming(bool on);
    void showRejected();
    void showOverview();
    void exportFiltered(); // asks for the file (gui/common/FilePicker), then exportTo()
    void replayEvents(); // "Replay to…": the selected events or all the table shows
    void checkSubscription();

signals:
    void statusMessage(const QString& message);
    void exported(qint64 count, const QString& error);
    void customerRecordRequested(const QString& uniqueId);
    // A webhook now delivers to this receiver: the list of webhooks has changed.
    void receiverSubscribed();
    // "Set the public URL…": the profile's receiver settings (Settings > Receiver).
    void receiverSettingsRequested();

private:
    void setUpViews();
    void connectParts();
    void onServiceChanged();
    void onRowsAppended(int count);
    void refreshCounters();
    void updateStatus();
    void updateEmptyState();
    bool needsPublicUrl() const; // a Vainu profile whose receiver has no public URL yet
    void updateSubscriptionWarning();
    void detectTunnel();

    std::unique_ptr<Ui::LiveEventsPage> m_ui;
    QPointer<ReceiverService> m_service;
    QPointer<VainuClient> m_client;
    QPointer<ForwardService> m_forward;
    EventTableModel* m_model;
    EventRejectedModel* m_rejectedModel;
    // The page's own reads of the store (counters, export) and the detail pane's, one after another on
    // one thread; the models keep the reader threads of their own (src/models).
    std::unique_ptr<LiveStoreReader> m_reader;
    ReceiverSubscription* m_subscription;
    TrayNotifier* m_tray = nullptr;
    QTimer* m_counterTimer;
    bool m_countersInFlight = false;
    QString m_lastListeningUrl;
    // The last check: its answer and every webhook, and the receiver's address through a tunnel found on
    // this computer (empty when none), which may differ from the subscribed one after the tunnel restarted.
    bool m_checkKnown = false;
    bool m_checkSubscribed = false;
    QList<Webhook> m_checkHere;
    QList<Webhook> m_webhooks;
    QUrl m_tunnelReceiverUrl;
    QTimer* m_tunnelTimer;
};
