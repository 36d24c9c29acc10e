#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QString>

// Where the receiver listens and the limits it enforces. Qt HTTP Server 6.4 has no limits of
// its own; every one of these is applied by GuardedTcpServer before Qt sees a request.
struct ReceiverSettings
{
    Q_DECLARE_TR_FUNCTIONS(ReceiverSettings)

public:
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8787; // 0 picks a free port
    QString path = defaultPath();
    QString secret; // empty: no secret required
    // After a rotation, the secret before it is accepted too until previousSecretValidUntil (a grace period,
    // so Vainu's retries of deliveries made with the old query still land). Empty: only `secret`.
    QString previousSecret;
    QDateTime previousSecretValidUntil;
    QString secretParameter = QStringLiteral("secret"); // the query parameter that carries it
    qint64 maxBodyBytes = 1024 * 1024;
    int maxHeaderBytes = 16 * 1024;
    int maxHeaderCount = 100;
    int readTimeoutMs = 10000; // a request must arrive completely within this time
    int idleTimeoutMs = 30000; // a keep-alive connection with no request is closed after this
    int maxConnections = 256;
    // HTTPS: the certificate (chain) and its private key, PEM files. Both empty: plain HTTP.
    QString tlsCertificateFile;
    QString tlsKeyFile;

    bool usesTls() const { return !tlsCertificateFile.isEmpty() || !tlsKeyFile.isEmpty(); }

    static QString defaultPath();
    static quint16 defaultPort();
    // An empty string when usable; otherwise what is wrong and what to do.
    QString validate() const;
    // Normalises a user-typed path: adds the leading '/', drops a trailing one.
    static QString normalisePath(const QString& path);
};
