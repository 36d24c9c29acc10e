#pragma once

#include "sandbox/SandboxOptions.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QThread;
class SandboxServer;

// Runs a SandboxServer in its own worker thread, so the GUI thread never does the sandbox's work.
// start() blocks only until the server listens or fails (a few milliseconds).
class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxThread() override; // stops the server (saving its state) and joins the thread

    bool start(QString* error = nullptr);
    void stop();
    bool isRunning() const { return m_server != nullptr; }

    // Fixed once start() succeeded; safe from any thread.
    quint16 port() const { return m_port; }
    QUrl apiBaseUrl() const { return m_apiBaseUrl; }
    QUrl controlUrl() const { return m_controlUrl; }
    QString demoApiKey() const { return m_options.demoApiKey; }

    // Thread-safe, fire-and-forget: the work is queued to the sandbox's thread.
    void changeCompanyLater(const QString& businessId, const QJsonObject& fields);
    void startGeneratorLater(double changesPerSecond);
    void stopGeneratorLater();

    // Lives in the worker thread: connect to its signals (queued) or use QMetaObject::invokeMethod.
    SandboxServer* server() const { return m_server; }

signals:
    void deliveryAttempted(const QJsonObject& entry); // forwarded from the worker thread (queued)

private:
    SandboxOptions m_options;
    QThread* m_thread = nullptr;
    SandboxServer* m_server = nullptr;
    quint16 m_port = 0;
    QUrl m_apiBaseUrl;
    QUrl m_controlUrl;
};
