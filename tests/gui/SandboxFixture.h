#pragma once

#include "api/ApiConnection.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxThread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaObject>
#include <QTest>

#include <memory>

// A real in-process sandbox on an ephemeral loopback port, for driving the GUI against. One extra key
// belongs to an account with no webhooks at all.
class SandboxFixture
{
public:
    static QString emptyAccountKey() { return QStringLiteral("empty-account-key"); }

    bool start()
    {
        SandboxOptions options;
        options.extraKeys.insert(emptyAccountKey(), QStringLiteral("nobody@example.com"));
        m_thread = std::make_unique<SandboxThread>(options);
        QString error;
        if (!m_thread->start(&error)) {
            qWarning("sandbox: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    ApiConnection demoConnection() const { return {m_thread->apiBaseUrl(), m_thread->demoApiKey()}; }
    ApiConnection emptyConnection() const { return {m_thread->apiBaseUrl(), emptyAccountKey()}; }
    ApiConnection wrongKeyConnection() const { return {m_thread->apiBaseUrl(), QStringLiteral("not-a-key")}; }

    // The next `count` API calls answer with `status` instead of doing their work.
    void failNextCalls(int status, int count = 1)
    {
        SandboxServer* server = m_thread->server();
        QMetaObject::invokeMethod(
            server,
            [server, status, count] {
                FaultInjector::Fault fault;
                fault.status = status;
                fault.remaining = count;
                server->faults().add(fault);
            },
            Qt::BlockingQueuedConnection);
    }

    // Counts the API requests from now on: a fault that only delays each by 1 ms, and counts down while it does.
    void startCountingRequests()
    {
        SandboxServer* server = m_thread->server();
        QMetaObject::invokeMethod(
            server,
            [server] {
                server->faults().clear();
                FaultInjector::Fault counter;
                counter.latencyMs = 1;
                counter.remaining = countingFrom;
                server->faults().add(counter);
            },
            Qt::BlockingQueuedConnection);
    }
    // The API requests since startCountingRequests(); -1 when the counter is gone.
    int requestsCounted() const
    {
        SandboxServer* server = m_thread->server();
        int remaining = -1;
        QMetaObject::invokeMethod(
            server,
            [server, &remaining] {
                const QJsonArray faults = server->faults().toJson();
                if (faults.size() == 1)
                    remaining = faults.first().toObject().value(QStringLiteral("count")).toInt();
            },
            Qt::BlockingQueuedConnection);
        return remaining < 0 ? -1 : countingFrom - remaining;
    }
    void stopCountingRequests()
    {
        SandboxServer* server = m_thread->server();
        QMetaObject::invokeMethod(
            server, [server] { server->faults().clear(); }, Qt::BlockingQueuedConnection);
    }

    void stop() { m_thread.reset(); }

private:
    static constexpr int countingFrom = 100000;
    std::unique_ptr<SandboxThread> m_thread;
};
