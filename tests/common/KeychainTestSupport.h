#pragma once

#include "core/ProfileStore.h"
#include "secrets/TokenVault.h"

#include <QTest>

// The keychain (TokenVault) answers later, through a callback; these wait for the answer, so a test reads
// straight down. ctest runs every keychain test inside scripts/with-keyring.sh, a throw-away Secret Service.
namespace KeychainTestSupport {

namespace detail {
template <typename Start>
VaultResult waitForVault(Start start)
{
    VaultResult answer;
    bool answered = false;
    QObject context;
    start(&context, [&](const VaultResult& result) {
        answer = result;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20000))
        answer.message = QStringLiteral("the vault did not answer");
    return answer;
}
} // namespace detail

inline VaultResult readKey(TokenVault& vault, const QString& profileId, SecretKind kind = SecretKind::ApiKey)
{
    return detail::waitForVault(
        [&](QObject* context, TokenVault::Callback done) { vault.read(profileId, kind, context, std::move(done)); });
}

inline VaultResult writeKey(TokenVault& vault, const QString& profileId, const QString& secret,
                            SecretKind kind = SecretKind::ApiKey)
{
    return detail::waitForVault([&](QObject* context, TokenVault::Callback done) {
        vault.write(profileId, kind, secret, context, std::move(done));
    });
}

inline VaultResult removeKey(TokenVault& vault, const QString& profileId, SecretKind kind = SecretKind::ApiKey)
{
    return detail::waitForVault(
        [&](QObject* context, TokenVault::Callback done) { vault.remove(profileId, kind, context, std::move(done)); });
}

// A Vainu profile named `name` on `baseUrl`, with `key` in `vault` (none when empty). Its id, or empty when
// the store or the keychain refused.
inline QString addVainuProfile(ProfileStore& store, const QString& name, const QUrl& baseUrl,
                               TokenVault* vault = nullptr, const QString& key = {})
{
    Profile profile = store.vainuPreset();
    profile.name = name;
    profile.baseUrl = baseUrl;
    const ProfileStore::Result added = store.add(profile);
    if (!added.ok())
        return {};
    if (!key.isEmpty() && (!vault || !writeKey(*vault, added.profile.id, key).ok()))
        return {};
    return added.profile.id;
}

} // namespace KeychainTestSupport
