#include "receiver/TlsCredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The byte at pos as an unsigned value, -1 past the end; pos moves on.
int byteAt(const QByteArray& der, qsizetype* pos)
{
    return *pos < der.size() ? quint8(der.at((*pos)++)) : -1;
}

// Reads one DER length at pos (after the tag); -1 when malformed.
qsizetype derLength(const QByteArray& der, qsizetype* pos)
{
    if (*pos >= der.size())
        return -1;
    const auto first = quint8(der.at((*pos)++));
    if (first < 0x80)
        return first;
    const int bytes = first & 0x7f;
    if (bytes == 0 || bytes > 4 || *pos + bytes > der.size())
        return -1;
    qsizetype length = 0;
    for (int i = 0; i < bytes; ++i)
        length = (length << 8) | quint8(der.at((*pos)++));
    return length;
}

// The key material of a SubjectPublicKeyInfo: for RSA the modulus and exponent (the inside of the
// RSAPublicKey SEQUENCE), for EC the point. Empty when the DER is not what is expected.
QByteArray publicKeyMaterial(const QByteArray& spki)
{
    qsizetype pos = 0;
    if (byteAt(spki, &pos) != 0x30 || derLength(spki, &pos) < 0)
        return {};
    // AlgorithmIdentifier SEQUENCE: skip it.
    if (byteAt(spki, &pos) != 0x30)
        return {};
    const qsizetype algorithmLength = derLength(spki, &pos);
    if (algorithmLength < 0)
        return {};
    pos += algorithmLength;
    if (byteAt(spki, &pos) != 0x03) // BIT STRING
        return {};
    const qsizetype bitsLength = derLength(spki, &pos);
    if (bitsLength < 2 || pos + bitsLength > spki.size())
        return {};
    QByteArray bits = spki.mid(pos + 1, bitsLength - 1); // after the unused-bits byte
    if (bits.startsWith('\x30')) { // RSAPublicKey SEQUENCE { modulus, exponent }
        qsizetype inner = 1;
        const qsizetype innerLength = derLength(bits, &inner);
        if (innerLength < 0)
            return {};
        return bits.mid(inner, innerLength);
    }
    return bits;
}

// Whether the private key holds the certificate's public key. A private key's DER (PKCS#1, SEC1 or
// PKCS#8 around them) carries the public parts verbatim: RSA's modulus and exponent, EC's point.
bool keyMatches(const QSslCertificate& certificate, const QSslKey& key)
{
    const QByteArray material = publicKeyMaterial(certificate.publicKey().toDer());
    const QByteArray privateDer = key.toDer();
    if (material.isEmpty() || privateDer.isEmpty())
        return true; // cannot tell here; the TLS library refuses the pair at the handshake
    return privateDer.contains(material);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

TlsCredentials::TlsCredentials(QString certificateFile, QString keyFile)
    : m_certificateFile(std::move(certificateFile))
    , m_keyFile(std::move(keyFile))
{ }

QString TlsCredentials::read(const QString& certificateFile, const QString& keyFile, QSslConfiguration* configuration)
{
    if (certificateFile.isEmpty())
        return tr("No TLS certificate file is set; HTTPS needs both a certificate and a private key file.");
    if (keyFile.isEmpty())
        return tr("No TLS private key file is set; HTTPS needs both a certificate and a private key file.");
    QFile certificateIo(certificateFile);
    if (!QFileInfo::exists(certificateFile))
        return tr("The TLS certificate file \"%1\" does not exist.").arg(native(certificateFile));
    if (!certificateIo.open(QIODevice::ReadOnly))
        return tr("The TLS certificate file \"%1\" cannot be read: %2.")
            .arg(native(certificateFile), certificateIo.errorString());
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateIo.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return tr("The TLS certificate file \"%1\" holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").")
            .arg(native(certificateFile));
    QFile keyIo(keyFile);
    if (!QFileInfo::exists(keyFile))
        return tr("The TLS private key file \"%1\" does not exist.").arg(native(keyFile));
    if (!keyIo.open(QIODevice::ReadOnly))
        return tr("The TLS private key file \"%1\" cannot be read: %2.").arg(native(keyFile), keyIo.errorString());
    const QByteArray keyPem = keyIo.readAll();
    const QSsl::KeyAlgorithm algorithm = chain.first().publicKey().algorithm();
    QSslKey key(keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        for (const QSsl::KeyAlgorithm other : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(keyPem, other, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return tr("The TLS private key file \"%1\" holds no unencrypted PEM private key (RSA or EC).")
                .arg(native(keyFile));
    }
    if (key.algorithm() != algorithm || !keyMatches(chain.first(), key))
        return tr("The TLS private key in \"%1\" does not belong to the certificate in \"%2\". Use the key the "
                  "certificate was issued for.")
            .arg(native(keyFile), native(certificateFile));
    QSslConfiguration result = QSslConfiguration::defaultConfiguration();
    result.setLocalCertificateChain(chain);
    result.setPrivateKey(key);
    result.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    *configuration = result;
    return {};
}

QString TlsCredentials::check(const QString& certificateFile, const QString& keyFile)
{
    QSslConfiguration unused;
    return read(certificateFile, keyFile, &unused);
}

TlsCredentials::Stamp TlsCredentials::currentStamp() const
{
    const QFileInfo certificate(m_certificateFile);
    const QFileInfo key(m_keyFile);
    return {certificate.size(), certificate.lastModified(), key.size(), key.lastModified()};
}

bool TlsCredentials::load(QString* error)
{
    const Stamp stamp = currentStamp();
    QSslConfiguration configuration;
    const QString problem = read(m_certificateFile, m_keyFile, &configuration);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_configuration = configuration;
    m_stamp = stamp;
    return true;
}

bool TlsCredentials::refreshIfChanged(QString* error)
{
    const Stamp stamp = currentStamp();
    if (stamp == m_stamp || stamp == m_failedStamp)
        return false;
    QSslConfiguration configuration;
    const QString problem = read(m_certificateFile, m_keyFile, &configuration);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        m_failedStamp = stamp; // read again only when the files change again
        return false; // keep the pair in use; a renewal may be half-way
    }
    m_configuration = configuration;
    m_stamp = stamp;
    return true;
}
