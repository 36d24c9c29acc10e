#include "session/TunnelDetector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
constexpr int answerWithinMs = 2000;
} // namespace

TunnelDetector::TunnelDetector(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_ngrokApiUrl(u"http://127.0.0.1:4040/api/tunnels"_s)
{
    for (int port = 20241; port <= 20245; ++port)
        m_cloudflaredUrls.append(QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
}

int TunnelDetector::portOfAddress(const QString& addr)
{
    const QString text = addr.trimmed();
    bool ok = false;
    const int bare = text.toInt(&ok);
    if (ok)
        return bare > 0 && bare < 65536 ? bare : -1;
    const QUrl url = QUrl::fromUserInput(text.contains(u"://"_s) ? text : u"http://"_s + text);
    if (!url.isValid())
        return -1;
    const int defaultPort = url.scheme() == u"https" ? 443 : (text.contains(u"://"_s) ? 80 : -1);
    return url.port(defaultPort);
}

QList<DetectedTunnel> TunnelDetector::parseNgrokTunnels(const QByteArray& body)
{
    QList<DetectedTunnel> out;
    const QJsonArray tunnels = QJsonDocument::fromJson(body).object().value(u"tunnels"_s).toArray();
    for (const QJsonValue& value : tunnels) {
        const QJsonObject tunnel = value.toObject();
        const QUrl publicUrl(tunnel.value(u"public_url"_s).toString());
        if (!publicUrl.isValid() || (publicUrl.scheme() != u"https" && publicUrl.scheme() != u"http"))
            continue; // tcp:// and tls:// tunnels cannot carry Vainu's HTTPS posts to a path
        DetectedTunnel detected;
        detected.agent = DetectedTunnel::Agent::Ngrok;
        detected.name = tunnel.value(u"name"_s).toString();
        detected.publicUrl = publicUrl;
        detected.localPort
            = portOfAddress(tunnel.value(u"config"_s).toObject().value(u"addr"_s).toVariant().toString());
        out.append(detected);
    }
    return out;
}

std::optional<QUrl> TunnelDetector::parseQuickTunnel(const QByteArray& body)
{
    const QString host = QJsonDocument::fromJson(body).object().value(u"hostname"_s).toString().trimmed();
    static const QRegularExpression hostName(u"^[A-Za-z0-9.-]+$"_s);
    if (host.isEmpty() || !hostName.match(host).hasMatch())
        return std::nullopt;
    return QUrl(u"https://"_s + host);
}

QUrl TunnelDetector::receiverUrl(const QUrl& tunnelUrl, const QString& receiverPath)
{
    QUrl url = tunnelUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(receiverPath.startsWith(u'/') ? receiverPath : u'/' + receiverPath);
    return url;
}

std::optional<DetectedTunnel> TunnelDetector::choose(const QList<DetectedTunnel>& tunnels, int receiverPort)
{
    std::optional<DetectedTunnel> best;
    for (const DetectedTunnel& tunnel : tunnels) {
        if (tunnel.agent != DetectedTunnel::Agent::Ngrok || tunnel.localPort != receiverPort)
            continue;
        if (!best || (best->publicUrl.scheme() != u"https" && tunnel.publicUrl.scheme() == u"https"))
            best = tunnel;
    }
    if (best)
        return best;
    for (const DetectedTunnel& tunnel : tunnels) {
        if (tunnel.agent == DetectedTunnel::Agent::Cloudflared
            && (tunnel.localPort < 0 || tunnel.localPort == receiverPort))
            return tunnel;
    }
    return std::nullopt;
}

void TunnelDetector::detect(int receiverPort)
{
    if (m_pending > 0)
        return;
    m_port = receiverPort;
    m_result = {};
    m_pending = 1 + int(m_cloudflaredUrls.size());
    get(m_ngrokApiUrl, [this](bool ok, const QByteArray& body) {
        if (ok) {
            m_result.ngrokRunning = true;
            m_result.tunnels += parseNgrokTunnels(body);
        }
        oneDone();
    });
    for (const QUrl& base : std::as_const(m_cloudflaredUrls)) {
        get(base.resolved(QUrl(u"quicktunnel"_s)), [this](bool ok, const QByteArray& body) {
            if (ok) {
                if (const std::optional<QUrl> url = parseQuickTunnel(body)) {
                    m_result.cloudflaredRunning = true;
                    DetectedTunnel tunnel;
                    tunnel.agent = DetectedTunnel::Agent::Cloudflared;
                    tunnel.publicUrl = *url;
                    m_result.tunnels.append(tunnel);
                }
            }
            oneDone();
        });
    }
}

void TunnelDetector::get(const QUrl& url, std::function<void(bool ok, const QByteArray& body)> done)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(answerWithinMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool ok = reply->error() == QNetworkReply::NoError && status == 200;
        done(ok, ok ? reply->readAll() : QByteArray());
    });
}

void TunnelDetector::oneDone()
{
    if (--m_pending > 0)
        return;
    m_result.match = choose(m_result.tunnels, m_port);
    emit finished(m_result);
}
