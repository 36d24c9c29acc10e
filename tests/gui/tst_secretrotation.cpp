// Rotating the receiver's secret (Settings > Receiver, "Rotate…"), against real parts: the app's session (profiles
// in an INI file, the real Secret Service through scripts/with-keyring.sh, the real receiver on a loopback port),
// the in-process sandbox as the Vainu account whose webhook is replaced, real HTTP deliveries. The grace period is
// measured with the service's clock, which the test moves forward instead of waiting.
#include "ApiTestSupport.h"
#include "AppWindowTestSupport.h"
#include "KeychainTestSupport.h"
#include "SandboxFixture.h"
#include "core/ProfileStore.h"
#include "gui/AppWindow.h"
#include "gui/MainWindow.h"
#include "gui/common/MessageBox.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/settings/SettingsDialog.h"
#include "receiver/WebhookReceiver.h"
#include "secrets/TokenVault.h"
#include "session/ReceiverService.h"
#include "session/ReceiverSubscription.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// A delivery as Vainu sends it, with `secret` in the query; the receiver's status (200: stored).
int deliver(QUrl url, const QString& secret)
{
    QUrlQuery query;
    query.addQueryItem(u"secret"_s, secret);
    url.setQuery(query);
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    const QByteArray body = R"({"data":{"business_id":"25578642","company_name":"Vainu. io Software Oy"},)"
                            R"("number_of_tries":1,"type":"company_change_webhook","unique_id":"rotation-)"_ba
        + Profile::newId().toUtf8() + R"("})"_ba;
    std::unique_ptr<QNetworkReply> reply(network.post(request, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(20000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

class TestSecretRotation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void bothSecretsWorkDuringTheGracePeriodThenOnlyTheNewOne();
    void failedCreateLeavesTheOldSecret();
    void failedDeleteNamesTheWebhookToDelete();
    void sandboxProfileRotatesToo();

private:
    AppSession::Options options() const;
    std::unique_ptr<AppWindow> startSession();
    // A Vainu profile on the sandbox account whose receiver runs on a free port and is subscribed (a webhook with
    // a secret delivers to it). Returns the receiver's URL.
    QUrl subscribedAccount(AppWindow* session);
    QList<Webhook> accountWebhooks();
    static bool waitListening(ReceiverService* service);

    QString m_key;
    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_profileIds;
};

void TestSecretRotation::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_secretrotation"_s);
    SandboxOptions sandboxOptions;
    m_key = u"rotation-key-"_s + Profile::newId();
    sandboxOptions.extraKeys.insert(m_key, u"rotation@example.com"_s);
    QVERIFY(m_sandbox.start(sandboxOptions));
}

void TestSecretRotation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    MessageBox::clearShownMessages();
    // Each test starts from an account without webhooks.
    TestApiClient client(m_sandbox.connection(m_key));
    for (const Webhook& webhook : accountWebhooks())
        QVERIFY(!waitFor(client.deleteWebhook(webhook.id)).error.isError());

    ProfileStore store(options().settingsFile);
    store.ensureDefaults();
    m_profileIds.append(store.activeProfileId());
    TokenVault vault;
    const QString id
        = KeychainTestSupport::addVainuProfile(store, u"Account"_s, m_sandbox.connection(m_key).baseUrl, &vault, m_key);
    QVERIFY(!id.isEmpty());
    m_profileIds.append(id);
    Profile profile = *store.profile(id);
    profile.receiver.port = freePort();
    profile.receiver.autostart = true;
    QVERIFY(store.update(profile).error.isEmpty());
    store.setActiveProfile(id);
}

void TestSecretRotation::cleanup()
{
    TokenVault vault;
    for (const QString& id : std::as_const(m_profileIds)) {
        for (SecretKind kind : {SecretKind::ApiKey, SecretKind::ReceiverSecret, SecretKind::PreviousReceiverSecret})
            KeychainTestSupport::removeKey(vault, id, kind);
    }
    m_profileIds.clear();
    m_dir.reset();
}

AppSession::Options TestSecretRotation::options() const
{
    return AppWindowTestSupport::options(m_dir->path());
}

