#include "models/EventModelReader.h"

EventModelReader::EventModelReader(EventHistory* history, QObject* parent)
    : QObject(parent)
    , m_history(history)
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
    // The reader's connection belongs to the reader thread: close it there, then stop the thread.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_reader.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

EventHistoryReader& EventModelReader::reader()
{
    if (!m_reader)
        m_reader = m_history->openReader();
    return *m_reader;
}
