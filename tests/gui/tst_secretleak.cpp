// The API key stays secret: a full GUI flow with a distinctive key, then a search of every place the
// app writes (settings, data and cache folders), of everything it logged (all categories, vainu.* at
// debug level), and of every window title. The key must be found only in the system keychain.
#include "ApiTestSupport.h"
#include "KeychainTestSupport.h"
#include "SandboxFixture.h"
#include "core/ProfileStore.h"
#include "gui/AppWindow.h"
#include "gui/MainWindow.h"
#include "gui/settings/ApiKeyEdit.h"
#include "gui/settings/ProfileSwitcher.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/SetupBanner.h"
#include "gui/webhooks/WebhooksPage.h"
#include "secrets/TokenVault.h"

#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fullFlowLeavesTheKeyOnlyInTheKeychain();
    void cleanupTestCase();

private:
    QStringList placesContaining(const QString& root) const;
    QList<QByteArray> needles() const;

    QString m_canary;
    SandboxFixture m_sandbox;
    QString m_profileId;
};

void TestSecretLeak::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_secretleak"_s);
    // Start clean: this test reads the app's real (test-local) settings and data locations.
    for (const auto location :
         {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation, QStandardPaths::CacheLocation}) {
        QDir(QStandardPaths::writableLocation(location)).removeRecursively();
    }
    QSettings().clear();

    // QTest installs its own message handler when it starts; ours goes on top and passes everything on.
    previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"vainu.*.debug=true"_s);

    m_canary = u"vw-leak-canary-"_s + Profile::newId().remove(u'-').remove(u'{').remove(u'}');
    SandboxOptions options;
    options.extraKeys.insert(m_canary, u"canary@example.com"_s);
    QVERIFY(m_sandbox.start(options));

    // The account gets a webhook, so that its user name shows in the app.
    const QString error = createWebhookFor(m_sandbox.connection(m_canary), u"https://crm.example.com/leak"_s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSecretLeak::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    if (!m_profileId.isEmpty()) {
        TokenVault vault;
        KeychainTestSupport::removeKey(vault, m_profileId);
    }
}

QList<QByteArray> TestSecretLeak::needles() const
{
    const QByteArray utf8 = m_canary.toUtf8();
    QByteArray utf16(reinterpret_cast<const char*>(m_canary.utf16()), m_canary.size() * 2);
    return {utf8, utf16, utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding), utf8.toHex()};
}

QStringList TestSecretLeak::placesContaining(const QString& root) const
{
    QStringList found;
    if (root.isEmpty())
        return found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(m_canary))
            found << path;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = file.readAll();
        for (const QByteArray& needle : needles()) {
            if (content.contains(needle))
                found << path;
        }
    }
    return found;
}

