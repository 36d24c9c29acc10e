#pragma once

#include "core/ApiError.h"
#include "core/Webhook.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

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
    // Rotating the secret: the webhooks that deliver to the receiver's public URL with its current secret are
    // replaced by copies with a fresh secret (created first; the API has no update), the receiver takes the new
    // secret and keeps the old one for ReceiverService::rotationGracePeriod(), then the old webhooks are deleted.
    // A failed create changes nothing (the copies made so far are deleted again): rotateFailed(). Otherwise
    // rotated() with the new webhooks and the ids of old ones that could not be deleted.
    void rotate();
    bool isBusy() const { return m_busy; }

signals:
    void checked(bool subscribed, const QList<Webhook>& pointingHere);
    // Every webhook of the account, from the same check (just before checked()).
    void listed(const QList<Webhook>& webhooks);
    void checkFailed(const ApiError& error);
    void subscribed(const Webhook& webhook, int removed);
    void subscribeFailed(const QString& message);
    void rotated(const QList<Webhook>& created, const QStringList& notDeletedIds, const QString& warning);
    void rotateFailed(const QString& message);

private:
    void removeOthers(const Webhook& created, const QList<Webhook>& others);
    struct Rotation;
    void createNextCopy(const std::shared_ptr<Rotation>& rotation);
    void undoCopies(const std::shared_ptr<Rotation>& rotation, const QString& message);
    void finishRotation(const std::shared_ptr<Rotation>& rotation, const QString& keychainWarning);

    QPointer<VainuClient> m_client;
    ReceiverService* m_service;
    bool m_busy = false;
};
