#pragma once

#include "SandboxTestClient.h"
#include "api/ApiConnection.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxServer.h"

#include <memory>

// A real sandbox on an ephemeral loopback port, running in the test's own thread: for tests that look into
// its data or fault injector directly between requests (the event loop serves it while a test waits).
// SandboxFixture is the one for driving widgets.
class LocalSandbox
{
public:
    bool start(const SandboxOptions& options = {})
    {
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        if (!m_server->start(&error)) {
            qWarning("sandbox: %s", qPrintable(error));
            m_server.reset();
            return false;
        }
        return true;
    }
    void stop() { m_server.reset(); }

    SandboxServer* server() const { return m_server.get(); }
    SandboxServer* operator->() const { return m_server.get(); }

    // Back to the seed's data with no faults pending, as a test's init() wants it.
    void resetToSeed(quint64 seed = 1)
    {
        m_server->faults().clear();
        m_server->reset(seed);
    }

    ApiConnection connection(const QString& apiKey) const { return {m_server->apiBaseUrl(), apiKey}; }
    ApiConnection demoConnection() const { return connection(m_server->demoApiKey()); }

    // Plain HTTP to the API with the demo key, and to the control routes ("/_sandbox/...").
    SandboxTestClient apiClient() const
    {
        return SandboxTestClient(m_server->apiBaseUrl(), m_server->demoApiKey().toUtf8());
    }
    SandboxTestClient controlClient() const { return SandboxTestClient(m_server->baseUrl()); }

private:
    std::unique_ptr<SandboxServer> m_server;
};
