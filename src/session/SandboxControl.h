#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

// The built-in sandbox's own control routes (/_sandbox/, docs/sandbox.md), for the buttons that make it
// send deliveries: one company change, a steady stream of them, or a reset to the seed. Never part of
// Vainu's API, so it lives apart from VainuClient. Each call answers through done() or failed().
class SandboxControl : public QObject
{
    Q_OBJECT
public:
    explicit SandboxControl(QObject* parent = nullptr);

    // http://127.0.0.1:<port>/_sandbox/ while the built-in sandbox runs; empty otherwise.
    void setControlUrl(const QUrl& url);
    QUrl controlUrl() const { return m_controlUrl; }
    bool isAvailable() const { return m_controlUrl.isValid(); }

    void simulateChanges(int count = 1); // the sandbox changes `count` tracked companies and delivers them
    void setStreaming(bool on, int perSecond = 2); // the change generator
    void reset(); // back to the seed data: every import, list and webhook made on the sandbox is gone

signals:
    void done(const QString& route);
    void failed(const QString& message); // translated, ready for the status bar

private:
    void send(const QString& route, const QByteArray& verb, const QByteArray& body);

    QNetworkAccessManager* m_network;
    QUrl m_controlUrl;
};
