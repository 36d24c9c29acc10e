#pragma once

#include "api/VainuClient.h"
#include "core/Webhook.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <chrono>

// What one finished call reported, copied out in the finished() slot: the call deletes itself afterwards.
template <typename T>
struct Outcome
{
    ApiError error;
    T value {};
    int attempts = 0;
    int finishedSignals = 0;
    QList<qint64> retryDelaysMs;
    bool timedOut = false;
};

// Runs the event loop until the call finishes (or a generous guard expires, reported as timedOut).
template <typename T>
Outcome<T> waitFor(ApiReply<T>* call, std::chrono::milliseconds guard = std::chrono::seconds(30))
{
    Outcome<T> out;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::retrying, &loop,
                     [&out](int, qint64 delayMs) { out.retryDelaysMs.append(delayMs); });
    QObject::connect(call, &ApiCall::finished, &loop, [&out, &loop, call] {
        ++out.finishedSignals;
        out.error = call->error();
        out.value = call->value();
        out.attempts = call->attempts();
        loop.quit();
    });
    QTimer::singleShot(guard, &loop, [&out, &loop] {
        out.timedOut = true;
        loop.quit();
    });
    loop.exec();
    return out;
}

// A VainuClient with a network access manager of its own, as MainWindow gives one to its pages. The manager
// lives in a base constructed first, so the client can be handed it.
struct OwnNetworkAccess
{
    QNetworkAccessManager network;
};
class TestApiClient
    : private OwnNetworkAccess
    , public VainuClient
{
public:
    explicit TestApiClient(const ApiConnection& connection = {})
        : VainuClient(&network)
    {
        setConnection(connection);
    }
};

// Gives the account behind `connection` a webhook to `url` (so that, e.g., its user name can be shown);
// the error of the call, empty when it worked.
inline QString createWebhookFor(const ApiConnection& connection, const QString& url)
{
    TestApiClient client(connection);
    Webhook webhook;
    webhook.webhookUrl = url;
    const Outcome<Webhook> created = waitFor(client.createWebhook(webhook));
    if (created.timedOut)
        return QStringLiteral("no answer");
    return created.error.isError() ? created.error.userMessage() : QString();
}

// One request of the test's own, answered: a barrier after which the sandbox has counted (or failed) every
// request a window sent before it. False when no answer came.
inline bool answeredProbe(const ApiConnection& connection)
{
    TestApiClient probe(connection);
    return !waitFor(probe.listWebhooks(), std::chrono::seconds(20)).timedOut;
}
