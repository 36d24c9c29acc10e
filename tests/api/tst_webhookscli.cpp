#include "CliProcess.h"
#include "KeychainTestSupport.h"
#include "LocalSandbox.h"
#include "core/ApiError.h"
#include "core/AppInfo.h"
#include "core/ProfileStore.h"
#include "sandbox/FaultInjector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

// `vainu-webhooks webhooks ...` run as a real process against the sandbox in this test process.
class TestWebhooksCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliProcess::Run;

    LocalSandbox m_sandbox;

    QString apiBase() const { return m_sandbox->apiBaseUrl().toString(); }

    // Runs `vainu-webhooks webhooks ARGUMENTS`; key = VAINU_API_KEY for the child (a null string leaves it unset).
    Run run(const QStringList& arguments, const QString& key = QString())
    {
        QProcessEnvironment environment = CliProcess::environment(key);
        // stdout and stderr are checked exactly; informational logs of other areas are not part of that.
        environment.insert(u"QT_LOGGING_RULES"_s, u"vainu.*.info=false;vainu.*.debug=false"_s);
        return CliProcess::run(QStringList {u"webhooks"_s} + arguments, environment);
    }

    QJsonArray listJson(const QStringList& extra = {}, const QString& key = u"sandbox-demo-key"_s)
    {
        const Run listed = run(QStringList {u"list"_s, u"--json"_s} + extra, key);
        if (listed.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

private slots:
    void initTestCase()
    {
        AppInfo::applyToApplication(); // the same settings location as the program's
        // Start without profiles; the settings folder is this test's own scratch folder (vw_add_test).
        QVERIFY(qEnvironmentVariable("XDG_CONFIG_HOME").contains(u"test-home"_s));
        QSettings().clear();
        QVERIFY(!qEnvironmentVariable("VW_BIN_DIR").isEmpty());
        QVERIFY(m_sandbox.start());
    }

    void init() { m_sandbox->reset(1); }

    void help()
    {
        const Run help = run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString& expected : {u"list"_s, u"add URL"_s, u"delete ID"_s, u"--base-url"_s, u"--profile"_s,
                                        u"VAINU_API_KEY"_s, u"Exit codes"_s})
            QVERIFY2(help.out.contains(expected), qPrintable(expected));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("key");
        const QString key = u"sandbox-demo-key"_s;
        const QString base = u"--base-url=http://127.0.0.1:1/api/v2/"_s;
        QTest::newRow("no command") << QStringList {base} << key;
        QTest::newRow("unknown command") << QStringList {u"frobnicate"_s, base} << key;
        QTest::newRow("unknown option") << QStringList {u"list"_s, u"--nope"_s, base} << key;
        QTest::newRow("list with argument") << QStringList {u"list"_s, u"x"_s, base} << key;
        QTest::newRow("add without url") << QStringList {u"add"_s, base} << key;
        QTest::newRow("add with two urls") << QStringList {u"add"_s, u"https://a/"_s, u"https://b/"_s, base} << key;
        QTest::newRow("delete without id") << QStringList {u"delete"_s, base} << key;
        QTest::newRow("query on list") << QStringList {u"list"_s, u"--query=a"_s, base} << key;
        QTest::newRow("no key for base url") << QStringList {u"list"_s, base} << QString();
        QTest::newRow("bad base url") << QStringList {u"list"_s, u"--base-url=ftp://h/api/v2/"_s} << key;
        QTest::newRow("profile and base url") << QStringList {u"list"_s, u"--profile=x"_s, base} << key;
        QTest::newRow("unknown profile") << QStringList {u"list"_s, u"--profile=No such profile"_s} << key;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        const Run result = run(arguments, key);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY(result.err.contains(u"--help"_s));
    }

    void listAsTable()
    {
        const Run listed = run({u"list"_s, u"--base-url"_s, apiBase()}, m_sandbox->demoApiKey());
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.err.isEmpty(), qPrintable(listed.err));
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(u"ID"_s));
        QVERIFY(lines.at(1).contains(m_sandbox->options().demoWebhookUrl));
        QVERIFY(lines.at(1).contains(u"?source=sandbox"_s));
        QVERIFY(lines.at(1).contains(m_sandbox->options().demoUsername));
    }

    void listAsJson()
    {
        const QJsonArray webhooks = listJson({u"--base-url"_s, apiBase()});
        QCOMPARE(webhooks.size(), 1);
        const QJsonObject webhook = webhooks.first().toObject();
        QCOMPARE(webhook.value(u"webhook_url"_s).toString(), m_sandbox->options().demoWebhookUrl);
        QCOMPARE(webhook.value(u"type"_s).toString(), u"company_change_webhook"_s);
        QCOMPARE(webhook.value(u"id"_s).toString().size(), 24);
    }

    void addThenDelete()
    {
        const Run added = run(
            {u"add"_s, u"https://receiver.example/hook"_s, u"--query"_s, u"secret=abc"_s, u"--base-url"_s, apiBase()},
            m_sandbox->demoApiKey());
        QCOMPARE(added.exitCode, 0);
        const QString id = added.out.trimmed();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{24}$"_s).match(id).hasMatch(), qPrintable(added.out));

        QJsonArray webhooks = listJson({u"--base-url"_s, apiBase()});
        QCOMPARE(webhooks.size(), 2);
        const auto it = std::find_if(webhooks.begin(), webhooks.end(),
                                     [&](const QJsonValue& w) { return w.toObject().value(u"id"_s).toString() == id; });
        QVERIFY(it != webhooks.end());
        QCOMPARE(it->toObject().value(u"query"_s).toString(), u"?secret=abc"_s);

        const Run deleted = run({u"delete"_s, id, u"--base-url"_s, apiBase()}, m_sandbox->demoApiKey());
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.out.contains(id));
        QCOMPARE(listJson({u"--base-url"_s, apiBase()}).size(), 1);
    }

    // A create is not idempotent. Vainu created the webhook, but the answer was lost (a gateway gave up
    // waiting): reported as created with its id, exit 0, and running it again is not needed.
    void addWhoseAnswerWasLostReportsTheWebhook()
    {
        FaultInjector::Fault lost;
        lost.pathPrefix = u"/api/v2/webhook_configuration"_s;
        lost.method = u"POST"_s;
        lost.afterWork = true;
        lost.status = 502;
        m_sandbox->faults().add(lost);
        const Run added = run(
            {u"add"_s, u"https://receiver.example/lost"_s, u"--query"_s, u"secret=abc"_s, u"--base-url"_s, apiBase()},
            m_sandbox->demoApiKey());
        QCOMPARE(added.exitCode, 0);
        const QString id = added.out.trimmed();
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{24}$"_s).match(id).hasMatch(), qPrintable(added.out));
        QVERIFY2(added.err.contains(u"answer was lost, but the webhook was created"_s) && added.err.contains(id),
                 qPrintable(added.err));
        const QJsonArray webhooks = listJson({u"--base-url"_s, apiBase()});
        QCOMPARE(std::count_if(webhooks.begin(), webhooks.end(),
                               [](const QJsonValue& w) {
                                   return w.toObject().value(u"webhook_url"_s).toString()
                                       == u"https://receiver.example/lost"_s;
                               }),
                 1);
    }

    // The connection dropped before Vainu did anything: not created, exit 1, and the retry is offered.
    void addThatWasNotCreatedOffersTheRetry()
    {
        FaultInjector::Fault dropped;
        dropped.pathPrefix = u"/api/v2/webhook_configuration"_s;
        dropped.method = u"POST"_s;
        dropped.drop = true;
        dropped.remaining = 3; // Qt resends a request whose connection closed unanswered
        m_sandbox->faults().add(dropped);
        const Run added = run({u"add"_s, u"https://receiver.example/dropped"_s, u"--base-url"_s, apiBase()},
                              m_sandbox->demoApiKey());
        QCOMPARE(added.exitCode, 1);
        QVERIFY(added.out.isEmpty());
        QVERIFY2(added.err.contains(u"was not created"_s) && added.err.contains(u"safe to run the command again"_s),
                 qPrintable(added.err));
        QCOMPARE(listJson({u"--base-url"_s, apiBase()}).size(), 1); // the demo webhook only
    }

    void deleteGoesOnAfterAFailure()
    {
        const QString existing = listJson({u"--base-url"_s, apiBase()}).first().toObject().value(u"id"_s).toString();
        const QString unknown = u"000000000000000000000000"_s;
        const Run deleted = run({u"delete"_s, unknown, existing, u"--base-url"_s, apiBase()}, m_sandbox->demoApiKey());
        QCOMPARE(deleted.exitCode, 1);
        QVERIFY(deleted.err.contains(unknown));
        QVERIFY(deleted.err.contains(ApiError::make(ApiError::Kind::NotFound).kindMessage()));
        QVERIFY(deleted.out.contains(existing));
        QCOMPARE(listJson({u"--base-url"_s, apiBase()}).size(), 0);
    }

    void invalidWebhookIsAnApiError()
    {
        const Run added
            = run({u"add"_s, u"ftp://receiver.example/hook"_s, u"--base-url"_s, apiBase()}, m_sandbox->demoApiKey());
        QCOMPARE(added.exitCode, 1);
        QVERIFY(added.out.isEmpty());
        QVERIFY2(added.err.contains(u"webhook_url"_s), qPrintable(added.err));
    }

    void wrongKeyPrintsTheApiErrorSentence()
    {
        const Run listed = run({u"list"_s, u"--base-url"_s, apiBase()}, u"not-the-key"_s);
        QCOMPARE(listed.exitCode, 1);
        QVERIFY(listed.out.isEmpty());
        QVERIFY2(listed.err.contains(ApiError::make(ApiError::Kind::Unauthorized).kindMessage()),
                 qPrintable(listed.err));
        QVERIFY(listed.err.contains(u"Invalid API key."_s)); // Vainu's own message too
        QVERIFY(!listed.err.contains(u"not-the-key"_s)); // never echo the key
    }

    void unreachableServerIsAnApiError()
    {
        const Run listed = run({u"list"_s, u"--base-url"_s, u"http://127.0.0.1:1/api/v2/"_s}, u"k"_s);
        QCOMPARE(listed.exitCode, 1);
        QVERIFY(listed.err.contains(ApiError::make(ApiError::Kind::Network).kindMessage()));
    }

    void profileWithKeyFromTheKeychain()
    {
        ProfileStore store;
        Profile profile = store.vainuPreset();
        profile.name = u"CLI test"_s;
        profile.baseUrl = m_sandbox->apiBaseUrl();
        const ProfileStore::Result added = store.add(profile);
        QVERIFY2(added.ok(), qPrintable(added.error));

        // No key stored yet: a usage problem that says what to do.
        const Run noKey = run({u"list"_s, u"--profile"_s, u"cli TEST"_s});
        QCOMPARE(noKey.exitCode, 2);
        QVERIFY2(noKey.err.contains(u"CLI test"_s), qPrintable(noKey.err));

        TokenVault vault;
        const VaultResult written = KeychainTestSupport::writeKey(vault, added.profile.id, m_sandbox->demoApiKey());
        QVERIFY2(written.ok() && !written.sessionOnly, qPrintable(written.message));

        const Run byName = run({u"list"_s, u"--profile"_s, u"cli TEST"_s});
        QCOMPARE(byName.exitCode, 0);
        QVERIFY(byName.out.contains(m_sandbox->options().demoWebhookUrl));

        QVERIFY(store.setActiveProfile(added.profile.id));
        const Run active = run({u"list"_s, u"--json"_s});
        QCOMPARE(active.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(active.out.toUtf8()).array().size(), 1);

        // VAINU_API_KEY overrides the stored key.
        const Run overridden = run({u"list"_s}, u"not-the-key"_s);
        QCOMPARE(overridden.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhooksCli)
#include "tst_webhookscli.moc"
