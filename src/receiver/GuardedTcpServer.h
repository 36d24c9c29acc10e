#pragma once

#include "receiver/ConnectionGuard.h"
#include "receiver/ReceiverSettings.h"
#include "receiver/RequestValidator.h"

#include <QTcpServer>

#include <functional>

// The listening socket under Qt HTTP Server (bound with QAbstractHttpServer::bind). Every accepted
// connection gets a ConnectionGuard, and reaches Qt HTTP Server (through nextPendingConnection)
// only when its first request head has passed the checks. Connections beyond the cap are answered
// 503 and closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const ReceiverSettings& settings, std::function<void(const RejectedRequest&)> rejected,
                     QObject* parent = nullptr);

    int openConnections() const { return m_openConnections; }
    const RequestValidator& validator() const { return m_validator; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void handOver(ConnectionGuard* guard);

    ReceiverSettings m_settings;
    RequestValidator m_validator;
    std::function<void(const RejectedRequest&)> m_rejected;
    int m_openConnections = 0;
};
