#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSslConfiguration>
#include <QString>

// The receiver's certificate and private key (PEM files) as one server-side QSslConfiguration.
// load() refuses a missing, unreadable or unparsable file and a key that does not belong to the
// certificate, naming the file and what is wrong. refreshIfChanged() looks at both files' size and
// modification time (cheap, done for every new connection) and loads them again when either changed, so
// a renewal that replaces the files (Let's Encrypt renames new files into place) is used by the next
// connection without a restart. A renewal caught half-way (one file replaced, not yet the other) keeps
// the previous pair until both match again.
class TlsCredentials
{
    Q_DECLARE_TR_FUNCTIONS(TlsCredentials)

public:
    TlsCredentials() = default;
    TlsCredentials(QString certificateFile, QString keyFile);

    // Loads both files; false with *error set (the file and what is wrong) when they cannot serve TLS.
    bool load(QString* error);
    // Loads again if either file changed on disk since the last load; true when a new pair is in use.
    // On failure the previous pair stays in use and *error says why.
    bool refreshIfChanged(QString* error = nullptr);

    bool isValid() const { return !m_configuration.localCertificate().isNull(); }
    const QSslConfiguration& configuration() const { return m_configuration; }
    QString certificateFile() const { return m_certificateFile; }
    QString keyFile() const { return m_keyFile; }

    // The checks of load(), usable without keeping the result: an empty string when the pair is usable.
    static QString check(const QString& certificateFile, const QString& keyFile);

private:
    struct Stamp
    {
        qint64 certificateSize = -1;
        QDateTime certificateModified;
        qint64 keySize = -1;
        QDateTime keyModified;
        bool operator==(const Stamp& other) const = default;
    };
    Stamp currentStamp() const;
    static QString read(const QString& certificateFile, const QString& keyFile, QSslConfiguration* configuration);

    QString m_certificateFile;
    QString m_keyFile;
    QSslConfiguration m_configuration;
    Stamp m_stamp;
    Stamp m_failedStamp; // the files as they were when they last failed to load
};
