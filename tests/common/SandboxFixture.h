#pragma once

#include "SandboxTestClient.h"
#include "api/ApiConnection.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxThread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QTest>

#include <memory>

// A real sandbox on an ephemeral loopback port, in a thread of its own as the app runs it, so that the test's
// own thread is free to drive widgets. One extra key always belongs to an account with no webhooks at all.
class SandboxFixture
{
public:
    static QString emptyAccountKey() { return QStringLiteral("empty-account-key"); }

    bool start(SandboxOptions options = {})
    {
        options.extraKeys.insert(emptyAccountKey(), QStringLiteral("nobody@example.com"));
        m_thread = std::make_unique<SandboxThread>(options);
        QString error;
        if (!m_thread->start(&error)) {
            qWarning("sandbox: %s", qPrintable(error));
            m_thread.reset();
            return false;
        }
        return true;
    }
    void stop() { m_thread.reset(); }
    bool isRunning() const { return m_thread != nullptr; }

    SandboxThread* thread() const { return m_thread.get(); }
    QUrl apiBaseUrl() const { return m_thread->apiBaseUrl(); }
    QUrl controlUrl() const { return m_thread->controlUrl(); }
    QString demoApiKey() const { return m_thread->demoApiKey(); }

    ApiConnection connection(const QString& apiKey) const { return {m_thread->apiBaseUrl(), apiKey}; }
    ApiConnection demoConnection() const { return connection(m_thread->demoApiKey()); }
    ApiConnection emptyConnection() const { return connection(emptyAccountKey()); }
    ApiConnection wrongKeyConnection() const { return connection(QStringLiteral("not-a-key")); }

    // The sandbox's own control routes (/_sandbox/...), synchronously; `path` is relative to controlUrl().
    TestResponse control(const QByteArray& method, const QString& path, const QJsonObject& body = {}) const
    {
        SandboxTestClient client(m_thread->controlUrl());
        return client.send(method, path, body.isEmpty() ? QByteArray() : SandboxTestClient::toBytes(body));
    }

    // The next `count` API calls (of `method`, when given) answer with `status` instead of doing their work.
    void failNextCalls(int status, int count = 1, const QString& method = {})
    {
        inServerThread([status, count, method](SandboxServer* server) {
            FaultInjector::Fault fault;
            fault.status = status;
            fault.remaining = count;
            fault.method = method;
            server->faults().add(fault);
        });
    }

    // The next call of `method` does its work (a create creates), then answers `status` (0 = never: the
    // connection drops), so the client does not learn that it succeeded.
    void loseNextAnswer(const QString& method, int status)
    {
        inServerThread([method, status](SandboxServer* server) {
            FaultInjector::Fault fault;
            fault.method = method;
            fault.afterWork = true;
            fault.status = status;
            fault.drop = status == 0;
            server->faults().add(fault);
        });
    }

    // The next `count` API calls wait `latencyMs` before they are answered (a page or dialog stays busy).
    void slowNextCalls(int latencyMs, int count = 1)
    {
        inServerThread([latencyMs, count](SandboxServer* server) {
            FaultInjector::Fault fault;
            fault.latencyMs = latencyMs;
            fault.remaining = count;
            server->faults().add(fault);
        });
    }

    // Counts the API requests from now on: a fault that only delays each by 1 ms, and counts down while it does.
    void startCountingRequests()
    {
        inServerThread([](SandboxServer* server) {
            server->faults().clear();
            FaultInjector::Fault counter;
            counter.latencyMs = 1;
            counter.remaining = countingFrom;
            server->faults().add(counter);
        });
    }
    // The API requests since startCountingRequests(); -1 when the counter is gone.
    int requestsCounted() const
    {
        int remaining = -1;
        inServerThread([&remaining](SandboxServer* server) {
            const QJsonArray faults = server->faults().toJson();
            if (faults.size() == 1)
                remaining = faults.first().toObject().value(QStringLiteral("count")).toInt();
        });
        return remaining < 0 ? -1 : countingFrom - remaining;
    }
    void stopCountingRequests()
    {
        inServerThread([](SandboxServer* server) { server->faults().clear(); });
    }

private:
    // Runs `work` on the sandbox's own thread and waits for it: the server is not thread-safe.
    template <typename Work>
    void inServerThread(Work work) const
    {
        SandboxServer* server = m_thread->server();
        QMetaObject::invokeMethod(
            server, [server, &work] { work(server); }, Qt::BlockingQueuedConnection);
    }

    static constexpr int countingFrom = 100000;
    std::unique_ptr<SandboxThread> m_thread;
};
