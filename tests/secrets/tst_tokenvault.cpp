// TokenVault against the real Secret Service of the throw-away gnome-keyring session that
// scripts/with-keyring.sh starts; secret-tool reads back what really landed in the keychain.
#include "core/AppInfo.h"
#include "secrets/SecretGenerator.h"
#include "secrets/TokenVault.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kJobWaitMs = 30000;

// Collects the one answer of a vault call.
struct Answer
{
    std::optional<VaultResult> result;
    TokenVault::Callback callback()
    {
        return [this](const VaultResult& r) { result = r; };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, kJobWaitMs);
    }
};

QString newProfileId()
{
    return u"test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct ToolOutput
{
    int exitCode = -1;
    QString out;
    QString err; // secret-tool search prints the attributes here
};

ToolOutput secretTool(const QStringList& args)
{
    QProcess process;
    process.start(u"secret-tool"_s, args);
    ToolOutput result;
    if (!process.waitForFinished(kJobWaitMs) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// What `secret-tool lookup` finds under the attributes QtKeychain's libsecret backend writes.
ToolOutput lookup(const QString& key)
{
    return secretTool({u"lookup"_s, u"user"_s, key, u"server"_s, TokenVault::serviceName(), u"type"_s, u"plaintext"_s});
}

QHash<QString, QString> parseLines(const QString& text)
{
    QHash<QString, QString> values;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            values.insert(line.left(eq), line.mid(eq + 1));
    }
    return values;
}

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private:
    VaultResult call(const std::function<void(TokenVault&, Answer&)>& start);
    VaultResult write(const QString& profileId, SecretKind kind, const QString& secret);
    VaultResult read(const QString& profileId, SecretKind kind);
    VaultResult remove(const QString& profileId, SecretKind kind);
    QHash<QString, QString> runChild(const QProcessEnvironment& env, int timeoutMs);

    std::unique_ptr<TokenVault> m_vault;
    QStringList m_profilesUsed;

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyLayout();
    void generatedSecrets();
    void roundTrip_data();
    void roundTrip();
    void overwrite();
    void readMissingIsNotFound_data();
    void readMissingIsNotFound();
    void removeDeletesFromKeychain();
    void removeMissingIsOk();
    void profilesKeptApart();
    void kindsKeptApart();
    void itemAttributesInKeychain();
    void secretChangedSignal();
    void destroyedContextGetsNoCallback();
    void emptyProfileIdFails();
    void answersAreNeverSynchronous();
    void noSecretInConfigFiles();
    void noSessionBusIsUnavailable();
    void keychainThatNeverAnswersTimesOut();
};

VaultResult TestTokenVault::call(const std::function<void(TokenVault&, Answer&)>& start)
{
    Answer answer;
    start(*m_vault, answer);
    if (!answer.wait()) {
        QTest::qFail("the vault did not answer", __FILE__, __LINE__);
        return {};
    }
    return *answer.result;
}

VaultResult TestTokenVault::write(const QString& profileId, SecretKind kind, const QString& secret)
{
    m_profilesUsed << profileId;
    return call([&](TokenVault& vault, Answer& a) { vault.write(profileId, kind, secret, this, a.callback()); });
}

VaultResult TestTokenVault::read(const QString& profileId, SecretKind kind)
{
    return call([&](TokenVault& vault, Answer& a) { vault.read(profileId, kind, this, a.callback()); });
}

VaultResult TestTokenVault::remove(const QString& profileId, SecretKind kind)
{
    return call([&](TokenVault& vault, Answer& a) { vault.remove(profileId, kind, this, a.callback()); });
}

void TestTokenVault::initTestCase()
{
    // Without the throw-away keychain these tests would test nothing: fail loudly instead.
    QVERIFY2(qEnvironmentVariable("VW_TEST_KEYRING") == "1"_L1,
             "Run the keychain tests through scripts/with-keyring.sh (it provides a throw-away keychain).");
    QVERIFY2(!QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty(),
             "secret-tool is missing: install libsecret-tools.");
    // A write/read must reach the real keychain, not the session fallback.
    m_vault = std::make_unique<TokenVault>();
    const QString probe = newProfileId();
    const VaultResult written = write(probe, SecretKind::ApiKey, u"probe"_s);
    QVERIFY2(written.ok(), qPrintable(u"The keychain is not usable: "_s + written.message));
    QVERIFY(!written.sessionOnly);
}

void TestTokenVault::init()
{
    m_vault = std::make_unique<TokenVault>();
}

void TestTokenVault::cleanup()
{
    // Leave the keychain as found, even after a failed test.
    for (const QString& id : std::as_const(m_profilesUsed)) {
        for (const SecretKind kind : {SecretKind::ApiKey, SecretKind::ReceiverSecret}) {
            Answer answer;
            m_vault->remove(id, kind, this, answer.callback());
            answer.wait();
        }
    }
    m_profilesUsed.clear();
}

void TestTokenVault::keyLayout()
{
    QCOMPARE(TokenVault::serviceName(), AppInfo::id());
    QCOMPARE(TokenVault::serviceName(), u"com.vainu.Webhooks"_s);
    QCOMPARE(TokenVault::keyFor(u"abc"_s, SecretKind::ApiKey), u"com.vainu.Webhooks/abc"_s);
    QCOMPARE(TokenVault::keyFor(u"abc"_s, SecretKind::ReceiverSecret), u"com.vainu.Webhooks/abc/receiver-secret"_s);
}

void TestTokenVault::generatedSecrets()
{
    const QString a = generateSecret();
    const QString b = generateSecret();
    QCOMPARE(a.size(), 43); // 32 bytes in unpadded base64
    QVERIFY(a != b);
    // Safe in a query string as it is.
    static const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]+$"_s);
    QVERIFY2(urlSafe.match(a).hasMatch(), qPrintable(a));
    QCOMPARE(generateSecret(1).size(), 22); // raised to 16 bytes
}

