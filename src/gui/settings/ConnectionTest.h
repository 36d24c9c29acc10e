#pragma once

#include "api/ApiConnection.h"
#include "core/ApiError.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class QNetworkAccessManager;
class VainuClient;

// "Test connection": one call to the webhook list with a server and key that are not saved yet.
// The API has no "who am I" call, so the account's user name comes from a webhook's owner.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        QString username; // empty when the account has no webhooks yet
        ApiError error;
        QString message; // translated: what the user sees
    };

    explicit ConnectionTest(QObject* parent = nullptr);
    ~ConnectionTest() override;

    void start(const ApiConnection& connection); // cancels a test still running
    void cancel();
    bool isRunning() const;

signals:
    void finished(const ConnectionTest::Outcome& outcome);

private:
    QNetworkAccessManager* m_network;
    VainuClient* m_client;
    QPointer<ApiCall> m_call;
    bool m_running = false;
};
