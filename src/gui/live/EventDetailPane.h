#pragma once

#include "core/CurlCommand.h"
#include "core/EventRow.h"
#include "store/CompanyFigures.h"
#include "store/DeliveryAttempt.h"
#include "store/ForwardState.h"
#include "store/StoredEvent.h"

#include <QPointer>
#include <QWidget>

class AppPreferences;
class CompanyHistoryView;
class CompanyTimeline;
class ForwardService;
class QActionGroup;
class QMenu;
class QToolButton;
class LiveStoreReader;
class EventStore;
class FieldDiffView;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class ReceiverService;
class VainuClient;

// Everything about the selected event: the before/after of its fields, the payload formatted and
// raw, the headers of every request that carried it, the company's timeline (a list, or charts of its staff
// and turnover), the company as Get
// Companies returns it now, what became of its forward to each target (state, answer), "Copy as cURL" (for
// POSIX sh, PowerShell or Windows cmd, to the receiver or a forward target) and "Edit and send".
class EventDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit EventDetailPane(QWidget* parent = nullptr);
    ~EventDetailPane() override;

    // The reader of the event store (the Live events page's, shared; not owned); null: no store.
    void setReader(LiveStoreReader* reader);
    void setClient(VainuClient* client);
    void setService(ReceiverService* service);
    void setForwardService(ForwardService* service);
    void setPreferences(AppPreferences* preferences); // remembers the shell of "Copy as cURL"

    void setEvent(qint64 id); // 0 clears
    qint64 eventId() const { return m_eventId; }
    const StoredEvent& storedEvent() const { return m_event; }
    FieldDiffView* diffView() const { return m_diff; }
    CompanyTimeline* timeline() const;
    CompanyHistoryView* history() const { return m_history; } // the Timeline tab: list and charts
    QString curlCommand() const; // for the chosen shell and destination
    // targetId 0: this app's receiver; otherwise the forward target's URL, with the headers a forward carries.
    QString curlCommand(CurlCommand::Shell shell, qint64 targetId) const;
    CurlCommand::Shell curlShell() const { return m_shell; }
    void setCurlShell(CurlCommand::Shell shell);
    void setCurlTarget(qint64 targetId) { m_curlTarget = targetId; }
    QMenu* curlMenu() const { return m_curlMenu; }

public slots:
    void fetchCompany();
    void copyAsCurl();
    void editAndSend(); // opens the Edit and send dialog on the event

signals:
    void eventLoaded(qint64 id);
    void eventActivated(qint64 id); // chosen in the timeline or its chart
    // "Customer record": the record whose unique_id the delivery carried (it tracks the company).
    void customerRecordRequested(const QString& uniqueId);
    void statusMessage(const QString& message);

private:
    struct Loaded
    {
        bool found = false;
        StoredEvent event;
        QList<DeliveryAttempt> attempts;
        QList<EventRow> timeline;
        QList<CompanyFigures> figures;
    };
    void display(const Loaded& loaded);
    void showForwardStates(qint64 eventId, const QList<ForwardState>& states);
    void rebuildCurlMenu();

    LiveStoreReader* m_reader = nullptr;
    QPointer<VainuClient> m_client;
    QPointer<ReceiverService> m_service;
    qint64 m_eventId = 0;
    quint64 m_generation = 0;
    StoredEvent m_event;
    QLabel* m_title;
    QPushButton* m_fetch;
    QToolButton* m_curl;
    QMenu* m_curlMenu;
    QPushButton* m_editSend;
    QPointer<ForwardService> m_forward;
    AppPreferences* m_preferences = nullptr;
    CurlCommand::Shell m_shell = CurlCommand::platformDefault();
    qint64 m_curlTarget = 0;
    QString m_contentType; // of the event's first request
    QList<ForwardState> m_shownStates;
    QPushButton* m_record;
    QTabWidget* m_tabs;
    FieldDiffView* m_diff;
    QPlainTextEdit* m_payload;
    QPlainTextEdit* m_raw;
    QTreeWidget* m_headers;
    CompanyHistoryView* m_history;
    QTreeWidget* m_company;
    QLabel* m_companyStatus;
    QWidget* m_forwardPage;
    QTreeWidget* m_forwardStates;
    QLabel* m_forwardState; // the selected state whole: its target's URL and details (the columns cut them)
    QPlainTextEdit* m_forwardResponse;
};
