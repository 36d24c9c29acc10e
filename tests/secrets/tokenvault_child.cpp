// Helper process for tst_tokenvault: drives a TokenVault in whatever keychain environment the test
// gave it and prints one "name.field=value" line per result. It never prints the secret itself.
#include "secrets/TokenVault.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString statusName(VaultResult::Status status)
{
    switch (status) {
    case VaultResult::Status::Ok:
        return u"Ok"_s;
    case VaultResult::Status::NotFound:
        return u"NotFound"_s;
    case VaultResult::Status::Unavailable:
        return u"Unavailable"_s;
    case VaultResult::Status::Failed:
        return u"Failed"_s;
    }
    return u"?"_s;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString profileId = args.value(1, u"child-profile"_s);
    const int timeoutMs = args.value(2, u"10000"_s).toInt();
    const QString secret = u"child-secret-4f1d"_s;

    TokenVault vault;
    vault.setTimeout(std::chrono::milliseconds(timeoutMs));
    QTextStream out(stdout);

    const auto report = [&](const QString& name, const VaultResult& result) {
        out << name << ".status=" << statusName(result.status) << '\n'
            << name << ".sessionOnly=" << (result.sessionOnly ? 1 : 0) << '\n'
            << name << ".matches=" << (result.secret == secret ? 1 : 0) << '\n'
            << name << ".message=" << QString(result.message).replace(u'\n', u' ') << '\n';
        out.flush();
    };

    // Each step starts when the previous one has answered, as a user's clicks would.
    const auto step5 = [&] {
        vault.read(profileId, &app, [&](const VaultResult& r) {
            report(u"readAfterRemove"_s, r);
            app.quit();
        });
    };
    const auto step4 = [&] {
        vault.remove(profileId, &app, [&](const VaultResult& r) {
            report(u"remove"_s, r);
            step5();
        });
    };
    const auto step3 = [&] {
        vault.read(profileId, SecretKind::ReceiverSecret, &app, [&](const VaultResult& r) {
            report(u"readOther"_s, r);
            step4();
        });
    };
    const auto step2 = [&] {
        vault.read(profileId, &app, [&](const VaultResult& r) {
            report(u"read"_s, r);
            step3();
        });
    };
    vault.write(profileId, secret, &app, [&](const VaultResult& r) {
        report(u"write"_s, r);
        step2();
    });
    return app.exec();
}
