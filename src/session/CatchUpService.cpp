#include "session/CatchUpService.h"

#include "session/CatchUp.h"
#include "session/ReceiverService.h"
#include "store/EventStore.h"

CatchUpService::CatchUpService(ReceiverService* receiver, QObject* parent)
    : QObject(parent)
    , m_receiver(receiver)
{
    connect(m_receiver, &ReceiverService::changed, this, &CatchUpService::onReceiverChanged);
    // The history is about to be replaced: a run reading it ends first (recording nothing).
    connect(m_receiver, &ReceiverService::storeChanged, this, [this] {
        stopRun();
        m_wasListening = false;
        emit availabilityChanged();
    });
}

CatchUpService::~CatchUpService()
{
    m_run.reset();
}

void CatchUpService::setConnection(const ApiConnection& connection)
{
    if (connection.baseUrl == m_connection.baseUrl && connection.apiKey == m_connection.apiKey)
        return;
    stopRun(); // another account's answers must not be compared with this history
    m_connection = connection;
    emit availabilityChanged();
    if (m_pending && canRun()) {
        m_pending = false;
        start();
    }
}

bool CatchUpService::canRun() const
{
    return m_connection.baseUrl.isValid() && !m_connection.apiKey.isEmpty() && m_receiver->store()
        && m_receiver->store()->isOpen();
}

void CatchUpService::onReceiverChanged()
{
    const bool listening = m_receiver->isListening();
    const bool startedNow = listening && !m_wasListening;
    m_wasListening = listening;
    if (!startedNow || !m_runOnStart)
        return;
    if (canRun())
        start();
    else
        m_pending = true;
}

void CatchUpService::start()
{
    if (m_run || !canRun())
        return;
    m_pending = false;
    m_run = std::make_unique<CatchUp>(m_connection, m_receiver->store());
    connect(m_run.get(), &CatchUp::progress, this, &CatchUpService::progress);
    connect(m_run.get(), &CatchUp::finished, this, [this](const CatchUpResult& result) {
        m_lastResult = result;
        m_lastFinished = QDateTime::currentDateTimeUtc();
        // Deleted once this signal has been delivered: its thread is ending.
        if (m_run)
            m_run.release()->deleteLater();
        emit finished(result);
    });
    emit started();
    m_run->start();
}

void CatchUpService::cancel()
{
    if (m_run)
        m_run->cancel();
}

void CatchUpService::stopRun()
{
    if (!m_run)
        return;
    std::unique_ptr<CatchUp> run = std::move(m_run);
    QObject::disconnect(run.get(), nullptr, this, nullptr);
    run.reset(); // cancels and waits for its thread
    CatchUpResult cancelled;
    cancelled.status = CatchUpResult::Status::Cancelled;
    m_lastResult = cancelled;
    m_lastFinished = QDateTime::currentDateTimeUtc();
    emit finished(cancelled);
}
