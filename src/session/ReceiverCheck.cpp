#include "session/ReceiverCheck.h"

#include "core/DeliveryOrigin.h"
#include "receiver/WebhookReceiver.h"
#include "store/EventStore.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr const char* receiverHeader = "X-Vainu-Webhooks-Receiver"; // set by the receiver on every answer
constexpr const char* testHeader = "X-Vainu-Webhooks-Test";
constexpr int arrivalWaitMs = 5000; // after our receiver's answer, for its report of the stored delivery

} // namespace

QString ReceiverCheckResult::hopName() const
{
    switch (failed) {
    case Hop::None:
        return {};
    case Hop::Address:
        return u"address"_s;
    case Hop::Dns:
        return u"dns"_s;
    case Hop::Tcp:
        return u"tcp"_s;
    case Hop::Tls:
        return u"tls"_s;
    case Hop::NotOurReceiver:
        return u"http"_s;
    case Hop::Secret:
        return u"secret"_s;
    case Hop::Receiver:
        return u"receiver"_s;
    case Hop::NotArrived:
        return u"arrival"_s;
    }
    return {};
}

QString ReceiverCheckResult::message() const
{
    switch (failed) {
    case Hop::None:
        return tr("The test delivery went through the public URL and arrived at this receiver (event %1).")
            .arg(eventId);
    case Hop::Address:
        return tr("The public URL is not usable: %1 Give an absolute http(s) address such as "
                  "https://example.ngrok-free.app/vainu/webhook.")
            .arg(detail);
    case Hop::Dns:
        return tr("DNS: the host name of the public URL does not resolve (%1). Check the address, or start the "
                  "tunnel that gives it.")
            .arg(detail);
    case Hop::Tcp:
        return tr("TCP: nothing accepted the connection to the public URL (%1). Check that the tunnel or server "
                  "runs and that its port is open.")
            .arg(detail);
    case Hop::Tls:
        return tr("TLS: the HTTPS handshake with the public URL failed (%1). The certificate must be valid for "
                  "the host name and issued by a trusted authority.")
            .arg(detail);
    case Hop::NotOurReceiver:
        return tr("HTTP: something other than this receiver answered the public URL with HTTP %1 (%2). The "
                  "tunnel or proxy runs but does not forward to the receiver's port, or the receiver is stopped.")
            .arg(httpStatus)
            .arg(detail);
    case Hop::Secret:
        return tr("Secret: the receiver refused the test delivery's secret (HTTP %1). Subscribe again so Vainu "
                  "and the receiver share the current secret.")
            .arg(httpStatus);
    case Hop::Receiver:
        return tr("The receiver answered HTTP %1: %2 Check the path of the public URL.").arg(httpStatus).arg(detail);
    case Hop::NotArrived:
        return tr("A Vainu Webhooks receiver accepted the test delivery, but it did not arrive in this receiver's "
                  "history: the public URL leads to another receiver (another computer or profile).");
    }
    return {};
}

ReceiverCheck::ReceiverCheck(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ReceiverCheckResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (QNetworkReply* reply = m_reply.data()) {
            m_timedOut = true;
            reply->abort();
        } else if (m_awaitingArrival) {
            m_awaitingArrival = false;
            ReceiverCheckResult result = m_result;
            result.failed = ReceiverCheckResult::Hop::NotArrived;
            finish(result);
        }
    });
}