void TestTokenVault::roundTrip_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::addColumn<QString>("secret");
    QTest::newRow("api key, hex") << SecretKind::ApiKey << u"0123456789abcdef0123456789abcdef"_s;
    QTest::newRow("api key, unicode") << SecretKind::ApiKey << u"pässwörd ✓ 鍵"_s;
    QTest::newRow("api key, long") << SecretKind::ApiKey << QString(4096, u'k');
    QTest::newRow("api key, spaces and symbols") << SecretKind::ApiKey << u" a b=c&d?e#f\"g' "_s;
    QTest::newRow("receiver secret") << SecretKind::ReceiverSecret << u"s3cr3t-receiver"_s;
}

void TestTokenVault::roundTrip()
{
    QFETCH(SecretKind, kind);
    QFETCH(QString, secret);
    const QString profileId = newProfileId();

    const VaultResult written = write(profileId, kind, secret);
    QCOMPARE(written.status, VaultResult::Status::Ok);
    QVERIFY(!written.sessionOnly);
    QVERIFY(!m_vault->isSessionOnly(profileId, kind));

    // A fresh vault proves the value came from the keychain, not from this object's memory.
    m_vault = std::make_unique<TokenVault>();
    const VaultResult got = read(profileId, kind);
    QCOMPARE(got.status, VaultResult::Status::Ok);
    QCOMPARE(got.secret, secret);
    QVERIFY(!got.sessionOnly);
    QCOMPARE(lookup(TokenVault::keyFor(profileId, kind)).out, secret);
}

void TestTokenVault::overwrite()
{
    const QString profileId = newProfileId();
    QVERIFY(write(profileId, SecretKind::ApiKey, u"first"_s).ok());
    QVERIFY(write(profileId, SecretKind::ApiKey, u"second"_s).ok());
    const VaultResult got = read(profileId, SecretKind::ApiKey);
    QCOMPARE(got.status, VaultResult::Status::Ok);
    QCOMPARE(got.secret, u"second"_s);

    // Exactly one item: the second write replaced the first.
    const ToolOutput search
        = secretTool({u"search"_s, u"--all"_s, u"user"_s, TokenVault::keyFor(profileId, SecretKind::ApiKey),
                      u"server"_s, TokenVault::serviceName()});
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.out.count(u"secret = "_s), 1);
    QVERIFY(search.out.contains(u"secret = second"_s));
}

void TestTokenVault::readMissingIsNotFound_data()
{
    QTest::addColumn<SecretKind>("kind");
    QTest::newRow("api key") << SecretKind::ApiKey;
    QTest::newRow("receiver secret") << SecretKind::ReceiverSecret;
}

void TestTokenVault::readMissingIsNotFound()
{
    QFETCH(SecretKind, kind);
    const VaultResult got = read(newProfileId(), kind);
    QCOMPARE(got.status, VaultResult::Status::NotFound);
    QVERIFY(got.secret.isEmpty());
    QVERIFY(!got.message.isEmpty());
    QVERIFY2(got.message.contains(u"not set"_s) || got.message.contains(u"No "_s), qPrintable(got.message));
}

void TestTokenVault::removeDeletesFromKeychain()
{
    const QString profileId = newProfileId();
    const QString key = TokenVault::keyFor(profileId, SecretKind::ApiKey);
    QVERIFY(write(profileId, SecretKind::ApiKey, u"to-be-removed"_s).ok());
    QCOMPARE(lookup(key).exitCode, 0);
    QCOMPARE(lookup(key).out, u"to-be-removed"_s);

    const VaultResult removed = remove(profileId, SecretKind::ApiKey);
    QCOMPARE(removed.status, VaultResult::Status::Ok);
    QCOMPARE(read(profileId, SecretKind::ApiKey).status, VaultResult::Status::NotFound);
    const ToolOutput after = lookup(key);
    QVERIFY(after.exitCode != 0);
    QVERIFY(after.out.isEmpty());
}

