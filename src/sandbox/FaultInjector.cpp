#include "sandbox/FaultInjector.h"

using namespace Qt::StringLiterals;

QJsonObject FaultInjector::Fault::toJson() const
{
    return QJsonObject {{u"id"_s, id},
                        {u"path_prefix"_s, pathPrefix},
                        {u"count"_s, remaining},
                        {u"status"_s, status > 0 ? QJsonValue(status) : QJsonValue()},
                        {u"retry_after"_s, retryAfterSeconds >= 0 ? QJsonValue(retryAfterSeconds) : QJsonValue()},
                        {u"latency_ms"_s, latencyMs},
                        {u"drop"_s, drop},
                        {u"after_work"_s, afterWork},
                        {u"method"_s, method.isEmpty() ? QJsonValue() : QJsonValue(method)}};
}

std::optional<FaultInjector::Fault> FaultInjector::fromJson(const QJsonObject& json, QString* error)
{
    static const QStringList known = {u"path_prefix"_s, u"count"_s, u"status"_s,     u"retry_after"_s,
                                      u"latency_ms"_s,  u"drop"_s,  u"after_work"_s, u"method"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"Unknown fault setting \"%1\"; use %2."_s.arg(it.key(), known.join(u", "_s));
            return std::nullopt;
        }
    }
    Fault fault;
    fault.pathPrefix = json.value(u"path_prefix"_s).toString(fault.pathPrefix);
    fault.remaining = json.value(u"count"_s).toInt(1);
    fault.status = json.value(u"status"_s).toInt(0);
    fault.retryAfterSeconds = json.value(u"retry_after"_s).toInt(-1);
    fault.latencyMs = json.value(u"latency_ms"_s).toInt(0);
    fault.drop = json.value(u"drop"_s).toBool(false);
    fault.afterWork = json.value(u"after_work"_s).toBool(false);
    fault.method = json.value(u"method"_s).toString().toUpper();
    if (!fault.pathPrefix.startsWith(u'/') || fault.pathPrefix.startsWith(u"/_sandbox"_s))
        *error = u"path_prefix must start with '/' and cannot point at /_sandbox/."_s;
    else if (fault.remaining == 0 || fault.remaining < -1)
        *error = u"count must be a positive number, or -1 for every request until the faults are cleared."_s;
    else if (fault.status != 0 && (fault.status < 100 || fault.status > 599))
        *error = u"status must be an HTTP status code from 100 to 599."_s;
    else if (fault.latencyMs < 0 || fault.latencyMs > 600000)
        *error = u"latency_ms must be from 0 to 600000."_s;
    else if (fault.status == 0 && fault.latencyMs == 0 && !fault.drop)
        *error = u"A fault needs a status, a latency_ms or \"drop\": true."_s;
    if (!error->isEmpty())
        return std::nullopt;
    return fault;
}

int FaultInjector::add(Fault fault)
{
    fault.id = m_nextId++;
    m_faults.append(fault);
    return fault.id;
}

std::optional<FaultInjector::Fault> FaultInjector::take(const QString& path, const QString& method)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& fault = m_faults[i];
        if (!path.startsWith(fault.pathPrefix))
            continue;
        if (!fault.method.isEmpty() && fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        const Fault hit = fault;
        if (fault.remaining > 0 && --fault.remaining == 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray out;
    for (const Fault& fault : m_faults)
        out.append(fault.toJson());
    return out;
}
