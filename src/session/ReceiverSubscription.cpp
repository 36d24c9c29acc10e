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

struct ReceiverSubscription::Rotation
{
    // The account and the profile it started with: a profile switch meanwhile must not get this secret.
    QPointer<VainuClient> client;
    QString profileId;
    QString secret; // the new one
    QList<Webhook> old; // delivering with the current secret
    QList<Webhook> created;
};

// The query of `webhook` with the secret parameter's value replaced; every other item kept.
static QString withSecret(const Webhook& webhook, const QString& parameter, const QString& secret)
{
    QUrlQuery query(webhook.deliveryUrl());
    query.removeAllQueryItems(parameter);
    query.addQueryItem(parameter, secret);
    return u"?"_s + query.toString(QUrl::FullyEncoded);
}

void ReceiverSubscription::rotate()
{
    if (!m_client || m_busy)
        return;
    if (!m_service->hasSecret()) {
        emit rotateFailed(tr("This receiver has no secret yet: \"Subscribe this receiver\" on the Live events page "
                             "creates one."));
        return;
    }
    m_busy = true;
    auto rotation = std::make_shared<Rotation>();
    rotation->client = m_client;
    rotation->profileId = m_service->profile().id;
    rotation->secret = generateSecret();
    auto* list = m_client->listWebhooks();
    connect(list, &ApiCall::finished, this, [this, list, rotation] {
        if (list->error().isError()) {
            m_busy = false;
            emit rotateFailed(
                tr("The webhooks could not be listed, so nothing was changed: %1").arg(list->error().userMessage()));
            return;
        }
        const QUrl target = m_service->publicUrl();
        for (const Webhook& webhook : list->value()) {
            if (pointsAt(webhook, target) && carriesSecret(webhook, m_service->secretParameter(), m_service->secret()))
                rotation->old.append(webhook);
        }
        createNextCopy(rotation);
    });
}

void ReceiverSubscription::createNextCopy(const std::shared_ptr<Rotation>& rotation)
{
    if (!rotation->client || m_service->profile().id != rotation->profileId) {
        undoCopies(rotation,
                   tr("Another profile was chosen while the secret was being rotated, so it was not "
                      "changed."));
        return;
    }
    if (rotation->created.size() == rotation->old.size()) {
        // Every copy exists: the receiver takes the new secret (and keeps the old one for the grace period).
        m_service->rotateSecret(rotation->secret, this, [this, rotation](const QString& warning) {
            finishRotation(rotation,
                           warning.isEmpty()
                               ? QString()
                               : tr("The new secret is in use, but the keychain could not keep it: %1").arg(warning));
        });
        return;
    }
    Webhook copy = rotation->old.at(rotation->created.size());
    copy.id.clear();
    copy.query = withSecret(copy, m_service->secretParameter(), rotation->secret);
    auto* create = new CreateWebhookCall(rotation->client, copy, this);
    connect(create, &CreateWebhookCall::finished, this, [this, create, rotation] {
        if (create->error().isError()) {
            undoCopies(rotation,
                       tr("The new webhook could not be created, so the secret was not changed: %1")
                           .arg(create->error().userMessage()));
            return;
        }
        rotation->created.append(create->value());
        createNextCopy(rotation);
    });
}

// A create failed: the copies already made would deliver with a secret the receiver never takes.
void ReceiverSubscription::undoCopies(const std::shared_ptr<Rotation>& rotation, const QString& message)
{
    if (rotation->created.isEmpty()) {
        m_busy = false;
        emit rotateFailed(message);
        return;
    }
    if (!rotation->client) {
        m_busy = false;
        emit rotateFailed(message);
        return;
    }
    const Webhook copy = rotation->created.takeLast();
    auto* call = rotation->client->deleteWebhook(copy.id);
    connect(call, &ApiCall::finished, this, [this, call, copy, rotation, message] {
        QString text = message;
        if (call->error().isError())
            text += u' '
                + tr("Delete the webhook %1 too: it was made for the new secret and could not be removed.")
                      .arg(copy.id);
        undoCopies(rotation, text);
    });
}

void ReceiverSubscription::finishRotation(const std::shared_ptr<Rotation>& rotation, const QString& keychainWarning)
{
    auto remaining = std::make_shared<int>(int(rotation->old.size()));
    auto notDeleted = std::make_shared<QStringList>();
    auto done = [this, rotation, notDeleted, keychainWarning] {
        m_busy = false;
        QString warning = keychainWarning;
        if (!notDeleted->isEmpty())
            warning += (warning.isEmpty() ? QString() : u" "_s)
                + tr("The old webhook could not be deleted: delete %n webhook(s) with the old secret yourself "
                     "(id %1) on the Webhooks page.",
                     nullptr, int(notDeleted->size()))
                      .arg(notDeleted->join(u", "_s));
        emit rotated(rotation->created, *notDeleted, warning);
    };
    if (*remaining == 0 || !rotation->client) {
        for (const Webhook& old : std::as_const(rotation->old))
            notDeleted->append(old.id);
        done();
        return;
    }
    for (const Webhook& old : std::as_const(rotation->old)) {
        auto* call = rotation->client->deleteWebhook(old.id);
        connect(call, &ApiCall::finished, this, [call, old, remaining, notDeleted, done] {
            if (call->error().isError())
                notDeleted->append(old.id);
            if (--*remaining == 0)
                done();
        });
    }
}
