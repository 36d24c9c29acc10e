#pragma once

#include "core/CustomerRecord.h"
#include "core/csv/CustomerImportReport.h"

#include <QList>
#include <QObject>
#include <QQueue>

#include <array>

class VainuClient;
struct BatchCreateResult;
class ApiError;

// Sends many customer records to Vainu: batch POSTs of up to batchSize records, at most `concurrency` requests
// in flight. A record refused only because its unique id exists already is then PUT (replaced), so importing
// the same file twice updates the records instead of failing or duplicating them.
//
// cancel() stops sending at once: no request starts after it. Requests already in flight are let finish, so
// every outcome says exactly what Vainu received; records never sent stay ImportStatus::NotSent.
class CustomerImporter : public QObject
{
    Q_OBJECT

public:
    explicit CustomerImporter(VainuClient* client, QObject* parent = nullptr);

    void setBatchSize(int size); // clamped to 1..VainuClient::maxBatchSize
    int batchSize() const { return m_batchSize; }
    void setConcurrency(int requests); // clamped to 1..16
    int concurrency() const { return m_concurrency; }

    void start(const QList<CustomerRecord>& records);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    int total() const { return int(m_records.size()); }
    int done() const { return m_done; } // records with a final outcome
    int sent() const { return m_sent; } // records that went out in a batch POST
    int updatesSent() const { return m_updatesSent; } // PUTs of records that existed already
    // Records settled so far with that outcome (Created, Updated, Failed), for a running count.
    int countOf(ImportStatus status) const { return m_counts.at(std::size_t(status)); }
    // One per record given to start(), in that order.
    const QList<ImportOutcome>& outcomes() const { return m_outcomes; }

signals:
    void progress(int done, int total); // once per answer from Vainu (a batch or an update), not per record
    void finished(); // once, after start(); also after cancel()

private:
    void pump();
    void sendBatch(int first, int count);
    void sendUpdate(int index);
    void onBatchFinished(int first, int count, const ApiError& error, const BatchCreateResult& result);
    void settle(int index, ImportStatus status, const QString& message = {});
    void finishIfIdle();

    VainuClient* m_client;
    QList<CustomerRecord> m_records;
    QList<ImportOutcome> m_outcomes;
    QQueue<int> m_updates; // records that exist already, to be PUT
    // 100, not 250: each answer is parsed on the caller's (GUI) thread, about 0.1 ms per record here, so a
    // batch of 250 held the event loop 20-30 ms at a time and one of 100 about 10 ms, for 15% less throughput.
    int m_batchSize = 100;
    int m_concurrency = 4;
    int m_nextBatch = 0;
    int m_inFlight = 0;
    int m_done = 0;
    std::array<int, 5> m_counts {}; // per ImportStatus
    int m_sent = 0;
    int m_updatesSent = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
