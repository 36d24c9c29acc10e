#pragma once

#include "core/ForwardTarget.h"
#include "forward/ForwardAttempt.h"
#include "forward/PlainHttpClient.h"
#include "store/ForwardOutbox.h"

#include <QObject>

#include <functional>

class QNetworkAccessManager;

// Sends one event to one URL as Vainu sent it: the same body bytes and Content-Type, the original query string
// only when the target asks for it, X-Vainu-Webhooks-Event-Id, -Attempt and -Origin, then the target's headers.
// The target's timeout bounds the whole exchange and only the first maxResponseBytes of the answer are read.
// Plain http goes through PlainHttpClient, https and URLs with credentials through QNetworkAccessManager.
// Lives in one thread (the forwarder's or a replay's); the forwarder and replays share it.
class ForwardSender : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ForwardAttempt&)>;

    explicit ForwardSender(int maxResponseBytes, QObject* parent = nullptr);
    ~ForwardSender() override; // aborts what is in flight (their Done is not called)

    void send(const ForwardPayload& payload, const ForwardTarget& target, int attempt, Done done);
    void abortAll(); // Done is not called for the aborted ones
    int inFlight() const;

    static QByteArray eventIdHeader() { return QByteArrayLiteral("X-Vainu-Webhooks-Event-Id"); }
    static QByteArray attemptHeader() { return QByteArrayLiteral("X-Vainu-Webhooks-Attempt"); }
    static QByteArray originHeader() { return QByteArrayLiteral("X-Vainu-Webhooks-Origin"); }

private:
    void sendPlain(const QUrl& url, const PlainHttpClient::Headers& headers, const QByteArray& body, int timeoutMs,
                   Done done);
    void sendWithNetworkAccess(const QUrl& url, const PlainHttpClient::Headers& headers, const QByteArray& body,
                               int timeoutMs, Done done);
    static QByteArray userAgent();
    static QString noAnswerWithin(int timeoutMs);

    QNetworkAccessManager* m_network;
    PlainHttpClient* m_plain; // plain http: most targets are a developer's own machine
    int m_maxResponseBytes;
};
