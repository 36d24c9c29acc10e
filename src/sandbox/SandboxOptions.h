#pragma once

#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QString>

// Everything the sandbox can be told at start. Defaults give the documented demo set-up.
struct SandboxOptions
{
    QHostAddress bindAddress = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = an ephemeral port, read it back with SandboxServer::port()
    quint64 seed = 1; // the demo data set is a pure function of this number
    QString stateFile; // empty = in memory only; otherwise loaded at start and saved on change
    QString demoApiKey = QStringLiteral("sandbox-demo-key");
    QString demoUsername = QStringLiteral("demo@example.com");
    QMap<QString, QString> extraKeys; // API key -> username of its owner
    QString demoWebhookUrl = QStringLiteral("http://127.0.0.1:8787/vainu/webhook");
    QString demoWebhookQuery = QStringLiteral("?source=sandbox");
    QList<int> retryDelaysMs = {1000, 5000, 30000, 120000, 600000}; // delay before try 2, 3, ...
    int deliveryTimeoutMs = 10000;
    int maxTries = 5;
    int saveDebounceMs = 300;
    int companyCount = 600;
};
