#include "api/ApiCall.h"

#include "api/ApiLogging.h"
#include "api/ErrorMapper.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

ApiCall::ApiCall(QObject* parent)
    : QObject(parent)
{
    m_retryTimer.setSingleShot(true);
    // Precise: a coarse timer may fire up to 5 % early, which would undercut the server's Retry-After.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    dropReply();
}

bool ApiCall::acceptsErrorBody(int, const QByteArray&) const
{
    return false;
}

void ApiCall::start(Dispatch dispatch)
{
    m_dispatch = std::move(dispatch);
    m_verb = m_dispatch.verb;
    sendAttempt();
}

void ApiCall::failSoon(const ApiError& error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void ApiCall::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_tooLarge = false;
    QNetworkAccessManager* network = m_dispatch.network;
    const QNetworkRequest& request = m_dispatch.request;
    qCDebug(lcApi) << m_verb << request.url().path() << "attempt" << m_attempts;
    if (m_verb == "GET")
        m_reply = network->get(request);
    else if (m_verb == "DELETE")
        m_reply = network->deleteResource(request);
    else if (m_verb == "POST")
        m_reply = network->post(request, m_dispatch.body);
    else
        m_reply = network->sendCustomRequest(request, m_verb, m_dispatch.body);

    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::checkSize);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::checkSize);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::checkSize()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || m_tooLarge)
        return;
    const qint64 limit = m_dispatch.maxResponseBytes;
    const QVariant declared = reply->header(QNetworkRequest::ContentLengthHeader);
    // The declared length stops a large answer before it is read; bytesAvailable catches one sent without it.
    if ((declared.isValid() && declared.toLongLong() > limit) || reply->bytesAvailable() > limit) {
        qCInfo(lcApi) << m_verb << reply->url().path() << "answer exceeds" << limit << "bytes; aborted";
        m_tooLarge = true;
        reply->abort(); // emits finished(), handled in onReplyFinished()
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    // An aborted reply (too large, timed out) is closed; reading it would only warn.
    const QByteArray body = m_tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
    const ErrorMapper::AbortReason reason
        = m_tooLarge ? ErrorMapper::AbortReason::TooLarge : ErrorMapper::AbortReason::None;
    ApiError error = ErrorMapper::fromReply(*reply, body, reason);
    qCDebug(lcApi) << m_verb << reply->url().path() << "->" << error.httpStatus << int(error.kind);

    if (!error.isError() || (error.httpStatus > 0 && acceptsErrorBody(error.httpStatus, body))) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        finish(parseSuccess(status, body));
        return;
    }
    // A DELETE that was resent after a gateway error may have gone through the first time; "not found" on
    // the retry then means the thing is gone, which is what the caller asked for.
    if (m_verb == "DELETE" && m_attempts > 1 && error.httpStatus == 404) {
        finish(parseSuccess(204, {}));
        return;
    }
    const bool repeatable = RetryPolicy::isRepeatable(m_verb, m_dispatch.readOnly);
    if (const auto delay = m_dispatch.retry.delayBeforeRetry(repeatable, error, m_attempts, m_waited)) {
        qCInfo(lcApi) << m_verb << reply->url().path() << "answered" << error.httpStatus << "; retry in"
                      << delay->count() << "ms";
        m_waited += *delay;
        m_retryTimer.start(*delay);
        emit retrying(m_attempts + 1, delay->count());
        return;
    }
    finish(error);
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    dropReply();
    finish(ApiError::make(ApiError::Kind::Cancelled));
}

void ApiCall::dropReply()
{
    QNetworkReply* reply = m_reply.data();
    m_reply = nullptr;
    if (!reply)
        return;
    // Disconnect first: abort() emits finished() synchronously and must not reach onReplyFinished().
    disconnect(reply, nullptr, this, nullptr);
    reply->abort();
    reply->deleteLater();
}

void ApiCall::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (error.isError())
        qCInfo(lcApi) << m_verb << m_dispatch.request.url().path() << "failed:" << int(error.kind) << error.httpStatus;
    emit finished();
    deleteLater();
}