void TestTokenVault::removeMissingIsOk()
{
    QCOMPARE(remove(newProfileId(), SecretKind::ApiKey).status, VaultResult::Status::Ok);
}

void TestTokenVault::profilesKeptApart()
{
    const QString a = newProfileId();
    const QString b = newProfileId();
    QVERIFY(write(a, SecretKind::ApiKey, u"key-of-a"_s).ok());
    QVERIFY(write(b, SecretKind::ApiKey, u"key-of-b"_s).ok());
    QCOMPARE(read(a, SecretKind::ApiKey).secret, u"key-of-a"_s);
    QCOMPARE(read(b, SecretKind::ApiKey).secret, u"key-of-b"_s);

    QVERIFY(remove(a, SecretKind::ApiKey).ok());
    QCOMPARE(read(a, SecretKind::ApiKey).status, VaultResult::Status::NotFound);
    const VaultResult stillB = read(b, SecretKind::ApiKey);
    QCOMPARE(stillB.status, VaultResult::Status::Ok);
    QCOMPARE(stillB.secret, u"key-of-b"_s);
}

void TestTokenVault::kindsKeptApart()
{
    const QString profileId = newProfileId();
    QVERIFY(write(profileId, SecretKind::ApiKey, u"the-api-key"_s).ok());
    QCOMPARE(read(profileId, SecretKind::ReceiverSecret).status, VaultResult::Status::NotFound);
    QVERIFY(write(profileId, SecretKind::ReceiverSecret, u"the-receiver-secret"_s).ok());
    QCOMPARE(read(profileId, SecretKind::ApiKey).secret, u"the-api-key"_s);
    QCOMPARE(read(profileId, SecretKind::ReceiverSecret).secret, u"the-receiver-secret"_s);

    QVERIFY(remove(profileId, SecretKind::ReceiverSecret).ok());
    QCOMPARE(read(profileId, SecretKind::ReceiverSecret).status, VaultResult::Status::NotFound);
    QCOMPARE(read(profileId, SecretKind::ApiKey).secret, u"the-api-key"_s);
}

void TestTokenVault::itemAttributesInKeychain()
{
    const QString profileId = newProfileId();
    QVERIFY(write(profileId, SecretKind::ApiKey, u"attr-check"_s).ok());

    // Search by service alone: our item is among the app's items, filed under its full key.
    const ToolOutput search = secretTool({u"search"_s, u"--all"_s, u"server"_s, TokenVault::serviceName()});
    QCOMPARE(search.exitCode, 0);
    const QString key = TokenVault::keyFor(profileId, SecretKind::ApiKey);
    const QString all = search.out + search.err;
    QVERIFY2(all.contains(u"attribute.user = "_s + key), qPrintable(all));
    QVERIFY(all.contains(u"attribute.server = "_s + TokenVault::serviceName()));
    QVERIFY(all.contains(u"attribute.type = plaintext"_s));
    QVERIFY(all.contains(u"schema = org.qt.keychain"_s));
    QVERIFY(all.contains(u"secret = attr-check"_s));
}

void TestTokenVault::secretChangedSignal()
{
    QSignalSpy spy(m_vault.get(), &TokenVault::secretChanged);
    const QString profileId = newProfileId();
    QVERIFY(write(profileId, SecretKind::ReceiverSecret, u"x"_s).ok());
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), profileId);
    QCOMPARE(spy.at(0).at(1).value<SecretKind>(), SecretKind::ReceiverSecret);
    QVERIFY(read(profileId, SecretKind::ReceiverSecret).ok());
    QCOMPARE(spy.size(), 1); // reading changes nothing
    QVERIFY(remove(profileId, SecretKind::ReceiverSecret).ok());
    QCOMPARE(spy.size(), 2);
}

void TestTokenVault::destroyedContextGetsNoCallback()
{
    const QString profileId = newProfileId();
    QVERIFY(write(profileId, SecretKind::ApiKey, u"ctx"_s).ok());

    bool called = false;
    auto* context = new QObject;
    m_vault->read(profileId, SecretKind::ApiKey, context, [&called](const VaultResult&) { called = true; });
    delete context;
    // QtKeychain runs jobs one at a time, so once a later call answers, the earlier job is done too.
    QCOMPARE(read(profileId, SecretKind::ApiKey).secret, u"ctx"_s);
    QVERIFY(!called);
}

