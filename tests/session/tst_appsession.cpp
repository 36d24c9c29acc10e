// AppSession without a window: each profile has its own event history (and the Live events store
// follows a switch), the history all profiles shared before moves to the active profile once, and the
// built-in sandbox keeps its state across restarts until it is reset. Real parts: the keychain of
// scripts/with-keyring.sh, the sandbox on a loopback port, the receiver over HTTP, SQLite files.
#include "api/VainuClient.h"
#include "core/ProfileStore.h"
#include "receiver/WebhookReceiver.h"
#include "session/AppSession.h"
#include "session/ReceiverService.h"
#include "session/SandboxControl.h"
#include "store/EventStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray deliveryBody(const QString& uniqueId, const QString& city)
{
    const QJsonObject data {{u"business_id"_s, u"25578642"_s},
                            {u"company_name"_s, u"Vainu. io Software Oy"_s},
                            {u"visiting_city"_s, city},
                            {u"staff_number"_s, 12}};
    return QJsonDocument(QJsonObject {{u"data"_s, data},
                                      {u"number_of_tries"_s, 1},
                                      {u"type"_s, u"company_change_webhook"_s},
                                      {u"unique_id"_s, uniqueId}})
        .toJson(QJsonDocument::Compact);
}

// A port nobody listens on now: profiles need a real one (0 is not a valid profile setting), and parallel tests
// must never fight over the default 8787.
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestAppSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachProfileHasItsOwnHistory();
    void sharedHistoryMovesToTheActiveProfile();
    void sandboxKeepsItsStateUntilReset();

private:
    AppSession::Options options() const;
    // The profiles' receivers on ephemeral ports, so parallel tests never fight over 8787.
    void prepareProfiles();
    std::unique_ptr<AppSession> startSession();
    static void waitUntilReceiving(AppSession& session);
    static int postDelivery(AppSession& session, const QByteArray& body);
    static QList<Webhook> webhooks(const ApiConnection& connection);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAppSession::cleanup()
{
    m_dir.reset();
}

AppSession::Options TestAppSession::options() const
{
    AppSession::Options result;
    result.settingsFile = m_dir->filePath(u"settings.ini"_s);
    result.dataFolder = m_dir->filePath(u"data"_s);
    result.sandbox.saveDebounceMs = 0;
    return result;
}

void TestAppSession::prepareProfiles()
{
    ProfileStore store(options().settingsFile);
    store.ensureDefaults();
    Profile sandbox = *store.activeProfile();
    sandbox.receiver.port = freePort();
    QVERIFY(store.update(sandbox).ok());
}

std::unique_ptr<AppSession> TestAppSession::startSession()
{
    auto session = std::make_unique<AppSession>(options());
    QString error;
    if (!session->start(&error)) {
        qWarning("session did not start: %s", qPrintable(error));
        return {};
    }
    return session;
}

void TestAppSession::waitUntilReceiving(AppSession& session)
{
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), AppSession::State::Ready, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(session.receiverService()->isListening(), 20000);
}

int TestAppSession::postDelivery(AppSession& session, const QByteArray& body)
{
    QNetworkAccessManager network;
    QNetworkRequest request(session.receiverService()->receiver()->deliveryUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply* reply = network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000))
        return 0;
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QList<Webhook> TestAppSession::webhooks(const ApiConnection& connection)
{
    QNetworkAccessManager network;
    VainuClient client(&network);
    client.setConnection(connection);
    auto* call = client.listWebhooks();
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(20000) || call->error().isError())
        return {};
    return call->value();
}

