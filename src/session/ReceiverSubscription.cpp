#include "session/ReceiverSubscription.h"

#include "api/CreateWebhookCall.h"
#include "api/VainuClient.h"
#include "secrets/SecretGenerator.h"
#include "session/ReceiverService.h"

#include <QLoggingCategory>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSubscription, "vainu.subscription")

namespace {
QString normalisedPath(const QUrl& url)
{
    QString path = url.path();
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    return path.isEmpty() ? u"/"_s : path;
}
} // namespace

ReceiverSubscription::ReceiverSubscription(VainuClient* client, ReceiverService* service, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_service(service)
{ }

void ReceiverSubscription::setClient(VainuClient* client)
{
    m_client = client;
}

bool ReceiverSubscription::pointsAt(const Webhook& webhook, const QUrl& receiverUrl)
{
    const QUrl url(webhook.webhookUrl);
    if (!url.isValid() || receiverUrl.isEmpty())
        return false;
    const int defaultPort = receiverUrl.scheme() == u"https" ? 443 : 80;
    return url.scheme().compare(receiverUrl.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(receiverUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == receiverUrl.port(defaultPort) && normalisedPath(url) == normalisedPath(receiverUrl);
}

bool ReceiverSubscription::carriesSecret(const Webhook& webhook, const QString& parameter, const QString& secret)
{
    const QUrlQuery query(webhook.deliveryUrl());
    if (secret.isEmpty())
        return true; // the receiver takes every delivery to its path
    return query.hasQueryItem(parameter) && query.queryItemValue(parameter, QUrl::FullyDecoded) == secret;
}

void ReceiverSubscription::check()
{
    if (!m_client)
        return;
    auto* call = m_client->listWebhooks();
    connect(call, &ApiCall::finished, this, [this, call] {
        if (call->error().isError()) {
            emit checkFailed(call->error());
            return;
        }
        emit listed(call->value());
        const QUrl target = m_service->publicUrl();
        QList<Webhook> here;
        bool ok = false;
        for (const Webhook& webhook : call->value()) {
            if (!pointsAt(webhook, target))
                continue;
            here.append(webhook);
            ok = ok || carriesSecret(webhook, m_service->secretParameter(), m_service->secret());
        }
        emit checked(ok, here);
    });
}

void ReceiverSubscription::subscribe(const QUrl& publicUrl, bool removeOthersToo)
{
    if (!m_client || m_busy)
        return;
    if (!publicUrl.isValid() || publicUrl.isRelative()
        || (publicUrl.scheme() != u"http" && publicUrl.scheme() != u"https")) {
        emit subscribeFailed(tr("Enter the public http:// or https:// address that reaches this receiver, for "
                                "example the address of a tunnel to port %1.")
                                 .arg(m_service->settings().port));
        return;
    }
    m_busy = true;
    const QString secret = generateSecret();
    Webhook webhook;
    webhook.webhookUrl = publicUrl.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
    webhook.query = u"?"_s + m_service->secretParameter() + u'=' + secret;
    webhook.type = Webhook::companyChangeType();
    // The webhooks to replace: known before the new one exists.
    auto* list = m_client->listWebhooks();
    connect(list, &ApiCall::finished, this, [this, list, webhook, secret, publicUrl, removeOthersToo] {
        QList<Webhook> others;
        if (!list->error().isError() && removeOthersToo) {
            for (const Webhook& existing : list->value()) {
                if (pointsAt(existing, publicUrl) || pointsAt(existing, m_service->publicUrl()))
                    others.append(existing);
            }
        }
        // Not idempotent: a lost answer is checked against the list, so a retry never makes a duplicate.
        auto* create = new CreateWebhookCall(m_client, webhook, this);
        connect(create, &CreateWebhookCall::finished, this, [this, create, secret, others, publicUrl] {
            if (create->error().isError()) {
                m_busy = false;
                emit subscribeFailed(
                    create->confirmedNotCreated()
                        ? tr("The webhook could not be created: %1 It is not in Vainu's list, so "
                             "it is safe to try again.")
                              .arg(create->error().userMessage())
                        : tr("The webhook could not be created: %1").arg(create->error().userMessage()));
                return;
            }
            const Webhook created = create->value();
            // The address that now works is the profile's from here on: the drift check looks for it.
            if (const QString error
                = m_service->savePublicUrl(publicUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment));
                !error.isEmpty())
                qCWarning(lcSubscription) << "the public URL could not be saved:" << error;
            m_service->replaceSecret(secret, this, [this, created, others](const QString& warning) {
                if (!warning.isEmpty())
                    emit subscribeFailed(
                        tr("The webhook was created, but the secret could not be kept in the keychain: %1")
                            .arg(warning));
                removeOthers(created, others);
            });
        });
    });
}

void ReceiverSubscription::removeOthers(const Webhook& created, const QList<Webhook>& others)
{
    if (others.isEmpty()) {
        m_busy = false;
        emit subscribed(created, 0);
        return;
    }
    auto remaining = std::make_shared<int>(int(others.size()));
    auto removed = std::make_shared<int>(0);
    for (const Webhook& other : others) {
        auto* call = m_client->deleteWebhook(other.id);
        connect(call, &ApiCall::finished, this, [this, call, created, remaining, removed] {
            if (!call->error().isError())
                ++*removed;
            if (--*remaining == 0) {
                m_busy = false;
                emit subscribed(created, *removed);
            }
        });
    }
}
