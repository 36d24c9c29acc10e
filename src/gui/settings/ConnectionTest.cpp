#include "gui/settings/ConnectionTest.h"

#include "api/VainuClient.h"

#include <QNetworkAccessManager>

ConnectionTest::ConnectionTest(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new VainuClient(m_network, this))
{
    // The user is waiting for a yes or no: one attempt, no backing off.
    m_client->setRetryPolicy(RetryPolicy::none());
}

ConnectionTest::~ConnectionTest()
{
    cancel();
}

bool ConnectionTest::isRunning() const
{
    return m_running;
}

void ConnectionTest::cancel()
{
    m_running = false;
    if (!m_call)
        return;
    ApiCall* call = m_call;
    m_call.clear();
    call->disconnect(this);
    call->cancel();
}

void ConnectionTest::start(const ApiConnection& connection)
{
    cancel();
    m_client->setConnection(connection);
    auto* call = m_client->listWebhooks();
    m_call = call;
    m_running = true;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_call.clear();
        m_running = false;
        Outcome outcome;
        outcome.error = call->error();
        outcome.ok = !outcome.error.isError();
        if (outcome.ok) {
            for (const Webhook& webhook : call->value()) {
                if (!webhook.username.isEmpty()) {
                    outcome.username = webhook.username;
                    break;
                }
            }
            outcome.message = outcome.username.isEmpty()
                ? tr("Connected. The key works; the account has no webhooks yet, so its user name is not known.")
                : tr("Connected as %1.").arg(outcome.username);
        } else {
            outcome.message = outcome.error.userMessage(ApiError::ShownIn::Settings); // read in Settings
        }
        emit finished(outcome);
    });
}
