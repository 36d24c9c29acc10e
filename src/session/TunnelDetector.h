#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

// One tunnel a local agent runs: its public address and, when the agent says, the local port it forwards to.
struct DetectedTunnel
{
    enum class Agent
    {
        Ngrok,
        Cloudflared
    };
    Agent agent = Agent::Ngrok;
    QString name; // ngrok's tunnel name; empty for cloudflared
    QUrl publicUrl; // https://….ngrok-free.app, https://….trycloudflare.com
    int localPort = -1; // -1: the agent does not say (a cloudflared quick tunnel's metrics)
};

// Finds a running tunnel to the receiver: an ngrok agent through its local API (GET /api/tunnels, whose
// tunnels name their local address in config.addr) and a cloudflared quick tunnel through its metrics server
// (GET /quicktunnel answers {"hostname": "….trycloudflare.com"}). Both bases are settable, so tests point
// them at stand-in servers. A tunnel matches when it forwards to the receiver's port; a cloudflared quick
// tunnel, whose metrics do not name its local address, matches when no ngrok tunnel does.
class TunnelDetector : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        std::optional<DetectedTunnel> match; // the tunnel to the receiver's port, https preferred
        QList<DetectedTunnel> tunnels; // everything found
        bool ngrokRunning = false;
        bool cloudflaredRunning = false;
    };

    // network: nullptr for one of its own.
    explicit TunnelDetector(QNetworkAccessManager* network = nullptr, QObject* parent = nullptr);

    // http://127.0.0.1:4040/api/tunnels by default (ngrok's web_addr).
    void setNgrokApiUrl(const QUrl& url) { m_ngrokApiUrl = url; }
    QUrl ngrokApiUrl() const { return m_ngrokApiUrl; }
    // cloudflared's metrics servers: 127.0.0.1:20241 to :20245 by default (the first free of these).
    void setCloudflaredMetricsUrls(const QList<QUrl>& urls) { m_cloudflaredUrls = urls; }
    QList<QUrl> cloudflaredMetricsUrls() const { return m_cloudflaredUrls; }

    // Asks every agent at once; finished(result) when all answered or gave up (2 s each).
    void detect(int receiverPort);
    bool isBusy() const { return m_pending > 0; }

    // config.addr of an ngrok tunnel: "8787", "localhost:8787", "http://localhost:8787", "127.0.0.1:8787".
    // -1 when it names no port.
    static int portOfAddress(const QString& addr);
    static QList<DetectedTunnel> parseNgrokTunnels(const QByteArray& body);
    static std::optional<QUrl> parseQuickTunnel(const QByteArray& body);
    // The tunnel's public address with the receiver's path: https://x.ngrok-free.app + /vainu/webhook.
    static QUrl receiverUrl(const QUrl& tunnelUrl, const QString& receiverPath);
    static std::optional<DetectedTunnel> choose(const QList<DetectedTunnel>& tunnels, int receiverPort);

signals:
    void finished(const TunnelDetector::Result& result);

private:
    void get(const QUrl& url, std::function<void(bool ok, const QByteArray& body)> done);
    void oneDone();

    QNetworkAccessManager* m_network;
    QUrl m_ngrokApiUrl;
    QList<QUrl> m_cloudflaredUrls;
    int m_pending = 0;
    int m_port = 0;
    Result m_result;
};

Q_DECLARE_METATYPE(TunnelDetector::Result)
