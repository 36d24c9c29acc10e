#pragma once

#include "api/ApiConnection.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxThread.h"

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

    void stop() { m_thread.reset(); }

private:
    std::unique_ptr<SandboxThread> m_thread;
};
