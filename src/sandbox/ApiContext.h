#pragma once

#include "sandbox/ApiExchange.h"
#include "sandbox/SandboxData.h"

#include <functional>

// What an authenticated API handler works with: the state, the caller's account and a hook
// that tells the server the state changed (so it is saved).
struct ApiContext
{
    SandboxData& data;
    QString username;
    std::function<void()> changed;

    SandboxAccount& account() { return data.account(username); }
};

// One handler per resource; each sees the path segments after "/api/v2/" and only methods
// that the router already allowed for that route.
namespace WebhookApi {
SandboxReply handle(ApiContext& context, const SandboxRequest& request, const QStringList& segments);
}
namespace CustomerDataApi {
SandboxReply handle(ApiContext& context, const SandboxRequest& request, const QStringList& segments);
}
namespace CompanyListApi {
SandboxReply handle(ApiContext& context, const SandboxRequest& request, const QStringList& segments);
}
namespace CompaniesApi {
SandboxReply handle(ApiContext& context, const SandboxRequest& request, const QStringList& segments);
}

// Shared by the handlers that page: reads limit (default 20, at most 1000) and offset.
bool readPaging(const QUrlQuery& query, int* limit, int* offset, SandboxReply* error);
