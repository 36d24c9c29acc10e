// ProfileStore through a real INI file: what is written, what comes back, what is refused, and
// that no secret ever reaches the settings (the API key goes to the real keychain instead).
#include "core/ProfileStore.h"
#include "secrets/TokenVault.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Profile)

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QString iniPath() const { return m_dir->filePath(u"settings.ini"_s); }
    QByteArray iniBytes() const;

    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void init();

    void firstRunCreatesSandbox();
    void ensureDefaultsOnlyOnce();
    void roundTripThroughIni();
    void addNormalisesBaseUrl();
    void vainuPreset();
    void presetNamesAreUnique();
    void validation_data();
    void validation();
    void duplicateNameRefused();
    void renameKeepsId();
    void renameToTakenNameRefused();
    void removeMovesActive();
    void lastProfileCannotBeRemoved();
    void unknownIdsRefused();
    void activeProfileChange();
    void staleActiveIdRepaired();
    void damagedEntrySkipped();
    void externalSettingsObject();
    void unwritableSettingsReported();
    void apiKeyNeverInSettings();
};

QByteArray TestProfileStore::iniBytes() const
{
    QFile file(iniPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::firstRunCreatesSandbox()
{
    ProfileStore store(iniPath());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!store.activeProfile());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);

    QVERIFY(store.ensureDefaults());
    QCOMPARE(store.profiles().size(), 1);
    const auto sandbox = store.activeProfile();
    QVERIFY(sandbox);
    QCOMPARE(sandbox->name, u"Sandbox"_s);
    QCOMPARE(sandbox->kind, Profile::Kind::Sandbox);
    QVERIFY(!sandbox->id.isEmpty());
    QVERIFY(sandbox->validate().isEmpty());
    QCOMPARE(sandbox->receiver.bindAddress, u"127.0.0.1"_s);
    QCOMPARE(sandbox->receiver.port, quint16(8787));
    QCOMPARE(sandbox->receiver.path, u"/vainu/webhook"_s);
    QVERIFY(sandbox->receiver.publicUrl.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(active.size(), 1);
    QCOMPARE(active.at(0).at(0).toString(), sandbox->id);
    QVERIFY(iniBytes().contains("Sandbox"));
}

void TestProfileStore::ensureDefaultsOnlyOnce()
{
    QString id;
    {
        ProfileStore store(iniPath());
        QVERIFY(store.ensureDefaults());
        id = store.activeProfileId();
    }
    ProfileStore again(iniPath());
    QVERIFY(!again.ensureDefaults());
    QCOMPARE(again.profiles().size(), 1);
    QCOMPARE(again.activeProfileId(), id);
}

void TestProfileStore::roundTripThroughIni()
{
    Profile custom;
    {
        ProfileStore store(iniPath());
        store.ensureDefaults();
        custom.name = u"Production"_s;
        custom.kind = Profile::Kind::Vainu;
        custom.baseUrl = QUrl(u"https://crm.example.com/vainu/api/v2/"_s);
        custom.receiver.bindAddress = u"0.0.0.0"_s;
        custom.receiver.port = 9443;
        custom.receiver.path = u"/hooks/vainu"_s;
        custom.receiver.publicUrl = QUrl(u"https://tunnel.example.com/hooks/vainu"_s);
        custom.receiver.autostart = true;
        const auto added = store.add(custom);
        QVERIFY2(added.ok(), qPrintable(added.error));
        custom = added.profile;
        QVERIFY(!custom.id.isEmpty());
        QVERIFY(store.setActiveProfile(custom.id));
    }
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles().size(), 2);
    QCOMPARE(reloaded.profiles().at(0).name, u"Sandbox"_s); // order kept
    const auto back = reloaded.profile(custom.id);
    QVERIFY(back);
    QVERIFY(*back == custom);
    QCOMPARE(reloaded.activeProfileId(), custom.id);
    QCOMPARE(reloaded.activeProfile()->receiver.port, quint16(9443));
}

