#pragma once

#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxData.h"
#include "sandbox/SandboxOptions.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

class ApiRouter;
class ChangeGenerator;
class ControlApi;
class DeliveryEngine;
class HttpResponder;
class QTcpServer;
class SandboxHttpServer;
class StateFile;
struct SandboxRequest;

// The local emulator of Vainu's API v2 (docs/sandbox.md): the API under /api/v2/, deliveries with
// retries, and the /_sandbox/ control routes. Everything runs in the thread that owns this object;
// use SandboxThread to keep that off the GUI thread. Functions other than the const getters must
// be called from that thread (or through queued invocations).
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool start(QString* error = nullptr); // loads or seeds the state, then listens
    void stop(); // stops listening, deliveries and the generator; saves the state

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT/
    QUrl apiBaseUrl() const; // http://127.0.0.1:PORT/api/v2/
    QUrl controlUrl() const; // http://127.0.0.1:PORT/_sandbox/
    QString demoApiKey() const { return m_options.demoApiKey; }
    const SandboxOptions& options() const { return m_options; }

    // Control, also reachable through /_sandbox/. changeCompany answers the number of deliveries
    // queued, or -1 with `error` set.
    int changeCompany(const QString& businessId, const QJsonObject& fields, QStringList* changed, QString* error);
    int makeRandomChange(); // deliveries queued
    bool startGenerator(double changesPerSecond);
    void stopGenerator();
    void reset(quint64 seed);

    const SandboxData& data() const { return m_data; }
    DeliveryEngine& deliveries() { return *m_delivery; }
    ChangeGenerator& generator() { return *m_generator; }
    FaultInjector& faults() { return m_faults; }
    QString stateFilePath() const { return m_options.stateFile; }

signals:
    void deliveryAttempted(const QJsonObject& entry); // one delivery log entry
    void companyChanged(const QString& businessId, const QStringList& fields);

private:
    void dispatch(const SandboxRequest& request, const HttpResponder& responder);
    void stateChanged();
    bool loadOrSeed(QString* error);

    SandboxOptions m_options;
    SandboxData m_data;
    FaultInjector m_faults;
    QRandomGenerator m_random;
    std::unique_ptr<ApiRouter> m_router;
    std::unique_ptr<ControlApi> m_control;
    DeliveryEngine* m_delivery;
    ChangeGenerator* m_generator;
    StateFile* m_stateFile = nullptr;
    SandboxHttpServer* m_http = nullptr;
    QTcpServer* m_tcp = nullptr;
    quint16 m_port = 0;
};