void TestSecretLeak::fullFlowLeavesTheKeyOnlyInTheKeychain()
{
    QStringList titles;
    {
        AppWindow session;
        QVERIFY(session.start());
        QVERIFY(session.isFirstRun());
        QTest::mouseClick(session.welcomeBanner()->actionButton(), Qt::LeftButton);
        SettingsDialog* dialog = session.settingsDialog();
        QVERIFY(dialog);
        auto* baseUrlEdit = dialog->findChild<QLineEdit*>(u"baseUrlEdit"_s);
        baseUrlEdit->clear();
        QTest::keyClicks(baseUrlEdit, m_sandbox.apiBaseUrl().toString());

        // Pasted with a trailing newline, as copied from a web page; shown, then hidden again.
        auto* keyEdit = dialog->findChild<ApiKeyEdit*>(u"apiKeyEdit"_s);
        keyEdit->setFocus();
        QApplication::clipboard()->setText(m_canary + u"\n"_s);
        QTest::keySequence(keyEdit, QKeySequence::Paste);
        QApplication::clipboard()->clear();
        QCOMPARE(keyEdit->apiKey(), m_canary);
        keyEdit->setKeyShown(true);
        keyEdit->setKeyShown(false);

        auto* testButton = dialog->findChild<QPushButton*>(u"testButton"_s);
        QSignalSpy tested(dialog, &SettingsDialog::testFinished);
        QTest::mouseClick(testButton, Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().first().toBool(), true);
        // A wrong key that contains the canary must not leak through the error path either.
        QTest::keyClicks(keyEdit, u"x"_s);
        QTest::mouseClick(testButton, Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.last().first().toBool(), false);
        keyEdit->setApiKey(m_canary);

        QSignalSpy saved(dialog, &SettingsDialog::saveFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        m_profileId = saved.first().first().toString();
        QSignalSpy loaded(session.window()->webhooksPage(), &WebhooksPage::loaded);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"useButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), AppSession::State::Ready, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        QCOMPARE(session.window()->connectionStateText(), u"Connected as canary@example.com"_s);
        for (QWidget* widget : QApplication::topLevelWidgets())
            titles << widget->windowTitle();
        dialog->close();
        session.window()->close();
    }
    {
        // Reopen: the key comes back from the keychain.
        AppWindow session;
        QVERIFY(session.start());
        QSignalSpy loaded(session.window()->webhooksPage(), &WebhooksPage::loaded);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), AppSession::State::Ready, 20000);
        QCOMPARE(session.window()->client()->connection().apiKey, m_canary);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
        session.openSettings(m_profileId);
        QTRY_VERIFY_WITH_TIMEOUT(!session.settingsDialog()->isKeyBusy(), 20000);
        for (QWidget* widget : QApplication::topLevelWidgets())
            titles << widget->windowTitle();
        session.window()->close();
    }

    // Where the app writes.
    QStringList roots = {qEnvironmentVariable("XDG_CONFIG_HOME"), qEnvironmentVariable("XDG_DATA_HOME"),
                         qEnvironmentVariable("XDG_CACHE_HOME")};
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation, QStandardPaths::GenericConfigLocation}) {
        roots << QStandardPaths::writableLocation(location);
    }
    roots.removeAll(QString());
    roots.removeDuplicates();
    QVERIFY(!roots.isEmpty());
    QVERIFY2(QFileInfo::exists(QSettings().fileName()), qPrintable(QSettings().fileName()));
    for (const QString& root : std::as_const(roots)) {
        const QStringList found = placesContaining(root);
        QVERIFY2(found.isEmpty(), qPrintable(u"the key was found in "_s + found.join(u", "_s)));
    }

    // What the app logged: plenty (so the capture works), none of it the key.
    QStringList log;
    {
        QMutexLocker lock(&logMutex);
        log = capturedLog;
    }
    QVERIFY2(log.size() > 5, qPrintable(log.join(u'\n')));
    QVERIFY(std::any_of(log.cbegin(), log.cend(), [](const QString& line) { return line.startsWith(u"vainu."_s); }));
    for (const QString& line : std::as_const(log))
        QVERIFY2(!line.contains(m_canary), qPrintable(u"logged: "_s + line));

    QVERIFY(!titles.isEmpty());
    for (const QString& title : std::as_const(titles))
        QVERIFY2(!title.contains(m_canary), qPrintable(title));

    // And it is in the keychain, where QtKeychain put it.
    QProcess lookup;
    lookup.start(u"secret-tool"_s,
                 {u"lookup"_s, u"user"_s, TokenVault::keyFor(m_profileId, SecretKind::ApiKey), u"server"_s,
                  TokenVault::serviceName(), u"type"_s, u"plaintext"_s});
    QVERIFY(lookup.waitForFinished(20000));
    QCOMPARE(QString::fromUtf8(lookup.readAllStandardOutput()).trimmed(), m_canary);
}

int main(int argc, char* argv[])
{
    // The app's data folder of this test, not the keyring's (with-keyring.sh points XDG_DATA_HOME
    // at the daemon's private store, which only the daemon reads).
    if (const QByteArray dataHome = qgetenv("VW_TEST_DATA_HOME"); !dataHome.isEmpty())
        qputenv("XDG_DATA_HOME", dataHome);
    qputenv("QT_LOGGING_RULES", "vainu.*.debug=true");
    QApplication app(argc, argv);
    TestSecretLeak test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretleak.moc"
