#include "session/CatchUp.h"

#include "store/EventStore.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

CatchUp::CatchUp(ApiConnection connection, EventStore* store, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_store(store)
{
    m_thread.setObjectName(u"CatchUp"_s);
}

CatchUp::~CatchUp()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void CatchUp::start()
{
    if (m_running || m_thread.isRunning())
        return;
    m_running = true;
    EventStore* store = m_store.data();
    if (store == nullptr || !store->isOpen()) {
        CatchUpResult result;
        result.status = CatchUpResult::Status::Failed;
        result.error = tr("The event history is not open.");
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                m_running = false;
                emit finished(result);
            },
            Qt::QueuedConnection);
        return;
    }
    auto* worker = new CatchUpWorker(m_connection, store->databasePath(), m_options);
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &CatchUpWorker::progress, this, &CatchUp::progress);
    connect(worker, &CatchUpWorker::changesReady, this, &CatchUp::record);
    connect(worker, &CatchUpWorker::finished, this, [this](const CatchUpResult& result) {
        m_running = false;
        m_thread.quit(); // the worker is deleted with the thread's last events
        emit finished(result);
    });
    m_thread.start();
    QMetaObject::invokeMethod(worker, &CatchUpWorker::start, Qt::QueuedConnection);
}

void CatchUp::record(const QString& changesFile, const QString& source)
{
    // Here, in the thread the store belongs to; the worker keeps the file until it has the answer.
    const auto answer = [this](bool ok, qint64 count, const QString& error) {
        if (CatchUpWorker* worker = m_worker)
            QMetaObject::invokeMethod(
                worker, [worker, ok, count, error] { worker->recorded(ok, count, error); }, Qt::QueuedConnection);
    };
    EventStore* store = m_store.data();
    if (store == nullptr || !store->isOpen()) {
        answer(false, 0, tr("The event history was closed before the changes could be recorded."));
        return;
    }
    store->recordCatchUp(changesFile, source, this, [answer](const StoreOutcome& outcome) {
        answer(outcome.ok, outcome.recorded, outcome.error);
    });
}

void CatchUp::cancel()
{
    // The worker is deleted only after its thread quits, which happens after m_running went false here.
    if (m_running && m_worker)
        m_worker->cancel();
}

CatchUpResult CatchUp::run()
{
    CatchUpResult outcome;
    QEventLoop loop;
    connect(this, &CatchUp::finished, &loop, [&](const CatchUpResult& result) {
        outcome = result;
        loop.quit();
    });
    start();
    loop.exec();
    m_thread.wait();
    return outcome;
}
