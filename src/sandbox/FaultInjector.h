#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Faults the sandbox injects into its own API answers, for testing clients: answer with a status
// (optionally with Retry-After), add latency, or drop the connection without answering. Each fault
// applies to the next `count` requests whose path starts with its prefix (-1 = until cleared).
class FaultInjector
{
public:
    struct Fault
    {
        int id = 0;
        QString pathPrefix = QStringLiteral("/api/v2/");
        int remaining = 1;
        int status = 0; // 0 = answer normally (after the latency)
        int retryAfterSeconds = -1; // -1 = no Retry-After header
        int latencyMs = 0;
        bool drop = false;
        // Do the request's work first (a webhook is created), then answer late, with the status or not at all:
        // a client that gave up or lost the connection never learns that it succeeded.
        bool afterWork = false;
        QString method; // empty = every method

        QJsonObject toJson() const;
    };

    // Validates a fault described as JSON (see docs/sandbox.md); fills `error` when invalid.
    static std::optional<Fault> fromJson(const QJsonObject& json, QString* error);

    int add(Fault fault);
    // The fault for this request, counted down.
    std::optional<Fault> take(const QString& path, const QString& method = {});
    QJsonArray toJson() const;
    void clear() { m_faults.clear(); }

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
};
