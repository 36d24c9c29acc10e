#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QString>

// Self-signed certificates for 127.0.0.1, made by the real openssl program, and a client that trusts one.
namespace TlsTestSupport {

struct Pair
{
    QString certificateFile;
    QString keyFile;
    QSslCertificate certificate() const
    {
        QFile file(certificateFile);
        return file.open(QIODevice::ReadOnly) ? QSslCertificate(file.readAll(), QSsl::Pem) : QSslCertificate();
    }
};

// Writes <dir>/<name>.crt and <dir>/<name>.key; `rsa` for an RSA key, otherwise EC P-256.
inline Pair makeSelfSigned(const QString& dir, const QString& name, bool rsa = false)
{
    Pair pair {QDir(dir).filePath(name + QStringLiteral(".crt")), QDir(dir).filePath(name + QStringLiteral(".key"))};
    QStringList arguments {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey")};
    if (rsa)
        arguments << QStringLiteral("rsa:2048");
    else
        arguments << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
                  << QStringLiteral("ec_paramgen_curve:prime256v1");
    arguments << QStringLiteral("-nodes") << QStringLiteral("-keyout") << pair.keyFile << QStringLiteral("-out")
              << pair.certificateFile << QStringLiteral("-days") << QStringLiteral("2") << QStringLiteral("-subj")
              << QStringLiteral("/CN=127.0.0.1") << QStringLiteral("-addext")
              << QStringLiteral("subjectAltName=IP:127.0.0.1");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning("openssl failed: %s", openssl.readAllStandardError().constData());
        return {};
    }
    return pair;
}

// A client configuration that trusts only `certificate`.
inline QSslConfiguration trusting(const QSslCertificate& certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({certificate});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

inline QByteArray fingerprint(const QSslCertificate& certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

} // namespace TlsTestSupport
