#include "models/EventModelReader.h"

#include "store/EventStore.h"

EventModelReader::EventModelReader(EventStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(new QObject)
    , m_alive(std::make_shared<std::atomic_bool>(true))
{
    m_thread.setObjectName(QStringLiteral("vw-event-reader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

EventModelReader::~EventModelReader()
{
    *m_alive = false;
    // The connection belongs to the reader thread: close it there, then stop the thread.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_query.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

EventQuery& EventModelReader::query()
{
    if (!m_query)
        m_query = std::make_unique<EventQuery>(m_store->databasePath());
    return *m_query;
}
