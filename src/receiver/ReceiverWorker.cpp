#include "receiver/ReceiverWorker.h"

#include "core/DeliveryReading.h"
#include "receiver/ConnectionGuard.h"
#include "receiver/GuardedTcpServer.h"
#include "receiver/HttpResponse.h"
#include "store/EventStore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReceiver, "vainu.receiver")

ReceiverWorker::ReceiverWorker(EventStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

ReceiverWorker::~ReceiverWorker()
{
    stop();
}

int ReceiverWorker::openConnections() const
{
    return m_tcp ? m_tcp->openConnections() : 0;
}

void ReceiverWorker::start(const ReceiverSettings& settings)
{
    stop();
    const QString invalid = settings.validate();
    if (!invalid.isEmpty()) {
        emit startFailed(invalid);
        return;
    }
    m_settings = settings;
    auto tcp = std::make_unique<GuardedTcpServer>(settings, [this](const RejectedRequest& r) { logRejected(r); });
    if (settings.usesTls()) {
        // Never a silent fallback to HTTP: files that cannot serve TLS stop the start.
        if (!QSslSocket::supportsSsl()) {
            emit startFailed(tr("HTTPS is not available: the TLS library (OpenSSL) could not be loaded."));
            return;
        }
        TlsCredentials credentials(settings.tlsCertificateFile, settings.tlsKeyFile);
        QString problem;
        if (!credentials.load(&problem)) {
            emit startFailed(tr("The receiver cannot serve HTTPS: %1").arg(problem));
            return;
        }
        tcp->setTls(credentials);
    }
    if (!tcp->listen(settings.address, settings.port)) {
        QString message;
        if (tcp->serverError() == QAbstractSocket::AddressInUseError)
            // The window has no receiver settings yet: the port of a profile is chosen by starting the
            // receiver with --port (--headless). Say what helps wherever the message shows.
            message = tr("Port %1 on %2 is already in use: another program uses it. Stop that program, or run the "
                         "receiver on another port with --port (for example --port %3).")
                          .arg(settings.port)
                          .arg(settings.address.toString())
                          .arg(settings.port == 65535 ? 8788 : settings.port + 1);
        else if (tcp->serverError() == QAbstractSocket::SocketAccessError)
            message = tr("Not allowed to listen on port %1 on %2. Ports below 1024 need administrator rights; "
                         "choose a port above 1024.")
                          .arg(settings.port)
                          .arg(settings.address.toString());
        else
            message = tr("Cannot listen on %1 port %2: %3. Check the address (127.0.0.1 for this machine only).")
                          .arg(settings.address.toString())
                          .arg(settings.port)
                          .arg(tcp->errorString());
        emit startFailed(message);
        return;
    }
    m_http = std::make_unique<QHttpServer>();
    // The guard already answered 404/405 for anything but POST on the path; this is a backstop.
    m_http->setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
        if (auto* guard = ConnectionGuard::of(responder.socket()))
            guard->respond(404, HttpResponse::detailJson(tr("Not found.")));
    });
    m_http->route(settings.path, QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                      // Answers are written by the guard; the responder is not needed after this.
                      handle(request, responder.socket());
                  });
    m_tcp = tcp.release();
    m_http->bind(m_tcp); // takes ownership
    qCInfo(lcReceiver) << "listening on" << m_tcp->serverAddress().toString() << m_tcp->serverPort() << settings.path
                       << (settings.usesTls() ? "(HTTPS)" : "(HTTP)");
    emit listening(m_tcp->serverAddress(), m_tcp->serverPort());
}

void ReceiverWorker::stop()
{
    if (!m_http)
        return;
    m_tcp->close();
    m_tcp = nullptr;
    m_http.reset(); // closes every connection; answers still waiting for the store are dropped
    emit stopped();
}