void TestAppSession::eachProfileHasItsOwnHistory()
{
    prepareProfiles();
    const std::unique_ptr<AppSession> session = startSession();
    QVERIFY(session);
    waitUntilReceiving(*session);
    const Profile sandbox = session->activeProfile();
    QCOMPARE(sandbox.kind, Profile::Kind::Sandbox);
    QCOMPARE(QDir(session->receiverService()->storeDirectory()).canonicalPath(),
             QDir(m_dir->filePath(u"data/profiles/"_s + sandbox.id)).canonicalPath());

    QCOMPARE(postDelivery(*session, deliveryBody(u"crm-1"_s, u"HELSINKI"_s)), 200);
    QTRY_COMPARE(session->receiverService()->store()->eventCount(), qint64(1));

    // A Vainu account: no key yet, but its receiver is local and its history its own, empty.
    Profile vainu = session->profiles()->vainuPreset();
    vainu.name = u"Production"_s;
    vainu.receiver.port = freePort();
    const ProfileStore::Result added = session->profiles()->add(vainu);
    QVERIFY2(added.ok(), qPrintable(added.error));
    QSignalSpy storeChanged(session->receiverService(), &ReceiverService::storeChanged);
    QVERIFY(session->profiles()->setActiveProfile(added.profile.id));
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::NoKey, 20000);
    QCOMPARE(storeChanged.count(), 1);
    QVERIFY(session->receiverService()->store()->isOpen());
    QCOMPARE(session->receiverService()->store()->eventCount(), qint64(0));
    QVERIFY(session->receiverService()->storeDirectory().endsWith(added.profile.id));

    // A delivery to this profile's receiver lands in this profile's history only.
    session->receiverService()->start();
    QTRY_VERIFY_WITH_TIMEOUT(session->receiverService()->isListening(), 20000);
    QCOMPARE(postDelivery(*session, deliveryBody(u"crm-9"_s, u"ESPOO"_s)), 200);
    QTRY_COMPARE(session->receiverService()->store()->eventCount(), qint64(1));
    QCOMPARE(session->receiverService()->store()->eventById(1)->uniqueId, u"crm-9"_s);

    // Back on the sandbox: its own event, and nothing of the account's.
    QVERIFY(session->profiles()->setActiveProfile(sandbox.id));
    waitUntilReceiving(*session);
    QCOMPARE(storeChanged.count(), 2);
    // The sandbox's receiver started again, so a catch-up may add what changed in the sandbox meanwhile (an event
    // of origin catch-up for crm-1's company); the account's delivery is in none of them.
    QStringList delivered;
    for (const StoredEvent& event : session->receiverService()->store()->events(0, 100)) {
        QVERIFY2(event.uniqueId != u"crm-9"_s, "the account's delivery is in the sandbox's history");
        if (event.origin == DeliveryOrigin::Delivery)
            delivered.append(event.uniqueId);
    }
    QCOMPARE(delivered, QStringList {u"crm-1"_s});
}

void TestAppSession::sharedHistoryMovesToTheActiveProfile()
{
    prepareProfiles();
    // The layout before profiles had folders: one events.sqlite in the data folder, written by a receiver.
    {
        EventStore store;
        StoreOptions storeOptions;
        storeOptions.directory = m_dir->filePath(u"data"_s);
        QString error;
        QVERIFY2(store.open(storeOptions, &error), qPrintable(error));
        WebhookReceiver receiver(&store);
        ReceiverSettings settings;
        settings.port = 0;
        QSignalSpy listening(&receiver, &WebhookReceiver::listening);
        QSignalSpy failed(&receiver, &WebhookReceiver::startFailed);
        receiver.start(settings);
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QNetworkAccessManager network;
        QNetworkRequest request(receiver.deliveryUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply* reply = network.post(request, deliveryBody(u"crm-old"_s, u"TAMPERE"_s));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        delete reply;
        receiver.stop();
        store.close();
    }
    QVERIFY(QFile::exists(m_dir->filePath(u"data/events.sqlite"_s)));

    const std::unique_ptr<AppSession> session = startSession();
    QVERIFY(session);
    waitUntilReceiving(*session);
    QVERIFY(!QFile::exists(m_dir->filePath(u"data/events.sqlite"_s)));
    QVERIFY(session->receiverService()->storeDirectory().endsWith(session->activeProfile().id));
    QCOMPARE(session->receiverService()->store()->eventById(1)->uniqueId, u"crm-old"_s);
    // The receiver's start catches up with the sandbox, whose company differs from the old delivery: whatever
    // came after the moved event came from that, not from a second copy of the history.
    const QList<StoredEvent> events = session->receiverService()->store()->events(0, 100);
    for (const StoredEvent& event : events.mid(1))
        QCOMPARE(event.origin, DeliveryOrigin::CatchUp);
}

void TestAppSession::sandboxKeepsItsStateUntilReset()
{
    prepareProfiles();
    const QString url = u"https://crm.example.com/kept-across-restarts"_s;
    auto hasWebhook = [&url](const QList<Webhook>& list) {
        return std::any_of(list.cbegin(), list.cend(), [&url](const Webhook& w) { return w.webhookUrl == url; });
    };
    {
        const std::unique_ptr<AppSession> session = startSession();
        QVERIFY(session);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);
        QNetworkAccessManager network;
        VainuClient client(&network);
        client.setConnection(session->connection());
        Webhook webhook;
        webhook.webhookUrl = url;
        auto* call = client.createWebhook(webhook);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(20000));
        QVERIFY2(!call->error().isError(), qPrintable(call->error().userMessage()));
        QVERIFY(hasWebhook(webhooks(session->connection())));
    } // the app quits: the sandbox saves its state

    const std::unique_ptr<AppSession> session = startSession();
    QVERIFY(session);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AppSession::State::Ready, 20000);
    QVERIFY(QFile::exists(session->sandboxStateFile()));
    QVERIFY2(hasWebhook(webhooks(session->connection())), "the sandbox forgot a webhook across a restart");

    SandboxControl* control = session->receiverService()->sandboxControl();
    QSignalSpy done(control, &SandboxControl::done);
    control->reset();
    QVERIFY(done.wait(20000));
    QVERIFY(!hasWebhook(webhooks(session->connection())));
}

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_appsession.moc"
