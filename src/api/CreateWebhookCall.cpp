#include "api/CreateWebhookCall.h"

#include "api/VainuClient.h"

#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
QString comparableUrl(const QString& url)
{
    return QUrl(url.trimmed()).adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash).toString();
}
} // namespace

CreateWebhookCall::CreateWebhookCall(VainuClient* client, const Webhook& webhook, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_webhook(webhook)
{
    m_webhook.query = Webhook::normaliseQuery(m_webhook.query);
    if (!m_client) {
        QTimer::singleShot(0, this, [this] { finish(ApiError::make(ApiError::Kind::Cancelled)); });
        return;
    }
    // What already has this target: only webhooks beyond these can be this create's.
    auto* list = m_client->listWebhooks();
    m_pending = list;
    connect(list, &ApiCall::finished, this, [this, list] {
        m_pending = nullptr;
        if (list->error().kind == ApiError::Kind::Cancelled) {
            finish(list->error());
            return;
        }
        m_beforeKnown = !list->error().isError();
        for (const Webhook& existing : list->value()) {
            if (sameTarget(existing, m_webhook))
                m_before.append(existing.id);
        }
        create();
    });
}

void CreateWebhookCall::create()
{
    if (!m_client) {
        finish(ApiError::make(ApiError::Kind::Cancelled));
        return;
    }
    auto* call = m_client->createWebhook(m_webhook);
    m_pending = call;
    connect(call, &ApiCall::finished, this, [this, call] {
        m_pending = nullptr;
        const ApiError error = call->error();
        if (!error.isError()) {
            finish({}, call->value());
            return;
        }
        if (answerMayBeLost(error) && m_client) {
            lookUp(error);
            return;
        }
        finish(error);
    });
}

bool CreateWebhookCall::answerMayBeLost(const ApiError& error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
        return true;
    case ApiError::Kind::InvalidResponse: // a 2xx we could not read, such as one without an id
        return error.httpStatus >= 200 && error.httpStatus < 300;
    case ApiError::Kind::ServerError:
    case ApiError::Kind::ServiceUnavailable: // a gateway that gave up waiting for Vainu
        return error.httpStatus == 502 || error.httpStatus == 504;
    default:
        return false;
    }
}

bool CreateWebhookCall::sameTarget(const Webhook& a, const Webhook& b)
{
    return comparableUrl(a.webhookUrl) == comparableUrl(b.webhookUrl)
        && Webhook::normaliseQuery(a.query) == Webhook::normaliseQuery(b.query);
}

void CreateWebhookCall::lookUp(const ApiError& createError)
{
    emit checking();
    auto* list = m_client->listWebhooks();
    m_pending = list;
    connect(list, &ApiCall::finished, this, [this, list, createError] {
        m_pending = nullptr;
        if (list->error().kind == ApiError::Kind::Cancelled) {
            finish(list->error());
            return;
        }
        if (!list->error().isError()) {
            QList<Webhook> created;
            for (const Webhook& webhook : list->value()) {
                if (sameTarget(webhook, m_webhook) && !m_before.contains(webhook.id))
                    created.append(webhook);
            }
            if (!created.isEmpty()) {
                // Lists come in creation order: the first is the create, later ones its resends.
                QStringList extra;
                if (m_beforeKnown) {
                    for (qsizetype i = 1; i < created.size(); ++i)
                        extra.append(created.at(i).id);
                }
                removeDuplicates(created.first(), extra);
                return;
            }
            m_confirmedNotCreated = true;
        }
        // Not there (or the list failed too): the create's own error, and with it the advice to try again.
        finish(createError);
    });
}

void CreateWebhookCall::removeDuplicates(const Webhook& kept, const QStringList& ids)
{
    if (ids.isEmpty() || !m_client) {
        finish({}, kept, true);
        return;
    }
    auto* call = m_client->deleteWebhook(ids.first());
    m_pending = call;
    connect(call, &ApiCall::finished, this, [this, call, kept, rest = ids.mid(1)] {
        m_pending = nullptr;
        if (!call->error().isError())
            ++m_duplicatesRemoved;
        removeDuplicates(kept, rest);
    });
}

void CreateWebhookCall::cancel()
{
    if (m_finished)
        return;
    if (m_pending) {
        m_pending->cancel(); // its finished() reports Cancelled through the handlers above
        return;
    }
    finish(ApiError::make(ApiError::Kind::Cancelled));
}

void CreateWebhookCall::finish(const ApiError& error, const Webhook& value, bool recovered)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_value = value;
    m_recovered = recovered;
    emit finished();
    deleteLater();
}
