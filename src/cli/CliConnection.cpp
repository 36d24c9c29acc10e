#include "cli/CliConnection.h"

#include "api/RequestBuilder.h"
#include "core/ProfileStore.h"
#include "secrets/TokenVault.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace {

QString keyFromEnvironment()
{
    return qEnvironmentVariable(CliConnection::apiKeyVariable).trimmed();
}

} // namespace

CliConnection::Result CliConnection::resolve(const QString& profileName, const QString& baseUrl)
{
    Result result;
    if (!baseUrl.isEmpty()) {
        QString problem;
        result.connection.baseUrl = RequestBuilder::normalisedBaseUrl(QUrl(baseUrl, QUrl::StrictMode), &problem);
        if (!problem.isEmpty()) {
            result.error = tr("The base URL \"%1\" is not usable: give an absolute http(s) URL such as "
                              "https://api.vainu.io/api/v2/.")
                               .arg(baseUrl);
            return result;
        }
        result.connection.apiKey = keyFromEnvironment();
        if (result.connection.apiKey.isEmpty())
            result.error = tr("No API key: set the environment variable %1 when using --base-url.")
                               .arg(QString::fromLatin1(apiKeyVariable));
        return result;
    }

    ProfileStore store;
    std::optional<Profile> profile;
    if (profileName.isEmpty()) {
        profile = store.activeProfile();
        if (!profile) {
            result.error = tr("No profile is set up yet. Start the app once, or use --base-url URL with the key in %1.")
                               .arg(QString::fromLatin1(apiKeyVariable));
            return result;
        }
    } else {
        const QList<Profile> profiles = store.profiles();
        for (const Profile& candidate : profiles) {
            if (candidate.name.compare(profileName, Qt::CaseInsensitive) == 0)
                profile = candidate;
        }
        if (!profile) {
            QStringList names;
            for (const Profile& candidate : profiles)
                names.append(candidate.name);
            result.error = names.isEmpty()
                ? tr("There is no profile named \"%1\"; no profiles are set up yet.").arg(profileName)
                : tr("There is no profile named \"%1\". Profiles: %2.").arg(profileName, names.join(u", "_s));
            return result;
        }
    }
    if (profile->baseUrl.isEmpty()) {
        // The built-in sandbox chooses its port when the app starts it; there is nothing to reach from here.
        result.error = tr("The profile \"%1\" uses the built-in sandbox, which runs only inside the app. Start "
                          "vainu-sandbox and use --base-url with its address instead.")
                           .arg(profile->name);
        return result;
    }
    result.connection.baseUrl = profile->baseUrl;
    result.connection.apiKey = keyFromEnvironment();
    if (!result.connection.apiKey.isEmpty())
        return result;

    TokenVault vault;
    QEventLoop loop;
    VaultResult secret;
    vault.read(profile->id, &loop, [&](const VaultResult& answer) {
        secret = answer;
        loop.quit();
    });
    loop.exec();
    if (secret.ok() && !secret.secret.isEmpty()) {
        result.connection.apiKey = secret.secret;
    } else if (secret.status == VaultResult::Status::NotFound || secret.ok()) {
        result.error = tr("The profile \"%1\" has no API key yet. Enter it in the app's Settings, or set %2.")
                           .arg(profile->name, QString::fromLatin1(apiKeyVariable));
    } else {
        result.error = tr("The API key of the profile \"%1\" could not be read from the keychain: %2 Set %3 "
                          "instead.")
                           .arg(profile->name, secret.message, QString::fromLatin1(apiKeyVariable));
    }
    return result;
}
