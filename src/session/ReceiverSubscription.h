#pragma once

#include "core/ApiError.h"
#include "core/Webhook.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class ReceiverService;
class VainuClient;

// "Subscribe this receiver" and the check behind its warning. The check lists the account's webhooks
// and tells whether one delivers to the receiver's public URL with its current secret. subscribe()
// creates a webhook to that URL with a fresh secret in `query`, keeps the secret in the keychain
// (which restarts the receiver with it), then optionally deletes the older webhooks that pointed at
// the same receiver. The webhook is created first, so a failure leaves the old set-up working.
class ReceiverSubscription : public QObject
{
    Q_OBJECT
public:
    ReceiverSubscription(VainuClient* client, ReceiverService* service, QObject* parent = nullptr);

    void setClient(VainuClient* client);

    // Same scheme, host, port and path (a trailing '/' ignored).
    static bool pointsAt(const Webhook& webhook, const QUrl& receiverUrl);
    static bool carriesSecret(const Webhook& webhook, const QString& parameter, const QString& secret);

    void check(); // checked(ok, webhooksPointingHere) or checkFailed(error)
    void subscribe(const QUrl& publicUrl, bool removeOthers);
    bool isBusy() const { return m_busy; }

signals:
    void checked(bool subscribed, const QList<Webhook>& pointingHere);
    // Every webhook of the account, from the same check (just before checked()).
    void listed(const QList<Webhook>& webhooks);
    void checkFailed(const ApiError& error);
    void subscribed(const Webhook& webhook, int removed);
    void subscribeFailed(const QString& message);

private:
    void removeOthers(const Webhook& created, const QList<Webhook>& others);

    QPointer<VainuClient> m_client;
    ReceiverService* m_service;
    bool m_busy = false;
};
