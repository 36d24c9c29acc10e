#pragma once

#include "sandbox/ApiExchange.h"

class SandboxServer;

// The sandbox's own control surface under /_sandbox/ (never under /api/v2/). No authentication:
// the sandbox listens on 127.0.0.1 unless told otherwise. Routes are listed in docs/sandbox.md.
class ControlApi
{
public:
    explicit ControlApi(SandboxServer& server)
        : m_server(server)
    { }

    SandboxReply handle(const SandboxRequest& request);

private:
    SandboxReply info() const;
    SandboxReply company(const SandboxRequest& request, const QString& businessId);
    SandboxReply changes(const SandboxRequest& request);
    SandboxReply generator(const SandboxRequest& request);
    SandboxReply faults(const SandboxRequest& request);
    SandboxReply deliveries(const SandboxRequest& request);
    SandboxReply reset(const SandboxRequest& request);
    SandboxReply settings(const SandboxRequest& request);

    SandboxServer& m_server;
};
