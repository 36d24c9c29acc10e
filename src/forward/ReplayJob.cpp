#include "forward/ReplayJob.h"

#include "forward/ForwardSender.h"

#include <memory>

// Lives in the replay's thread: resolves the selection on its own read connection and sends one event at a time.
class ReplayWorker : public QObject
{
    Q_OBJECT
public:
    ReplayWorker(QString databasePath, ForwardTarget destination, ReplaySelection selection, int maxResponseBytes)
        : m_path(std::move(databasePath))
        , m_destination(std::move(destination))
        , m_selection(std::move(selection))
        , m_maxResponseBytes(maxResponseBytes)
    { }

    void run()
    {
        m_outbox = std::make_unique<ForwardOutbox>(m_path);
        m_sender = new ForwardSender(m_maxResponseBytes, this);
        QString error;
        if (m_selection.usesFilter()
            && !m_outbox->eventIds(m_selection.since, m_selection.businessId, &m_selection.ids, &error)) {
            finish(false, error);
            return;
        }
        m_total = int(m_selection.payloads.size() + m_selection.ids.size());
        emit started(m_total);
        sendNext();
    }

    void cancel()
    {
        if (m_finished)
            return;
        if (m_sender)
            m_sender->abortAll();
        finish(true, {});
    }

signals:
    void started(int total);
    void eventDone(const ReplayEventResult& result);
    void progress(int done, int total);
    void finished(int delivered, int failed, bool cancelled, const QString& error);

private:
    void sendNext()
    {
        if (m_finished)
            return;
        if (m_done >= m_total) {
            finish(false, {});
            return;
        }
        ForwardPayload payload;
        if (m_done < m_selection.payloads.size()) {
            payload = m_selection.payloads.at(m_done);
        } else {
            const qint64 id = m_selection.ids.at(m_done - m_selection.payloads.size());
            QString error;
            if (!m_outbox->payload(id, &payload, &error)) {
                if (!error.isEmpty()) {
                    finish(false, error);
                    return;
                }
                ReplayEventResult missing;
                missing.eventId = id;
                missing.found = false;
                missing.attempt.error = tr("There is no event %1.").arg(id);
                done(missing);
                return;
            }
        }
        m_sender->send(
            payload, m_destination, 1,
            [this, eventId = payload.eventId, businessId = payload.businessId](const ForwardAttempt& attempt) {
                ReplayEventResult result;
                result.eventId = eventId;
                result.businessId = businessId;
                result.attempt = attempt;
                done(result);
            });
    }

    void done(const ReplayEventResult& result)
    {
        ++m_done;
        (result.attempt.delivered ? m_delivered : m_failed) += 1;
        emit eventDone(result);
        emit progress(m_done, m_total);
        QMetaObject::invokeMethod(this, &ReplayWorker::sendNext, Qt::QueuedConnection);
    }

    void finish(bool cancelled, const QString& error)
    {
        if (m_finished)
            return;
        m_finished = true;
        emit finished(m_delivered, m_failed, cancelled, error);
    }

    QString m_path;
    ForwardTarget m_destination;
    ReplaySelection m_selection;
    int m_maxResponseBytes;
    std::unique_ptr<ForwardOutbox> m_outbox;
    ForwardSender* m_sender = nullptr;
    int m_total = 0;
    int m_done = 0;
    int m_delivered = 0;
    int m_failed = 0;
    bool m_finished = false;
};

ReplayJob::ReplayJob(QString databasePath, ForwardTarget destination, ReplaySelection selection, int maxResponseBytes,
                     QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<ReplayEventResult>();
    m_thread.setObjectName(QStringLiteral("ReplayJob"));
    m_worker
        = new ReplayWorker(std::move(databasePath), std::move(destination), std::move(selection), maxResponseBytes);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ReplayWorker::started, this, &ReplayJob::started);
    connect(m_worker, &ReplayWorker::eventDone, this, &ReplayJob::eventDone);
    connect(m_worker, &ReplayWorker::progress, this, &ReplayJob::progress);
    connect(m_worker, &ReplayWorker::finished, this,
            [this](int delivered, int failed, bool cancelled, const QString& error) {
                m_running = false;
                m_thread.quit();
                emit finished(delivered, failed, cancelled, error);
            });
}

ReplayJob::~ReplayJob()
{
    if (!m_started) {
        delete m_worker;
        return;
    }
    if (m_running) { // still sending: its event loop runs until the worker finishes
        ReplayWorker* worker = m_worker;
        QMetaObject::invokeMethod(
            worker, [worker] { worker->cancel(); }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

bool ReplayJob::isRunning() const
{
    return m_running;
}

void ReplayJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_thread.start();
    ReplayWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->run(); }, Qt::QueuedConnection);
}

void ReplayJob::cancel()
{
    if (!m_running)
        return;
    ReplayWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->cancel(); }, Qt::QueuedConnection);
}

#include "ReplayJob.moc"
