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

    ApiReply handle(const ApiRequest& request);

private:
    ApiReply info() const;
    ApiReply company(const ApiRequest& request, const QString& businessId);
    ApiReply changes(const ApiRequest& request);
    ApiReply generator(const ApiRequest& request);
    ApiReply faults(const ApiRequest& request);
    ApiReply deliveries(const ApiRequest& request);
    ApiReply reset(const ApiRequest& request);
    ApiReply settings(const ApiRequest& request);

    SandboxServer& m_server;
};
