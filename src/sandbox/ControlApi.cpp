#include "sandbox/ControlApi.h"

#include "sandbox/ChangeGenerator.h"
#include "sandbox/DeliveryEngine.h"
#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// An optional JSON object body: empty body = {}.
bool objectBody(const SandboxRequest& request, QJsonObject* out, SandboxReply* error)
{
    if (request.body.trimmed().isEmpty())
        return true;
    QJsonValue value;
    if (!parseJsonBody(request.body, &value, error))
        return false;
    if (!value.isObject()) {
        *error = SandboxReply::detail(400, u"Expected a JSON object."_s);
        return false;
    }
    *out = value.toObject();
    return true;
}

bool allowed(const SandboxRequest& request, const QStringList& methods, SandboxReply* error)
{
    if (methods.contains(request.method))
        return true;
    *error = SandboxReply::methodNotAllowed(request.method);
    error->headers.append({"Allow", methods.join(u", "_s).toLatin1()});
    return false;
}

QJsonArray delaysJson(const QList<int>& delays)
{
    QJsonArray out;
    for (int delay : delays)
        out.append(delay);
    return out;
}

} // namespace

SandboxReply ControlApi::handle(const SandboxRequest& request)
{
    if (!request.path.endsWith(u'/'))
        return SandboxReply::notFound();
    const QStringList s = request.segmentsAfter(u"/_sandbox/");
    const QString first = s.value(0);
    SandboxReply error;
    if (s.isEmpty())
        return allowed(request, {u"GET"_s}, &error) ? info() : error;
    if (first == u"companies" && s.size() == 2)
        return allowed(request, {u"GET"_s, u"POST"_s, u"PATCH"_s}, &error) ? company(request, s.at(1)) : error;
    if (s.size() != 1)
        return SandboxReply::notFound();
    if (first == u"changes")
        return allowed(request, {u"POST"_s}, &error) ? changes(request) : error;
    if (first == u"generator")
        return allowed(request, {u"GET"_s, u"POST"_s, u"DELETE"_s}, &error) ? generator(request) : error;
    if (first == u"faults")
        return allowed(request, {u"GET"_s, u"POST"_s, u"DELETE"_s}, &error) ? faults(request) : error;
    if (first == u"deliveries")
        return allowed(request, {u"GET"_s, u"DELETE"_s}, &error) ? deliveries(request) : error;
    if (first == u"reset")
        return allowed(request, {u"POST"_s}, &error) ? reset(request) : error;
    if (first == u"settings")
        return allowed(request, {u"GET"_s, u"POST"_s}, &error) ? settings(request) : error;
    return SandboxReply::notFound();
}

SandboxReply ControlApi::info() const
{
    const SandboxOptions& options = m_server.options();
    QJsonArray usernames;
    for (const QString& username : m_server.data().accounts.keys())
        usernames.append(username);
    return SandboxReply::json(200,
                              QJsonObject {{u"api_base_url"_s, m_server.apiBaseUrl().toString()},
                                           {u"control_url"_s, m_server.controlUrl().toString()},
                                           {u"port"_s, m_server.port()},
                                           {u"seed"_s, QString::number(options.seed)},
                                           {u"demo_api_key"_s, options.demoApiKey},
                                           {u"demo_username"_s, options.demoUsername},
                                           {u"accounts"_s, usernames},
                                           {u"companies"_s, m_server.data().companies.size()},
                                           {u"state_file"_s, options.stateFile},
                                           {u"deliveries_pending"_s, m_server.deliveries().pendingCount()}});
}

SandboxReply ControlApi::company(const SandboxRequest& request, const QString& businessId)
{
    const qsizetype index = m_server.data().findCompany(businessId);
    if (index < 0)
        return SandboxReply::detail(404, u"No company with business id %1 in the data set."_s.arg(businessId));
    if (request.method == u"GET")
        return SandboxReply::json(200, m_server.data().companies.at(index));
    QJsonObject fields;
    SandboxReply error;
    if (!objectBody(request, &fields, &error))
        return error;
    QStringList changed;
    QString problem;
    const int deliveries = m_server.changeCompany(businessId, fields, &changed, &problem);
    if (deliveries < 0)
        return SandboxReply::detail(400, problem);
    return SandboxReply::json(200,
                              QJsonObject {{u"company"_s, m_server.data().companies.at(index)},
                                           {u"changed_fields"_s, QJsonArray::fromStringList(changed)},
                                           {u"deliveries"_s, deliveries}});
}

SandboxReply ControlApi::changes(const SandboxRequest& request)
{
    QJsonObject body;
    SandboxReply error;
    if (!objectBody(request, &body, &error))
        return error;
    const int count = body.value(u"count"_s).toInt(1);
    if (count < 1 || count > 10000)
        return SandboxReply::detail(400, u"count must be from 1 to 10000."_s);
    int deliveries = 0;
    for (int i = 0; i < count; ++i)
        deliveries += m_server.makeRandomChange();
    return SandboxReply::json(200, QJsonObject {{u"changes"_s, count}, {u"deliveries"_s, deliveries}});
}