void ReceiverWorker::handle(const QHttpServerRequest& request, QTcpSocket* socket)
{
    ConnectionGuard* guard = ConnectionGuard::of(socket);
    if (!guard || guard->isClosing())
        return;
    // Every authenticated body is kept before it is answered, whatever its shape: real deliveries may
    // differ from the documented example, and a body answered but not kept would be lost for good.
    const QByteArray body = request.body();
    DeliveryReading reading = DeliveryReading::read(body);
    if (reading.kind == DeliveryReading::Kind::NotJson) {
        refuseKeepingBody(guard, body, reading.problem);
        return;
    }
    IncomingDelivery delivery;
    delivery.change = std::move(reading.change);
    delivery.origin = isTestDelivery(guard->currentHead(), body) ? DeliveryOrigin::Test : reading.origin();
    const bool test = delivery.origin == DeliveryOrigin::Test;
    delivery.problem = reading.problem;
    delivery.rawBody = body;
    delivery.headers = guard->currentHead().headers;
    delivery.remoteAddress = guard->peerAddressText();
    delivery.arrival = guard->currentArrival();
    delivery.query = queryWithoutSecret(guard->currentHead().query, m_settings.secretParameter);
    const QString uniqueId = delivery.change.uniqueId;
    const QString businessId = delivery.change.businessId();
    // The guard is the completion's context: if the connection is gone, the answer is dropped
    // (the delivery is stored all the same, and Vainu's retry will be recorded as an attempt).
    m_store->submit(std::move(delivery), guard, [this, guard, uniqueId, businessId, test](const StoreOutcome& outcome) {
        if (!outcome.ok) {
            qCWarning(lcReceiver) << "could not store a delivery; answering 503:" << outcome.error;
            emit deliveryFailed(outcome.error);
            guard->respond(503, HttpResponse::detailJson(tr("The delivery could not be stored; try again later.")),
                           {{"Retry-After", "5"}});
            return;
        }
        // Written by hand (once per delivery); the same text QJsonDocument gave, keys sorted.
        guard->respond(200,
                       "{\"duplicate\":" + QByteArray(outcome.duplicate ? "true" : "false")
                           + ",\"event_id\":" + QByteArray::number(outcome.eventId) + ",\"status\":\""
                           + QByteArray(test                       ? "stored_test"
                                            : outcome.unrecognised ? "stored_unrecognised"
                                                                   : "stored")
                           + "\"}");
        noteStored({outcome.eventId, uniqueId, businessId, outcome.duplicate, outcome.stale, outcome.unrecognised});
    });
}

QByteArray ReceiverWorker::queryWithoutSecret(const QByteArray& query, const QString& secretParameter)
{
    if (query.isEmpty())
        return {};
    // Split by hand rather than through QUrlQuery, so every other parameter keeps its bytes as sent.
    const QByteArray secretName = secretParameter.toUtf8();
    QByteArray kept;
    for (const QByteArray& item : query.split('&')) {
        const QByteArray name = item.left(item.indexOf('=') < 0 ? item.size() : item.indexOf('='));
        if (name == secretName || QByteArray::fromPercentEncoding(name) == secretName)
            continue;
        if (!kept.isEmpty())
            kept += '&';
        kept += item;
    }
    return kept;
}

bool ReceiverWorker::isTestDelivery(const RequestHead& head, const QByteArray& body)
{
    for (const auto& [name, value] : head.headers) {
        if (name.compare(testHeaderName(), Qt::CaseInsensitive) == 0)
            return value.trimmed() == "1";
    }
    // The marker in the body too, in case a proxy on the way drops unknown headers.
    return body.contains(testBodyMarker());
}

void ReceiverWorker::refuseKeepingBody(ConnectionGuard* guard, const QByteArray& body, const QString& problem)
{
    const QString reason = tr("The body is not JSON: %1").arg(problem);
    RejectedRequest rejected = guard->describe(400, reason);
    rejected.keptBodySize = body.size();
    rejected.body = body;
    // Answered only once the body is committed, like a delivery: 503 when it could not be kept.
    m_store->logRejected(rejected, guard, [this, guard, rejected](const StoreOutcome& outcome) {
        if (!outcome.ok) {
            qCWarning(lcReceiver) << "could not keep a refused body; answering 503:" << outcome.error;
            emit deliveryFailed(outcome.error);
            guard->respond(503, HttpResponse::detailJson(tr("The delivery could not be stored; try again later.")),
                           {{"Retry-After", "5"}});
            return;
        }
        guard->refuse(400, rejected.reason);
        RejectedRequest logged = rejected;
        logged.body.clear(); // listeners need the facts, not a copy of up to a megabyte
        emit requestRejected(logged);
    });
}

void ReceiverWorker::noteStored(StoredDelivery stored)
{
    // The store answers a whole batch in one posted event; the queued call runs right after it.
    if (m_stored.isEmpty())
        QMetaObject::invokeMethod(this, &ReceiverWorker::emitStored, Qt::QueuedConnection);
    m_stored.append(std::move(stored));
}

void ReceiverWorker::emitStored()
{
    emit deliveriesStored(std::exchange(m_stored, {}));
}

void ReceiverWorker::logRejected(const RejectedRequest& rejected)
{
    m_store->logRejected(rejected);
    emit requestRejected(rejected);
}