std::unique_ptr<AppWindow> TestSecretRotation::startSession()
{
    return AppWindowTestSupport::start(options());
}

bool TestSecretRotation::waitListening(ReceiverService* service)
{
    return QTest::qWaitFor([service] { return service->isListening(); }, 20000);
}

QList<Webhook> TestSecretRotation::accountWebhooks()
{
    TestApiClient client(m_sandbox.connection(m_key));
    return waitFor(client.listWebhooks()).value;
}

QUrl TestSecretRotation::subscribedAccount(AppWindow* session)
{
    ReceiverService* service = session->receiverService();
    if (!waitListening(service))
        return {};
    LiveEventsPage* page = session->window()->liveEventsPage();
    // A Vainu account is given an address of its own; the sandbox delivers to the local one.
    QUrl url = service->receiver()->localUrl();
    if (!service->isSandbox())
        url.setHost(u"localhost"_s);
    QSignalSpy subscribed(page->subscription(), &ReceiverSubscription::subscribed);
    page->subscription()->subscribe(url, true);
    if (!subscribed.wait(20000) || !QTest::qWaitFor([service] { return service->hasSecret(); }, 10000))
        return {};
    return waitListening(service) ? url : QUrl();
}

// After "Rotate…": the new secret works at once, the old one too until the end of the grace period the page shows,
// the sandbox's webhook carries the new secret (the old one is gone), and the keychain holds both, so a new session
// accepts both. Once the grace period is over, the old secret is refused and leaves the keychain.
void TestSecretRotation::bothSecretsWorkDuringTheGracePeriodThenOnlyTheNewOne()
{
    QUrl url;
    QString oldSecret;
    QString newSecret;
    QDateTime validUntil;
    const QString profileId = m_profileIds.last();
    {
        auto session = startSession();
        QVERIFY(session);
        ReceiverService* service = session->receiverService();
        url = subscribedAccount(session.get());
        QVERIFY(!url.isEmpty());
        oldSecret = service->secret();
        QCOMPARE(deliver(url, oldSecret), 200);
        const QList<Webhook> before = accountWebhooks();
        QCOMPARE(before.size(), 1);
        const QString oldId = before.first().id;

        const QDateTime start = QDateTime::currentDateTimeUtc();
        service->setClock([start] { return start; });
        SettingsDialog* dialog = session->openSettings();
        dialog->showReceiverTab();
        auto* rotate = dialog->findChild<QPushButton*>(u"rotateSecretButton"_s);
        QVERIFY(rotate);
        QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), 15000);
        QVERIFY(dialog->previousSecretText().isEmpty());
        QSignalSpy rotated(session->window()->liveEventsPage()->subscription(), &ReceiverSubscription::rotated);
        MessageBox::presetAnswers({MessageBox::Answer::Accept});
        QTest::mouseClick(rotate, Qt::LeftButton);
        QVERIFY(rotated.wait(20000));
        QCOMPARE(MessageBox::shownMessages().size(), 1);
        QVERIFY(MessageBox::shownMessages().first().text.contains(
            QLocale().toString(start.addSecs(24 * 3600).toLocalTime(), QLocale::ShortFormat)));
        QVERIFY2(rotated.first().at(2).toString().isEmpty(), qPrintable(rotated.first().at(2).toString()));

        newSecret = service->secret();
        QVERIFY(!newSecret.isEmpty());
        QVERIFY(newSecret != oldSecret);
        QVERIFY(service->hasPreviousSecret());
        validUntil = service->previousSecretValidUntil();
        QCOMPARE(validUntil, start.addSecs(24 * 3600));
        const QString shownUntil = QLocale().toString(validUntil.toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(dialog->previousSecretText(), u"The previous secret is accepted until %1."_s.arg(shownUntil));
        auto* secretEdit = dialog->findChild<QLineEdit*>(u"secretEdit"_s);
        QTRY_COMPARE_WITH_TIMEOUT(secretEdit->text(), newSecret, 15000);

        // The sandbox's webhook: a new one with the new secret; the old one deleted.
        const QList<Webhook> after = accountWebhooks();
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().id != oldId);
        QVERIFY(ReceiverSubscription::carriesSecret(after.first(), u"secret"_s, newSecret));
        QVERIFY(!after.first().query.contains(oldSecret));
        QVERIFY(ReceiverSubscription::pointsAt(after.first(), url));

        QVERIFY(waitListening(service));
        QCOMPARE(deliver(url, newSecret), 200);
        QCOMPARE(deliver(url, oldSecret), 200);
        QCOMPARE(deliver(url, u"not-the-secret"_s), 401);

        // The keychain holds both: the new one, and the old one with the end of its grace period.
        TokenVault vault;
        QCOMPARE(KeychainTestSupport::readKey(vault, profileId, SecretKind::ReceiverSecret).secret, newSecret);
        QString storedPrevious;
        QDateTime storedUntil;
        QVERIFY(ReceiverService::decodePreviousSecret(
            KeychainTestSupport::readKey(vault, profileId, SecretKind::PreviousReceiverSecret).secret, &storedPrevious,
            &storedUntil));
        QCOMPARE(storedPrevious, oldSecret);
        QCOMPARE(storedUntil, validUntil);
    }

    // A restart: both secrets and the end of the grace period are read back.
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QVERIFY(waitListening(service));
    QCOMPARE(service->secret(), newSecret);
    QVERIFY(service->hasPreviousSecret());
    QCOMPARE(service->previousSecretValidUntil(), validUntil);
    QCOMPARE(deliver(url, oldSecret), 200);
    QCOMPARE(deliver(url, newSecret), 200);
    SettingsDialog* dialog = session->openSettings();
    dialog->showReceiverTab();
    QVERIFY(dialog->previousSecretText().contains(QLocale().toString(validUntil.toLocalTime(), QLocale::ShortFormat)));

    // The grace period ends (the clock moves past it): only the new secret is accepted, and the old one is removed
    // from the keychain.
    service->setClock([validUntil] { return validUntil.addSecs(1); });
    QTRY_VERIFY_WITH_TIMEOUT(!service->hasPreviousSecret(), 10000);
    QVERIFY(waitListening(service));
    QCOMPARE(deliver(url, oldSecret), 401);
    QCOMPARE(deliver(url, newSecret), 200);
    QTRY_VERIFY(dialog->previousSecretText().isEmpty());
    TokenVault vault;
    QTRY_COMPARE_WITH_TIMEOUT(KeychainTestSupport::readKey(vault, profileId, SecretKind::PreviousReceiverSecret).status,
                              VaultResult::Status::NotFound, 15000);
}

