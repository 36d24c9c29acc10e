#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

// One place the app can talk to: the built-in sandbox or a Vainu account (Vainu's API or any other
// base URL), with the settings of the webhook receiver used with it. The API key and the receiver's
// secret are NOT part of a profile: they live in the system keychain (TokenVault), keyed by `id`.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
public:
    enum class Kind
    {
        Sandbox, // the built-in emulator of Vainu's API
        Vainu, // Vainu's API or a custom base URL
    };

    struct Receiver
    {
        QString bindAddress = QStringLiteral("127.0.0.1");
        quint16 port = 8787;
        QString path = QStringLiteral("/vainu/webhook");
        QUrl publicUrl; // optional: the address Vainu reaches the receiver at (e.g. a tunnel)
        bool autostart = false; // start the receiver when this profile becomes active
        // Optional HTTPS: a PEM certificate (chain) and its private key. Both empty: plain HTTP.
        QString tlsCertificateFile;
        QString tlsKeyFile;

        // Where and how it listens (address, port, path, TLS): a change needs a restart. The public URL
        // and autostart do not.
        bool sameListener(const Receiver& other) const
        {
            return bindAddress == other.bindAddress && port == other.port && path == other.path
                && tlsCertificateFile == other.tlsCertificateFile && tlsKeyFile == other.tlsKeyFile;
        }

        bool operator==(const Receiver&) const = default;
    };

    QString id; // stable, generated once (newId()); never shown, never reused
    QString name; // shown to the user; unique among profiles (case-insensitive)
    Kind kind = Kind::Vainu;
    // Ends with '/'. For a Sandbox profile it may be empty: the built-in sandbox then chooses its own
    // loopback port when it starts.
    QUrl baseUrl;
    Receiver receiver;

    bool operator==(const Profile&) const = default;

    static QString newId();
    static QUrl vainuBaseUrl(); // https://api.vainu.io/api/v2/
    static QString kindName(Kind kind); // "sandbox" / "vainu": the stored form
    static std::optional<Kind> kindFromName(const QString& name);

    // A translated message naming the first problem (empty name, bad base URL, bad receiver
    // settings), or an empty string when the profile is valid on its own.
    QString validate() const;
    // The base URL with a trailing '/' added, names and addresses trimmed.
    Profile normalised() const;
};
