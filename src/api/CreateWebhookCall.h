#pragma once

#include "core/ApiError.h"
#include "core/Webhook.h"

#include <QObject>
#include <QPointer>

class ApiCall;
class VainuClient;

// Creating a webhook, made safe to report. A create is not idempotent: when Vainu's answer is lost (a timeout,
// a dropped connection, a gateway's 502/504, a 2xx answer without an id) the webhook may exist all the same,
// and "try again" would make a duplicate. So after such an answer this lists the webhooks and looks for one
// with the same URL and query: found, the create succeeded (recovered() is true); not found, the create's own
// error stands and a retry is safe. Qt's network stack silently resends a request whose connection closed
// unanswered, so one lost create can leave two webhooks: the ids that matched before the create are read
// first, and new matches beyond the first are deleted again. Like ApiCall: finished() fires once, then the
// object deletes itself.
class CreateWebhookCall : public QObject
{
    Q_OBJECT

public:
    CreateWebhookCall(VainuClient* client, const Webhook& webhook, QObject* parent = nullptr);

    const ApiError& error() const { return m_error; }
    const Webhook& value() const { return m_value; }
    // The answer to the create was lost and the webhook was found in the list afterwards.
    bool recovered() const { return m_recovered; }
    // The answer was lost, and the list read afterwards has no such webhook: trying again is safe.
    bool confirmedNotCreated() const { return m_confirmedNotCreated; }
    // Copies of the webhook that resends of the lost request created, deleted again.
    int duplicatesRemoved() const { return m_duplicatesRemoved; }
    bool isFinished() const { return m_finished; }
    void cancel();

    // Answers after which the webhook may have been created all the same.
    static bool answerMayBeLost(const ApiError& error);
    // The same delivery target: URL (a trailing '/' ignored) and query.
    static bool sameTarget(const Webhook& a, const Webhook& b);

signals:
    void checking(); // the answer was lost; looking whether the webhook exists
    void finished();

private:
    void create();
    void lookUp(const ApiError& createError);
    void removeDuplicates(const Webhook& kept, const QStringList& ids);
    void finish(const ApiError& error, const Webhook& value = {}, bool recovered = false);

    QPointer<VainuClient> m_client;
    Webhook m_webhook;
    QPointer<ApiCall> m_pending;
    ApiError m_error;
    Webhook m_value;
    bool m_recovered = false;
    bool m_confirmedNotCreated = false;
    bool m_beforeKnown = false;
    QStringList m_before; // ids with the same target before the create
    int m_duplicatesRemoved = 0;
    bool m_finished = false;
};
