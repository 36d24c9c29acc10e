#pragma once

#include "sandbox/ApiExchange.h"

#include <QMap>
#include <QString>

#include <functional>

class SandboxData;

// Answers everything under /api/v2/: finds the route (404), checks the API-Key (401), checks the
// method (405), then hands over to the resource's handler. Route by path first, then method,
// because QHttpServer 6.4's own router answers a wrong method with 404.
class ApiRouter
{
public:
    static constexpr QStringView prefix = u"/api/v2/";

    ApiRouter(SandboxData& data, std::function<void()> changed);

    void setKeys(const QMap<QString, QString>& keyToUsername) { m_keys = keyToUsername; }
    SandboxReply handle(const SandboxRequest& request);

private:
    SandboxData& m_data;
    std::function<void()> m_changed;
    QMap<QString, QString> m_keys;
};