// The new webhook cannot be created: nothing changes. The old secret is the only one, in the receiver and the
// keychain, the old webhook stays, and the dialog says why.
void TestSecretRotation::failedCreateLeavesTheOldSecret()
{
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    const QUrl url = subscribedAccount(session.get());
    QVERIFY(!url.isEmpty());
    const QString oldSecret = service->secret();
    const QList<Webhook> before = accountWebhooks();
    QCOMPARE(before.size(), 1);

    SettingsDialog* dialog = session->openSettings();
    dialog->showReceiverTab();
    auto* rotate = dialog->findChild<QPushButton*>(u"rotateSecretButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), 15000);
    m_sandbox.failNextCalls(500, 1, u"POST"_s);
    QSignalSpy failed(session->window()->liveEventsPage()->subscription(), &ReceiverSubscription::rotateFailed);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::mouseClick(rotate, Qt::LeftButton);
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.first().at(0).toString().contains(u"the secret was not changed"_s));
    QCOMPARE(dialog->findChild<QLabel*>(u"secretStatusLabel"_s)->text(), failed.first().at(0).toString());
    QVERIFY(rotate->isEnabled());

    QCOMPARE(service->secret(), oldSecret);
    QVERIFY(!service->hasPreviousSecret());
    QVERIFY(dialog->previousSecretText().isEmpty());
    const QList<Webhook> after = accountWebhooks();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.first().id, before.first().id);
    QCOMPARE(deliver(url, oldSecret), 200);
    TokenVault vault;
    QCOMPARE(KeychainTestSupport::readKey(vault, m_profileIds.last(), SecretKind::ReceiverSecret).secret, oldSecret);
    QCOMPARE(KeychainTestSupport::readKey(vault, m_profileIds.last(), SecretKind::PreviousReceiverSecret).status,
             VaultResult::Status::NotFound);
}