void TestProfileStore::addNormalisesBaseUrl()
{
    ProfileStore store(iniPath());
    Profile profile = store.vainuPreset();
    profile.name = u"  Staging  "_s;
    profile.baseUrl = QUrl(u"https://staging.example.com/api/v2"_s);
    const auto added = store.add(profile);
    QVERIFY2(added.ok(), qPrintable(added.error));
    QCOMPARE(added.profile.name, u"Staging"_s);
    QCOMPARE(added.profile.baseUrl, QUrl(u"https://staging.example.com/api/v2/"_s));
    // The first profile ever added becomes the active one.
    QCOMPARE(store.activeProfileId(), added.profile.id);
}

void TestProfileStore::vainuPreset()
{
    ProfileStore store(iniPath());
    const Profile preset = store.vainuPreset();
    QCOMPARE(preset.kind, Profile::Kind::Vainu);
    QCOMPARE(preset.baseUrl, QUrl(u"https://api.vainu.io/api/v2/"_s));
    QCOMPARE(preset.name, u"Vainu"_s);
    QVERIFY(preset.id.isEmpty()); // not stored yet
    QVERIFY(store.validate(preset).isEmpty());
}

void TestProfileStore::presetNamesAreUnique()
{
    ProfileStore store(iniPath());
    store.ensureDefaults();
    QVERIFY(store.add(store.vainuPreset()).ok());
    const Profile second = store.vainuPreset();
    QCOMPARE(second.name, u"Vainu 2"_s);
    QVERIFY(store.add(second).ok());
    QCOMPARE(store.vainuPreset().name, u"Vainu 3"_s);
    QCOMPARE(store.sandboxPreset().name, u"Sandbox 2"_s);
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("expected"); // part of the message; empty: valid

    Profile valid;
    valid.name = u"Valid"_s;
    valid.baseUrl = Profile::vainuBaseUrl();
    QTest::newRow("valid") << valid << QString();

    Profile p = valid;
    p.name = u"   "_s;
    QTest::newRow("empty name") << p << u"needs a name"_s;

    p = valid;
    p.baseUrl = QUrl();
    QTest::newRow("no base url") << p << u"needs a base URL"_s;

    p = valid;
    p.kind = Profile::Kind::Sandbox;
    p.baseUrl = QUrl();
    QTest::newRow("sandbox without base url") << p << QString();

    p = valid;
    p.baseUrl = QUrl(u"api.vainu.io/api/v2/"_s);
    QTest::newRow("relative base url") << p << u"not a full http or https address"_s;

    p = valid;
    p.baseUrl = QUrl(u"ftp://api.vainu.io/api/v2/"_s);
    QTest::newRow("ftp base url") << p << u"not a full http or https address"_s;

    p = valid;
    p.baseUrl = QUrl(u"https://api.vainu.io/api/v2/?x=1"_s);
    QTest::newRow("base url with query") << p << u"must not have a query"_s;

    p = valid;
    p.kind = Profile::Kind::Sandbox;
    p.baseUrl = QUrl(u"http://127.0.0.1:9000/api/v2/"_s);
    QTest::newRow("sandbox with http base url") << p << QString();

    p = valid;
    p.receiver.port = 0;
    QTest::newRow("port 0") << p << u"port must be between 1 and 65535"_s;

    p = valid;
    p.receiver.path = u"vainu/webhook"_s;
    QTest::newRow("path without slash") << p << u"must start with '/'"_s;

    p = valid;
    p.receiver.path = u"/a?b"_s;
    QTest::newRow("path with query") << p << u"must not contain"_s;

    p = valid;
    p.receiver.bindAddress = QString();
    QTest::newRow("no bind address") << p << u"needs an address to listen on"_s;

    p = valid;
    p.receiver.publicUrl = QUrl(u"tunnel.example.com/x"_s);
    QTest::newRow("relative public url") << p << u"public URL"_s;
}

void TestProfileStore::validation()
{
    QFETCH(Profile, profile);
    QFETCH(QString, expected);
    ProfileStore store(iniPath());
    const auto result = store.add(profile);
    if (expected.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(store.profiles().size(), 1);
    } else {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!iniBytes().contains("Valid")); // nothing written
    }
}