void TestTokenVault::emptyProfileIdFails()
{
    const VaultResult got = read(QString(), SecretKind::ApiKey);
    QCOMPARE(got.status, VaultResult::Status::Failed);
    QVERIFY(!got.message.isEmpty());
}

void TestTokenVault::answersAreNeverSynchronous()
{
    bool called = false;
    m_vault->read(QString(), SecretKind::ApiKey, this, [&called](const VaultResult&) { called = true; });
    QVERIFY(!called); // callers may rely on finishing their own setup first
    QTRY_VERIFY(called);
}

void TestTokenVault::noSecretInConfigFiles()
{
    const QString secret = u"never-on-disk-7c2e9a"_s;
    const QString profileId = newProfileId();
    QVERIFY(write(profileId, SecretKind::ApiKey, secret).ok());
    QVERIFY(write(profileId, SecretKind::ReceiverSecret, secret).ok());

    const QString configHome = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QVERIFY(!configHome.isEmpty());
    QDirIterator it(configHome, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }
}

QHash<QString, QString> TestTokenVault::runChild(const QProcessEnvironment& env, int timeoutMs)
{
    const QString child = QCoreApplication::applicationDirPath() + u"/tst_tokenvault_child"_s;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(child, {newProfileId(), QString::number(timeoutMs)});
    if (!process.waitForStarted()) {
        QTest::qFail(qPrintable(u"could not start "_s + child), __FILE__, __LINE__);
        return {};
    }
    // A guard against a hang only; the vault itself must answer long before this.
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail("the vault hung without a keychain", __FILE__, __LINE__);
        return {};
    }
    const QString err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(qPrintable(u"the child failed: "_s + err), __FILE__, __LINE__);
        return {};
    }
    return parseLines(QString::fromUtf8(process.readAllStandardOutput()));
}

void TestTokenVault::noSessionBusIsUnavailable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.filePath(u"no-such-bus"_s));
    // A long timeout: the answer must come from the keychain's own error, not from the timer.
    const auto out = runChild(env, 60000);
    QVERIFY(!out.isEmpty());

    QCOMPARE(out.value(u"write.status"_s), u"Unavailable"_s);
    QCOMPARE(out.value(u"write.sessionOnly"_s), u"1"_s);
    const QString message = out.value(u"write.message"_s);
    QVERIFY2(message.startsWith(u"No system keychain is available: "_s), qPrintable(message));
    QVERIFY2(message.endsWith(u". The key will be used for this session only."_s), qPrintable(message));
    QVERIFY2(!message.contains(u"did not answer"_s), qPrintable(message));

    // The key written while the keychain was missing serves this session.
    QCOMPARE(out.value(u"read.status"_s), u"Ok"_s);
    QCOMPARE(out.value(u"read.sessionOnly"_s), u"1"_s);
    QCOMPARE(out.value(u"read.matches"_s), u"1"_s);
    // Anything else is honestly unavailable.
    QCOMPARE(out.value(u"readOther.status"_s), u"Unavailable"_s);
    QVERIFY(out.value(u"readOther.message"_s).startsWith(u"No system keychain is available: "_s));
    // Removing forgets the session copy even though the keychain cannot be reached.
    QCOMPARE(out.value(u"remove.status"_s), u"Unavailable"_s);
    QCOMPARE(out.value(u"readAfterRemove.status"_s), u"Unavailable"_s);
    QCOMPARE(out.value(u"readAfterRemove.matches"_s), u"0"_s);
}

void TestTokenVault::keychainThatNeverAnswersTimesOut()
{
    // With QT_NO_GLIB libsecret's callbacks never run, so every keychain job hangs: the vault
    // must give up after its timeout instead.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_NO_GLIB"_s, u"1"_s);
    const auto out = runChild(env, 300);
    QVERIFY(!out.isEmpty());

    QCOMPARE(out.value(u"write.status"_s), u"Unavailable"_s);
    QCOMPARE(out.value(u"write.sessionOnly"_s), u"1"_s);
    QVERIFY2(out.value(u"write.message"_s).contains(u"did not answer within 1 second"_s),
             qPrintable(out.value(u"write.message"_s)));
    QCOMPARE(out.value(u"read.status"_s), u"Ok"_s);
    QCOMPARE(out.value(u"read.matches"_s), u"1"_s);
    // Later jobs would queue behind the hung one: they are refused at once, with the reason.
    QCOMPARE(out.value(u"readOther.status"_s), u"Unavailable"_s);
    QVERIFY2(out.value(u"readOther.message"_s).contains(u"earlier request"_s),
             qPrintable(out.value(u"readOther.message"_s)));
    QCOMPARE(out.value(u"readAfterRemove.status"_s), u"Unavailable"_s);
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "tst_tokenvault.moc"