SandboxReply ControlApi::generator(const SandboxRequest& request)
{
    ChangeGenerator& generator = m_server.generator();
    if (request.method == u"DELETE") {
        generator.stop();
    } else if (request.method == u"POST") {
        QJsonObject body;
        SandboxReply error;
        if (!objectBody(request, &body, &error))
            return error;
        const double rate = body.value(u"rate"_s).toDouble(-1);
        if (rate == 0)
            generator.stop();
        else if (!m_server.startGenerator(rate))
            return SandboxReply::fieldError(u"rate"_s,
                                            u"Give the changes per second as a number above 0, at most 10000."_s);
    }
    return SandboxReply::json(200,
                              QJsonObject {{u"running"_s, generator.isRunning()},
                                           {u"rate"_s, generator.rate()},
                                           {u"changes_made"_s, generator.changesMade()}});
}

SandboxReply ControlApi::faults(const SandboxRequest& request)
{
    FaultInjector& faults = m_server.faults();
    if (request.method == u"DELETE") {
        faults.clear();
        return SandboxReply::noContent();
    }
    if (request.method == u"POST") {
        QJsonObject body;
        SandboxReply error;
        if (!objectBody(request, &body, &error))
            return error;
        QString problem;
        const std::optional<FaultInjector::Fault> fault = FaultInjector::fromJson(body, &problem);
        if (!fault)
            return SandboxReply::detail(400, problem);
        FaultInjector::Fault added = *fault;
        added.id = faults.add(*fault);
        return SandboxReply::json(201, added.toJson());
    }
    return SandboxReply::json(200, QJsonObject {{u"results"_s, faults.toJson()}});
}

SandboxReply ControlApi::deliveries(const SandboxRequest& request)
{
    DeliveryEngine& engine = m_server.deliveries();
    if (request.method == u"DELETE") {
        engine.clearLog();
        return SandboxReply::noContent();
    }
    bool ok = true;
    const qint64 after
        = request.query.hasQueryItem(u"after"_s) ? request.query.queryItemValue(u"after"_s).toLongLong(&ok) : 0;
    const int limit
        = request.query.hasQueryItem(u"limit"_s) && ok ? request.query.queryItemValue(u"limit"_s).toInt(&ok) : 1000;
    if (!ok || limit < 1)
        return SandboxReply::detail(400, u"Use after=<attempt id> and limit=<1 or more>."_s);
    return SandboxReply::json(200,
                              QJsonObject {{u"pending"_s, engine.pendingCount()},
                                           {u"last_id"_s, engine.lastAttemptId()},
                                           {u"results"_s, engine.log(after, limit)}});
}

SandboxReply ControlApi::reset(const SandboxRequest& request)
{
    QJsonObject body;
    SandboxReply error;
    if (!objectBody(request, &body, &error))
        return error;
    quint64 seed = m_server.options().seed;
    const QJsonValue given = body.value(u"seed"_s);
    bool ok = true;
    if (given.isDouble() && given.toDouble() >= 0 && given.toDouble() < 9e15)
        seed = static_cast<quint64>(given.toDouble());
    else if (given.isString())
        seed = given.toString().toULongLong(&ok);
    else if (!given.isUndefined())
        ok = false;
    if (!ok)
        return SandboxReply::fieldError(u"seed"_s, u"Give the seed as a non-negative integer."_s);
    m_server.reset(seed);
    return info();
}

SandboxReply ControlApi::settings(const SandboxRequest& request)
{
    DeliveryEngine& engine = m_server.deliveries();
    if (request.method == u"POST") {
        QJsonObject body;
        SandboxReply error;
        if (!objectBody(request, &body, &error))
            return error;
        QList<int> delays = engine.retryDelays();
        if (body.contains(u"retry_delays_ms"_s)) {
            delays.clear();
            for (const QJsonValue& delay : body.value(u"retry_delays_ms"_s).toArray()) {
                if (!delay.isDouble() || delay.toInt(-1) < 0)
                    return SandboxReply::fieldError(u"retry_delays_ms"_s, u"Give a list of delays in milliseconds."_s);
                delays.append(delay.toInt());
            }
            if (delays.isEmpty())
                return SandboxReply::fieldError(u"retry_delays_ms"_s, u"Give at least one delay."_s);
        }
        const int timeout = body.value(u"timeout_ms"_s).toInt(engine.timeoutMs());
        const int maxTries = body.value(u"max_tries"_s).toInt(engine.maxTries());
        if (timeout < 1 || timeout > 600000)
            return SandboxReply::fieldError(u"timeout_ms"_s, u"Give a timeout from 1 to 600000 ms."_s);
        if (maxTries < 1 || maxTries > 100)
            return SandboxReply::fieldError(u"max_tries"_s, u"Give a number of tries from 1 to 100."_s);
        engine.setRetryDelays(delays);
        engine.setTimeoutMs(timeout);
        engine.setMaxTries(maxTries);
    }
    return SandboxReply::json(200,
                              QJsonObject {{u"retry_delays_ms"_s, delaysJson(engine.retryDelays())},
                                           {u"timeout_ms"_s, engine.timeoutMs()},
                                           {u"max_tries"_s, engine.maxTries()}});
}