// The new webhook exists but the old one cannot be deleted: the rotation stands and the user is told which
// webhook to delete.
void TestSecretRotation::failedDeleteNamesTheWebhookToDelete()
{
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    const QUrl url = subscribedAccount(session.get());
    QVERIFY(!url.isEmpty());
    const QString oldSecret = service->secret();
    const QString oldId = accountWebhooks().value(0).id;
    QVERIFY(!oldId.isEmpty());

    SettingsDialog* dialog = session->openSettings();
    dialog->showReceiverTab();
    auto* rotate = dialog->findChild<QPushButton*>(u"rotateSecretButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), 15000);
    m_sandbox.failNextCalls(500, 1, u"DELETE"_s);
    QSignalSpy rotated(session->window()->liveEventsPage()->subscription(), &ReceiverSubscription::rotated);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::mouseClick(rotate, Qt::LeftButton);
    QVERIFY(rotated.wait(20000));
    QCOMPARE(rotated.first().at(1).toStringList(), QStringList {oldId});
    auto* status = dialog->findChild<QLabel*>(u"secretStatusLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(oldId), 15000);
    QVERIFY(service->secret() != oldSecret);
    QVERIFY(service->hasPreviousSecret());
    QCOMPARE(accountWebhooks().size(), 2); // the old one is still there until the user deletes it
    QVERIFY(waitListening(service));
    QCOMPARE(deliver(url, oldSecret), 200);
    QCOMPARE(deliver(url, service->secret()), 200);
}

// The built-in sandbox's receiver, once subscribed with a secret, rotates the same way: its webhook in the built-in
// sandbox is replaced and both secrets work.
void TestSecretRotation::sandboxProfileRotatesToo()
{
    {
        ProfileStore store(options().settingsFile);
        const std::optional<Profile> sandbox = store.profile(m_profileIds.first());
        QVERIFY(sandbox && sandbox->kind == Profile::Kind::Sandbox);
        store.setActiveProfile(sandbox->id);
        Profile changed = *sandbox;
        changed.receiver.port = freePort();
        QVERIFY(store.update(changed).error.isEmpty());
    }
    auto session = startSession();
    QVERIFY(session);
    ReceiverService* service = session->receiverService();
    QVERIFY(service->isSandbox());
    const QUrl url = subscribedAccount(session.get());
    QVERIFY(!url.isEmpty());
    const QString oldSecret = service->secret();

    SettingsDialog* dialog = session->openSettings();
    dialog->showReceiverTab();
    auto* rotate = dialog->findChild<QPushButton*>(u"rotateSecretButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rotate->isEnabled(), 15000);
    ReceiverSubscription* subscription = session->window()->liveEventsPage()->subscription();
    QSignalSpy rotated(subscription, &ReceiverSubscription::rotated);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::mouseClick(rotate, Qt::LeftButton);
    QVERIFY(rotated.wait(20000));
    QCOMPARE(rotated.first().at(0).value<QList<Webhook>>().size(), 1);
    QVERIFY(rotated.first().at(1).toStringList().isEmpty());
    const QString newSecret = service->secret();
    QVERIFY(newSecret != oldSecret);
    QVERIFY(!dialog->previousSecretText().isEmpty());

    TestApiClient client(session->sandboxConnection());
    const QList<Webhook> webhooks = waitFor(client.listWebhooks()).value;
    int withNew = 0;
    for (const Webhook& webhook : webhooks) {
        QVERIFY(!ReceiverSubscription::carriesSecret(webhook, u"secret"_s, oldSecret));
        withNew += ReceiverSubscription::carriesSecret(webhook, u"secret"_s, newSecret) ? 1 : 0;
    }
    QCOMPARE(withNew, 1);
    QVERIFY(waitListening(service));
    QCOMPARE(deliver(url, oldSecret), 200);
    QCOMPARE(deliver(url, newSecret), 200);
}

QTEST_MAIN(TestSecretRotation)
#include "tst_secretrotation.moc"
