#include "sandbox/SandboxThread.h"

#include "sandbox/SandboxServer.h"

#include <QMetaObject>
#include <QThread>

SandboxThread::SandboxThread(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{ }

SandboxThread::~SandboxThread()
{
    stop();
}

bool SandboxThread::start(QString* error)
{
    if (m_server) {
        if (error)
            *error = tr("The sandbox is already running.");
        return false;
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("vainu-sandbox"));
    auto* server = new SandboxServer(m_options);
    server->moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QString problem;
    QMetaObject::invokeMethod(
        server, [server, &ok, &problem] { ok = server->start(&problem); }, Qt::BlockingQueuedConnection);
    if (!ok) {
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        if (error)
            *error = problem;
        return false;
    }
    m_server = server;
    m_port = server->port();
    m_apiBaseUrl = server->apiBaseUrl();
    m_controlUrl = server->controlUrl();
    connect(server, &SandboxServer::deliveryAttempted, this, &SandboxThread::deliveryAttempted);
    return true;
}

void SandboxThread::stop()
{
    if (!m_server)
        return;
    SandboxServer* server = std::exchange(m_server, nullptr);
    // Deleted in its own thread: its sockets, timers and network manager belong to that thread.
    QMetaObject::invokeMethod(
        server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SandboxThread::changeCompanyLater(const QString& businessId, const QJsonObject& fields)
{
    if (!m_server)
        return;
    SandboxServer* server = m_server;
    QMetaObject::invokeMethod(server, [server, businessId, fields] {
        QStringList changed;
        QString error;
        server->changeCompany(businessId, fields, &changed, &error);
    });
}

void SandboxThread::startGeneratorLater(double changesPerSecond)
{
    if (m_server)
        QMetaObject::invokeMethod(m_server,
                                  [server = m_server, changesPerSecond] { server->startGenerator(changesPerSecond); });
}

void SandboxThread::stopGeneratorLater()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [server = m_server] { server->stopGenerator(); });
}
