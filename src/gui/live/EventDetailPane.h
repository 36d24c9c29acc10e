#pragma once

#include "core/EventRow.h"
#include "store/DeliveryAttempt.h"
#include "store/StoredEvent.h"

#include <QPointer>
#include <QWidget>

class CompanyTimeline;
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
// raw, the headers of every request that carried it, the company's timeline, the company as Get
// Companies returns it now, and "Copy as cURL" to replay the delivery to the receiver.
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

    void setEvent(qint64 id); // 0 clears
    qint64 eventId() const { return m_eventId; }
    const StoredEvent& storedEvent() const { return m_event; }
    FieldDiffView* diffView() const { return m_diff; }
    CompanyTimeline* timeline() const { return m_timeline; }
    QString curlCommand() const;

public slots:
    void fetchCompany();
    void copyAsCurl();

signals:
    void eventLoaded(qint64 id);
    void eventActivated(qint64 id); // chosen in the timeline
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
    };
    void display(const Loaded& loaded);

    LiveStoreReader* m_reader = nullptr;
    QPointer<VainuClient> m_client;
    QPointer<ReceiverService> m_service;
    qint64 m_eventId = 0;
    quint64 m_generation = 0;
    StoredEvent m_event;
    QLabel* m_title;
    QPushButton* m_fetch;
    QPushButton* m_curl;
    QPushButton* m_record;
    QTabWidget* m_tabs;
    FieldDiffView* m_diff;
    QPlainTextEdit* m_payload;
    QPlainTextEdit* m_raw;
    QTreeWidget* m_headers;
    CompanyTimeline* m_timeline;
    QTreeWidget* m_company;
    QLabel* m_companyStatus;
};
