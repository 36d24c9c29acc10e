#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

// Synchronous-looking HTTP for tests: sends one request with a real QNetworkAccessManager and
// waits for the answer with QSignalSpy (the event loop keeps running meanwhile).
struct TestResponse
{
    int status = 0; // 0 = no HTTP answer (see error)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray allow;
    qint64 elapsedMs = 0;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    QJsonArray results() const { return object().value(QStringLiteral("results")).toArray(); }
    QString detail() const { return object().value(QStringLiteral("detail")).toString(); }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(QUrl base = {}, QByteArray apiKey = {})
        : m_base(std::move(base))
        , m_apiKey(std::move(apiKey))
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void setBase(const QUrl& base) { m_base = base; }
    void setApiKey(const QByteArray& key) { m_apiKey = key; }

    // `path` is relative to the base ("customer_data/") or absolute ("/_sandbox/faults/").
    TestResponse send(const QByteArray& method, const QString& path, const QByteArray& body = {}, int timeoutMs = 15000)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        if (!m_apiKey.isNull())
            request.setRawHeader("API-Key", m_apiKey);
        if (!body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QElapsedTimer timer;
        timer.start();
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        TestResponse response;
        response.elapsedMs = timer.elapsed();
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.body = reply->readAll();
        response.contentType = reply->rawHeader("Content-Type");
        response.retryAfter = reply->rawHeader("Retry-After");
        response.allow = reply->rawHeader("Allow");
        reply->deleteLater();
        return response;
    }

    TestResponse get(const QString& path) { return send("GET", path); }
    TestResponse del(const QString& path) { return send("DELETE", path); }
    TestResponse post(const QString& path, const QJsonValue& json) { return send("POST", path, toBytes(json)); }
    TestResponse put(const QString& path, const QJsonValue& json) { return send("PUT", path, toBytes(json)); }
    TestResponse patch(const QString& path, const QJsonValue& json) { return send("PATCH", path, toBytes(json)); }

    static QByteArray toBytes(const QJsonValue& json)
    {
        return json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact)
                              : QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_apiKey;
};
