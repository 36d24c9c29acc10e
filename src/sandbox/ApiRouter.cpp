#include "sandbox/ApiRouter.h"

#include "sandbox/ApiContext.h"

using namespace Qt::StringLiterals;

namespace {

using Handler = SandboxReply (*)(ApiContext&, const SandboxRequest&, const QStringList&);

struct Route
{
    Handler handler = nullptr;
    QStringList methods;
};

// The route for a path's segments, or a route without handler when there is none.
Route findRoute(const QStringList& s)
{
    const qsizetype n = s.size();
    const QString first = s.value(0);
    if (first == u"webhook_configuration") {
        if (n == 1)
            return {&WebhookApi::handle, {u"GET"_s, u"POST"_s}};
        if (n == 2)
            return {&WebhookApi::handle, {u"DELETE"_s}};
    } else if (first == u"customer_data") {
        if (n == 1)
            return {&CustomerDataApi::handle, {u"GET"_s, u"POST"_s}};
        if (n == 2)
            return {&CustomerDataApi::handle, {u"GET"_s, u"PUT"_s, u"PATCH"_s, u"DELETE"_s}};
    } else if (first == u"lists") {
        if (n == 1)
            return {&CompanyListApi::handle, {u"GET"_s, u"POST"_s}};
        if (n == 2)
            return {&CompanyListApi::handle, {u"GET"_s, u"DELETE"_s}};
        if (n == 3 && s.at(2) == u"companies")
            return {&CompanyListApi::handle, {u"GET"_s}};
        if (n == 3 && (s.at(2) == u"add" || s.at(2) == u"remove"))
            return {&CompanyListApi::handle, {u"POST"_s}};
    } else if (first == u"companies" && n == 1) {
        return {&CompaniesApi::handle, {u"GET"_s, u"POST"_s}};
    }
    return {};
}

} // namespace

ApiRouter::ApiRouter(SandboxData& data, std::function<void()> changed)
    : m_data(data)
    , m_changed(std::move(changed))
{ }

SandboxReply ApiRouter::handle(const SandboxRequest& request)
{
    if (!request.path.startsWith(prefix) || !request.path.endsWith(u'/'))
        return SandboxReply::notFound();
    const QStringList segments = request.segmentsAfter(prefix);
    const Route route = findRoute(segments);
    if (!route.handler)
        return SandboxReply::notFound();
    if (!request.hasApiKey || request.apiKey.isEmpty())
        return SandboxReply::detail(401, u"Authentication credentials were not provided."_s);
    const auto key = m_keys.constFind(QString::fromUtf8(request.apiKey));
    if (key == m_keys.cend())
        return SandboxReply::detail(401, u"Invalid API key."_s);
    if (!route.methods.contains(request.method)) {
        SandboxReply reply = SandboxReply::methodNotAllowed(request.method);
        reply.headers.append({"Allow", route.methods.join(u", "_s).toLatin1()});
        return reply;
    }
    ApiContext context {m_data, key.value(), m_changed};
    return route.handler(context, request, segments);
}