void TestProfileStore::duplicateNameRefused()
{
    ProfileStore store(iniPath());
    store.ensureDefaults();
    Profile clash = store.vainuPreset();
    clash.name = u"sandbox"_s; // case does not make it another name
    const auto result = store.add(clash);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"already exists"_s), qPrintable(result.error));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::renameKeepsId()
{
    ProfileStore store(iniPath());
    store.ensureDefaults();
    const QString id = store.activeProfileId();
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const auto renamed = store.rename(id, u"My sandbox"_s);
    QVERIFY2(renamed.ok(), qPrintable(renamed.error));
    QCOMPARE(changed.size(), 1);
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profile(id)->name, u"My sandbox"_s);
    // Renaming to its own name (another case) is not a clash with itself.
    QVERIFY(store.rename(id, u"MY SANDBOX"_s).ok());
}

void TestProfileStore::renameToTakenNameRefused()
{
    ProfileStore store(iniPath());
    store.ensureDefaults();
    const auto vainu = store.add(store.vainuPreset());
    QVERIFY(vainu.ok());
    const auto result = store.rename(vainu.profile.id, u"Sandbox"_s);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(u"already exists"_s));
    QCOMPARE(store.profile(vainu.profile.id)->name, u"Vainu"_s);
    QVERIFY(!store.rename(vainu.profile.id, QString()).ok());
}

void TestProfileStore::removeMovesActive()
{
    ProfileStore store(iniPath());
    store.ensureDefaults();
    const QString sandboxId = store.activeProfileId();
    const auto vainu = store.add(store.vainuPreset());
    QVERIFY(vainu.ok());
    QVERIFY(store.setActiveProfile(vainu.profile.id));

    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
    const auto removed = store.remove(vainu.profile.id);
    QVERIFY(removed.ok());
    QCOMPARE(removed.profile.id, vainu.profile.id);
    QCOMPARE(store.activeProfileId(), sandboxId);
    QCOMPARE(active.size(), 1);
    ProfileStore reloaded(iniPath());
    QCOMPARE(reloaded.profiles().size(), 1);
    QCOMPARE(reloaded.activeProfileId(), sandboxId);
    QVERIFY(!iniBytes().contains(vainu.profile.id.toUtf8()));
}

void TestProfileStore::lastProfileCannotBeRemoved()
{
    ProfileStore store(iniPath());
    store.ensureDefaults();
    const auto result = store.remove(store.activeProfileId());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"last profile"_s), qPrintable(result.error));
    QCOMPARE(store.profiles().size(), 1);
}

void TestProfileStore::unknownIdsRefused()
{
    ProfileStore store(iniPath());
    store.ensureDefaults();
    QVERIFY(!store.setActiveProfile(u"no-such-id"_s));
    QVERIFY(!store.remove(u"no-such-id"_s).ok());
    QVERIFY(!store.rename(u"no-such-id"_s, u"X"_s).ok());
    Profile ghost = store.vainuPreset();
    ghost.id = u"no-such-id"_s;
    QVERIFY(!store.update(ghost).ok());
    QVERIFY(!store.profile(u"no-such-id"_s));
}

void TestProfileStore::activeProfileChange()
{
    ProfileStore store(iniPath());
    store.ensureDefaults();
    const auto vainu = store.add(store.vainuPreset());
    QSignalSpy active(&store, &ProfileStore::activeProfileChanged);
    QVERIFY(store.setActiveProfile(vainu.profile.id));
    QCOMPARE(active.size(), 1);
    QVERIFY(store.setActiveProfile(vainu.profile.id)); // already active: no signal
    QCOMPARE(active.size(), 1);
    QCOMPARE(store.activeProfile()->baseUrl, Profile::vainuBaseUrl());
}

void TestProfileStore::staleActiveIdRepaired()
{
    QString firstId;
    {
        ProfileStore store(iniPath());
        store.ensureDefaults();
        firstId = store.activeProfileId();
    }
    {
        QSettings ini(iniPath(), QSettings::IniFormat);
        ini.setValue(u"profiles/active"_s, u"gone"_s);
    }
    ProfileStore store(iniPath());
    QCOMPARE(store.activeProfileId(), firstId);
    QVERIFY(!store.ensureDefaults());
    QSettings ini(iniPath(), QSettings::IniFormat);
    QCOMPARE(ini.value(u"profiles/active"_s).toString(), firstId);
}

