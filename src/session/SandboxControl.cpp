#include "session/SandboxControl.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {
constexpr int controlTimeoutMs = 10000;
} // namespace

SandboxControl::SandboxControl(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{ }

void SandboxControl::setControlUrl(const QUrl& url)
{
    m_controlUrl = url;
}

void SandboxControl::simulateChanges(int count)
{
    send(u"changes/"_s, "POST"_ba, QJsonDocument(QJsonObject {{u"count"_s, count}}).toJson(QJsonDocument::Compact));
}

void SandboxControl::setStreaming(bool on, int perSecond)
{
    if (on)
        send(u"generator/"_s, "POST"_ba,
             QJsonDocument(QJsonObject {{u"rate"_s, perSecond}}).toJson(QJsonDocument::Compact));
    else
        send(u"generator/"_s, "DELETE"_ba, {});
}

void SandboxControl::reset()
{
    send(u"reset/"_s, "POST"_ba, "{}"_ba);
}

void SandboxControl::send(const QString& route, const QByteArray& verb, const QByteArray& body)
{
    if (!isAvailable()) {
        emit failed(tr("The built-in sandbox is not running."));
        return;
    }
    QNetworkRequest request(m_controlUrl.resolved(QUrl(route)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setTransferTimeout(controlTimeoutMs);
    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, route] {
        reply->deleteLater();
        if (reply->error() == QNetworkReply::NoError)
            emit done(route);
        else
            emit failed(tr("The sandbox did not take the request: %1").arg(reply->errorString()));
    });
}
