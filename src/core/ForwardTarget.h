#pragma once

#include "core/DeliveryOrigin.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// Which stored events a forward target gets. Every list empty: all of them.
struct ForwardFilter
{
    QStringList businessIds; // empty: any company; otherwise one of these business ids
    QStringList changedFields; // empty: any; otherwise at least one of these fields changed
    QList<DeliveryOrigin> origins; // empty: any origin

    bool isEmpty() const { return businessIds.isEmpty() && changedFields.isEmpty() && origins.isEmpty(); }
    bool matches(const QString& businessId, const QStringList& eventChangedFields, DeliveryOrigin origin) const;
    QJsonObject toJson() const;
    static ForwardFilter fromJson(const QJsonObject& json);
    bool operator==(const ForwardFilter& other) const = default;
};

// Where the app's own receiver can be reached: a forward target there would forward every event to itself.
struct OwnReceiver
{
    QString bindAddress; // e.g. "127.0.0.1", "0.0.0.0"
    quint16 port = 0;
    QString path; // e.g. "/vainu/webhook"
    QUrl publicUrl; // may be empty
};

// One endpoint of the user's that stored events are forwarded to (per profile, kept in the event store).
struct ForwardTarget
{
    Q_DECLARE_TR_FUNCTIONS(ForwardTarget)

public:
    enum class Field
    {
        Url,
        Headers,
        Timeout,
    };
    struct Problem
    {
        Field field;
        QString reason; // translated, for the field's error label or the command line
    };

    qint64 id = 0; // 0: not saved yet
    QUrl url; // http or https
    bool enabled = true; // off: new events are not queued for it (and queued ones wait)
    bool paused = false; // new events are queued but nothing is sent until resumed
    QList<QPair<QByteArray, QByteArray>> headers; // sent with every forward, after ours
    ForwardFilter filter;
    int timeoutMs = defaultTimeoutMs(); // for the whole exchange, answer included
    bool sendQuery = false; // append the query string Vainu sent (without the receiver's secret parameter)

    static int defaultTimeoutMs() { return 10000; }
    static int maxTimeoutMs() { return 300000; }
    // An empty list when the target can be saved; otherwise one translated reason per bad field.
    QList<Problem> validate(const OwnReceiver& own) const;
    // Only the URL (the field a person types first); empty when fine.
    static QString urlProblem(const QUrl& url, const OwnReceiver& own);
    // A header the app must not send on the user's behalf (Host, Content-Length, ...); empty when fine.
    static QString headerProblem(const QByteArray& name, const QByteArray& value);
    // "Name: value" lines (the form's text) to headers; *problem says what line is wrong.
    static QList<QPair<QByteArray, QByteArray>> parseHeaderLines(const QString& text, QString* problem);
    static QString headerLines(const QList<QPair<QByteArray, QByteArray>>& headers);

    bool matches(const QString& businessId, const QStringList& changedFields, DeliveryOrigin origin) const
    {
        return filter.matches(businessId, changedFields, origin);
    }
    bool operator==(const ForwardTarget& other) const = default;
};
