#pragma once

#include "api/ApiConnection.h"
#include "api/CompanyQuery.h"
#include "core/ApiError.h"
#include "core/Company.h"
#include "session/CatchUpResult.h"
#include "store/CatchUpChanges.h"
#include "store/CompanySnapshot.h"

#include <QAtomicInteger>
#include <QHash>
#include <QObject>

#include <memory>

class QNetworkAccessManager;
class SnapshotReader;
class VainuClient;

// Tuning of a catch-up run; the defaults follow the API's limits (docs/api-choices.md section 6).
struct CatchUpOptions
{
    int batchSize = 1000; // companies per Get Companies call: the API's largest page
    int maxRetries = 5; // per call, for a dropped connection, a timeout or a server that asks to wait
    int firstRetryDelayMs = 1000; // doubled on each retry; a Retry-After is never undercut
};

// The work of one catch-up run, in a thread of its own so the window never waits for it: pages of
// snapshots from the store (its own read connection to the database file), one Get Companies call per page
// (POST /companies/ with business_id__in), the comparison, and the changes written to a temporary file.
// Recording them is not done here: the worker hands the file to CatchUp (changesReady), which asks the
// EventStore, in the store's own thread, to record them in one transaction, and answers with recorded().
// Created by CatchUp and moved to its thread.
class CatchUpWorker : public QObject
{
    Q_OBJECT

public:
    CatchUpWorker(ApiConnection connection, QString databasePath, CatchUpOptions options);
    ~CatchUpWorker() override;

    void cancel() { m_cancelled.storeRelaxed(1); } // any thread; takes effect at the next step
    Q_INVOKABLE void start();
    // The store's answer to changesReady(): how many events it recorded, or why it could not.
    void recorded(bool ok, qint64 count, const QString& error);

signals:
    void progress(qint64 done, qint64 total);
    // The changes found, in a file that stays until finished(): record them and call recorded().
    void changesReady(const QString& changesFile, const QString& source);
    void finished(const CatchUpResult& result);

private:
    void nextPage();
    void fetch(int offset);
    void onFetched(const ApiError& error, const QList<Company>& companies, qint64 count);
    void comparePage();
    void record();
    void finish(CatchUpResult::Status status, const QString& error = {});
    bool retryable(const ApiError& error) const;

    ApiConnection m_connection;
    QString m_databasePath;
    CatchUpOptions m_options;
    QAtomicInteger<int> m_cancelled = 0;

    QNetworkAccessManager* m_network = nullptr;
    VainuClient* m_client = nullptr;
    std::unique_ptr<SnapshotReader> m_reader;
    CatchUpChanges m_changes;

    CatchUpResult m_result;
    qint64 m_total = 0;
    qint64 m_done = 0;
    QString m_afterKey;
    QList<CompanySnapshot> m_page;
    QHash<QString, QJsonObject> m_found; // business id (upper case) -> the company's fields
    CompanyQuery m_query;
    int m_retries = 0;
    bool m_finished = false;
};