ReceiverCheck::~ReceiverCheck()
{
    if (QNetworkReply* reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void ReceiverCheck::setReceiver(const WebhookReceiver* receiver)
{
    disconnect(m_receiverConnection);
    m_receiver = receiver;
    if (receiver)
        m_receiverConnection = connect(receiver, &WebhookReceiver::deliveriesStored, this, &ReceiverCheck::onStored);
}

void ReceiverCheck::onStored(const QList<StoredDelivery>& deliveries)
{
    if (m_result.uniqueId.isEmpty())
        return;
    for (const StoredDelivery& stored : deliveries) {
        if (stored.uniqueId != m_result.uniqueId)
            continue;
        m_arrivedId = stored.eventId;
        if (m_awaitingArrival) {
            m_awaitingArrival = false;
            m_timer.stop();
            ReceiverCheckResult result = m_result;
            result.eventId = m_arrivedId;
            finish(result);
        }
        return;
    }
}

QByteArray ReceiverCheck::testBody(const QString& uniqueId)
{
    const QJsonObject data {
        {u"business_id"_s, u"0000000-0"_s},
        {u"company_name"_s, u"Vainu Webhooks test delivery"_s},
        {u"domain"_s, u"example.com"_s},
        {u"status"_s, u"active"_s},
    };
    const QJsonObject body {
        {u"data"_s, data},          {u"number_of_tries"_s, 1},        {u"type"_s, u"company_change_webhook"_s},
        {u"unique_id"_s, uniqueId}, {u"vainu_webhooks_test"_s, true},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void ReceiverCheck::start(const QUrl& publicUrl, const QString& secretParameter, const QString& secret)
{
    if (isRunning())
        return;
    m_result = {};
    m_arrivedId = 0;
    m_tlsErrors.clear();
    m_timedOut = false;
    m_result.uniqueId = u"vainu-webhooks-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString scheme = publicUrl.scheme().toLower();
    if (!publicUrl.isValid() || publicUrl.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        m_result.failed = ReceiverCheckResult::Hop::Address;
        m_result.detail = publicUrl.isEmpty() ? tr("no public URL is set.")
                                              : tr("\"%1\" is not an http(s) URL.").arg(publicUrl.toDisplayString());
        QMetaObject::invokeMethod(
            this, [this] { finish(m_result); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = publicUrl;
    if (!secret.isEmpty()) {
        QUrlQuery query(url);
        query.removeAllQueryItems(secretParameter);
        query.addQueryItem(secretParameter, QString::fromLatin1(QUrl::toPercentEncoding(secret)));
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(testHeader, "1");
    // A redirect is an answer from something on the way, not a delivery: never followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->post(request, testBody(m_result.uniqueId));
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& error : errors)
            m_tlsErrors.append(error.errorString());
    });
    connect(m_reply, &QNetworkReply::finished, this, &ReceiverCheck::onFinished);
    m_timer.start(m_timeoutMs);
}

ReceiverCheckResult ReceiverCheck::run(const QUrl& publicUrl, const QString& secretParameter, const QString& secret)
{
    QEventLoop loop;
    ReceiverCheckResult outcome;
    const auto connection = connect(this, &ReceiverCheck::finished, &loop, [&](const ReceiverCheckResult& result) {
        outcome = result;
        loop.quit();
    });
    start(publicUrl, secretParameter, secret);
    loop.exec();
    disconnect(connection);
    return outcome;
}

void ReceiverCheck::onFinished()
{
    m_timer.stop();
    QNetworkReply* reply = m_reply;
    m_reply.clear(); // done with the network; an arrival may still be awaited
    reply->deleteLater();
    ReceiverCheckResult result = m_result;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    using Hop = ReceiverCheckResult::Hop;
    if (!status.isValid()) {
        // No HTTP answer: which hop failed.
        switch (reply->error()) {
        case QNetworkReply::HostNotFoundError:
            result.failed = Hop::Dns;
            result.detail = tr("host %1 not found").arg(reply->url().host());
            break;
        case QNetworkReply::SslHandshakeFailedError:
            result.failed = Hop::Tls;
            result.detail = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors.join(u"; "_s);
            break;
        default:
            if (!m_tlsErrors.isEmpty()) {
                result.failed = Hop::Tls;
                result.detail = m_tlsErrors.join(u"; "_s);
            } else {
                result.failed = Hop::Tcp;
                result.detail = m_timedOut ? tr("no answer within %n seconds", nullptr, qMax(1, m_timeoutMs / 1000))
                                           : reply->errorString();
            }
            break;
        }
        finish(result);
        return;
    }
    result.httpStatus = status.toInt();
    const QByteArray body = reply->readAll();
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    if (!reply->hasRawHeader(receiverHeader)) {
        result.failed = Hop::NotOurReceiver;
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        QString server = QString::fromLatin1(reply->rawHeader("Server"));
        result.detail = reason.isEmpty() ? tr("no reason given") : reason;
        if (!server.isEmpty())
            result.detail += u", "_s + tr("server \"%1\"").arg(server);
        finish(result);
        return;
    }
    if (result.httpStatus == 401 || result.httpStatus == 403) {
        result.failed = Hop::Secret;
        result.detail = answer.value(u"detail"_s).toString();
        finish(result);
        return;
    }
    if (result.httpStatus != 200) {
        result.failed = Hop::Receiver;
        result.detail = answer.value(u"detail"_s).toString();
        finish(result);
        return;
    }
    result.eventId = answer.value(u"event_id"_s).toInteger();
    const bool storedAsTest = answer.value(u"status"_s).toString() == u"stored_test"_s;
    if (m_receiver) {
        if (m_arrivedId > 0 && m_arrivedId == result.eventId) {
            finish(result);
            return;
        }
        // The receiver reports what it stored a moment after answering: wait for it.
        m_result = result;
        m_awaitingArrival = true;
        m_timer.start(arrivalWaitMs);
        return;
    }
    if (!m_store) {
        if (!storedAsTest)
            result.failed = Hop::NotArrived;
        finish(result);
        return;
    }
    // The receiver answers only after its commit: a delivery that reached this history is there now.
    const std::optional<StoredEvent> stored = result.eventId > 0 ? m_store->eventById(result.eventId) : std::nullopt;
    if (!stored || stored->origin != DeliveryOrigin::Test || stored->uniqueId != result.uniqueId)
        result.failed = Hop::NotArrived;
    finish(result);
}

void ReceiverCheck::finish(ReceiverCheckResult result)
{
    emit finished(result);
}
