#pragma once

#include "api/RetryPolicy.h"
#include "core/ApiError.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

// One call in flight, retries included. finished() fires exactly once (also on cancel()), then the object
// deletes itself with deleteLater(): connect to it with a context object and do not keep the pointer.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    const ApiError& error() const { return m_error; } // Kind::None on success
    bool isFinished() const { return m_finished; }
    int attempts() const { return m_attempts; } // HTTP requests sent so far, retries included
    QByteArray verb() const { return m_verb; }

    // Aborts the request or the pending retry; finished() then fires once, with Kind::Cancelled. No-op
    // once finished.
    void cancel();

signals:
    void finished();
    // A "try later" answer (429, 502, 503, 504) to an idempotent call: attempt nextAttempt follows after delayMs.
    // For a status line such as "Vainu is busy, retrying in 2 s"; no action needed.
    void retrying(int nextAttempt, qint64 delayMs);

protected:
    explicit ApiCall(QObject* parent);

    // Reads a 2xx body into the value; an error (usually Kind::InvalidResponse) when it cannot.
    virtual ApiError parseSuccess(int httpStatus, const QByteArray& body) = 0;
    // Some error answers still carry a usable value (a partly stored batch); true to parse them as success.
    virtual bool acceptsErrorBody(int httpStatus, const QByteArray& body) const;

private:
    friend class VainuClient;

    struct Dispatch
    {
        QNetworkAccessManager* network = nullptr;
        QNetworkRequest request;
        QByteArray verb;
        QByteArray body;
        RetryPolicy retry;
        qint64 maxResponseBytes = 0;
        bool readOnly = false; // RequestSpec::readOnly: retried like a GET whatever the verb
    };
    void start(Dispatch dispatch);
    void failSoon(const ApiError& error); // before anything is sent; queued so the caller can connect first

    void sendAttempt();
    void checkSize();
    void onReplyFinished();
    void finish(const ApiError& error);
    void dropReply();

    Dispatch m_dispatch;
    QByteArray m_verb;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    ApiError m_error;
    int m_attempts = 0;
    std::chrono::milliseconds m_waited {0};
    bool m_finished = false;
    bool m_tooLarge = false;
};