void TestProfileStore::damagedEntrySkipped()
{
    {
        ProfileStore store(iniPath());
        store.ensureDefaults();
        QVERIFY(store.add(store.vainuPreset()).ok());
    }
    {
        QSettings ini(iniPath(), QSettings::IniFormat);
        ini.setValue(u"profiles/list/2/kind"_s, u"martian"_s);
    }
    ProfileStore store(iniPath());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().at(0).name, u"Sandbox"_s);
}

void TestProfileStore::externalSettingsObject()
{
    QSettings settings(iniPath(), QSettings::IniFormat);
    {
        ProfileStore store(&settings);
        QVERIFY(store.ensureDefaults());
    }
    QCOMPARE(settings.value(u"profiles/list/size"_s).toInt(), 1);
    ProfileStore again(&settings);
    QCOMPARE(again.profiles().size(), 1);
}

void TestProfileStore::unwritableSettingsReported()
{
    // A settings "file" whose folder is a regular file cannot be created.
    const QString blocker = m_dir->filePath(u"not-a-folder"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    ProfileStore store(blocker + u"/settings.ini"_s);
    store.ensureDefaults();
    QVERIFY(!store.lastWriteError().isEmpty());
    QVERIFY2(store.lastWriteError().contains(u"could not be saved"_s), qPrintable(store.lastWriteError()));
    const auto added = store.add(store.vainuPreset());
    QVERIFY(!added.ok());
}

void TestProfileStore::apiKeyNeverInSettings()
{
    QVERIFY2(qEnvironmentVariable("VW_TEST_KEYRING") == "1"_L1,
             "Run through scripts/with-keyring.sh: this test stores a key in a throw-away keychain.");
    const QString apiKey = u"api-key-that-must-not-touch-disk-31d8"_s;
    const QString receiverSecret = u"receiver-secret-that-must-not-touch-disk-9b0c"_s;

    // The standard settings location (XDG_CONFIG_HOME, private to this test) and an INI file.
    QSettings::setDefaultFormat(QSettings::NativeFormat);
    QCoreApplication::setOrganizationName(u"Vainu Webhooks Test"_s);
    QCoreApplication::setApplicationName(u"tst_profilestore"_s);
    ProfileStore standard;
    ProfileStore ini(iniPath());
    standard.ensureDefaults();
    ini.ensureDefaults();

    TokenVault vault;
    QList<VaultResult> written;
    const auto collect = [&written](const VaultResult& r) { written.append(r); };
    for (const ProfileStore* store : {&standard, &ini}) {
        vault.write(store->activeProfileId(), SecretKind::ApiKey, apiKey, this, collect);
        vault.write(store->activeProfileId(), SecretKind::ReceiverSecret, receiverSecret, this, collect);
    }
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 4, 30000);
    for (const VaultResult& r : std::as_const(written))
        QVERIFY2(r.ok() && !r.sessionOnly, qPrintable(u"The keychain did not take the key: "_s + r.message));
    // Touch the profiles after the keys exist, as a user editing a profile would.
    QVERIFY(standard.rename(standard.activeProfileId(), u"Renamed"_s).ok());
    QVERIFY(ini.rename(ini.activeProfileId(), u"Renamed"_s).ok());

    QStringList scanned;
    const QStringList roots = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), m_dir->path()};
    for (const QString& root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(apiKey.toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!bytes.contains(receiverSecret.toUtf8()), qPrintable(f.fileName()));
            scanned << f.fileName();
        }
    }
    // The scan really looked at both settings files.
    QVERIFY2(scanned.contains(iniPath()), qPrintable(scanned.join(u", "_s)));
    QVERIFY2(scanned.contains(QSettings().fileName()), qPrintable(scanned.join(u", "_s)));
    QVERIFY(iniBytes().contains("Renamed"));

    int removed = 0;
    for (const ProfileStore* store : {&standard, &ini}) {
        for (const SecretKind kind : {SecretKind::ApiKey, SecretKind::ReceiverSecret})
            vault.remove(store->activeProfileId(), kind, this, [&](const VaultResult&) { ++removed; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(removed, 4, 30000);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
