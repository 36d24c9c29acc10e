// The settings dialog against real parts: profiles in an INI file, keys in the real Secret Service
// (ctest runs inside scripts/with-keyring.sh), "Test connection" against the in-process sandbox.
#include "KeychainTestSupport.h"
#include "SandboxFixture.h"
#include "core/ApiError.h"
#include "core/ProfileStore.h"
#include "gui/common/MessageBox.h"
#include "gui/settings/ApiKeyEdit.h"
#include "gui/settings/SettingsDialog.h"
#include "secrets/TokenVault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheActiveProfile();
    void newVainuProfileStartsFromThePreset();
    void keyFieldHidesShowsAndTrimsPaste();
    void testConnectionSucceedsThenFailsWithWrongKey();
    void testConnectionNeedsKeyAndValidServer();
    void saveStoresKeyInKeychainOnly();
    void saveWithoutKeyWarnsAndSaves();
    void unreachableServerNamesTheServerField();
    void reopenedDialogReadsKeyBack();
    void renameAndDuplicateName();
    void deleteRemovesProfileAndKey();
    void deleteCanBeCancelled();
    void useThisProfileMakesItActive();
    void sandboxProfileNeedsNoKey();

private:
    template <typename T>
    T* child(const QString& name) const
    {
        T* widget = m_dialog->findChild<T*>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    QString labelText(const QString& name) const { return child<QLabel>(name)->text(); }
    // Adds a Vainu profile pointing at the sandbox, with this key saved through the dialog.
    QString addVainuProfile(const QString& name, const QString& key);

    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
    QVERIFY(m_sandbox.start());
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
    QVERIFY(m_store->ensureDefaults());
    m_vault = std::make_unique<TokenVault>();
    m_dialog = std::make_unique<SettingsDialog>(m_store.get(), m_vault.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    MessageBox::clearShownMessages();
}

void TestSettingsDialog::cleanup()
{
    // Leave nothing in the shared test keychain.
    for (const Profile& profile : m_store->profiles())
        m_vault->remove(profile.id, nullptr, {});
    m_dialog.reset();
    m_vault.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestSettingsDialog::addVainuProfile(const QString& name, const QString& key)
{
    m_dialog->startNewProfile(Profile::Kind::Vainu);
    auto* nameEdit = child<QLineEdit>(u"nameEdit"_s);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto* baseUrlEdit = child<QLineEdit>(u"baseUrlEdit"_s);
    baseUrlEdit->clear();
    QTest::keyClicks(baseUrlEdit, m_sandbox.demoConnection().baseUrl.toString());
    QTest::keyClicks(child<ApiKeyEdit>(u"apiKeyEdit"_s), key);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    if (!saved.wait(20000))
        return {};
    return saved.first().at(0).toString();
}

void TestSettingsDialog::opensOnTheActiveProfile()
{
    auto* list = child<QListWidget>(u"profileList"_s);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->currentItem()->text(), u"Sandbox"_s);
    QCOMPARE(m_dialog->currentProfileId(), m_store->activeProfileId());
    QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"Sandbox"_s);
    // The last profile cannot be deleted, and the one in use cannot be "used" again.
    QVERIFY(!child<QToolButton>(u"removeButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"useButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
}

void TestSettingsDialog::newVainuProfileStartsFromThePreset()
{
    auto* addButton = child<QToolButton>(u"addButton"_s);
    auto* addVainu = addButton->menu()->findChild<QAction*>(u"addVainuAction"_s);
    QVERIFY(addVainu);
    addVainu->trigger();
    QVERIFY(m_dialog->isNewProfile());
    QCOMPARE(child<QLineEdit>(u"nameEdit"_s)->text(), u"Vainu"_s);
    QCOMPARE(child<QLineEdit>(u"baseUrlEdit"_s)->text(), u"https://api.vainu.io/api/v2/"_s);
    QVERIFY(child<ApiKeyEdit>(u"apiKeyEdit"_s)->isVisibleTo(m_dialog.get()));
    QVERIFY(child<ApiKeyEdit>(u"apiKeyEdit"_s)->text().isEmpty());
    QCOMPARE(labelText(u"titleLabel"_s), u"New profile (not saved yet)"_s);
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());
    // Nothing is stored until Save.
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(child<QListWidget>(u"profileList"_s)->currentRow(), -1);
}

void TestSettingsDialog::keyFieldHidesShowsAndTrimsPaste()
{
    m_dialog->startNewProfile(Profile::Kind::Vainu);
    auto* keyEdit = child<ApiKeyEdit>(u"apiKeyEdit"_s);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);

    keyEdit->setFocus();
    QApplication::clipboard()->setText(u"  \tpasted-key-123\r\n"_s);
    QTest::keySequence(keyEdit, QKeySequence::Paste);
    QCOMPARE(keyEdit->text(), u"pasted-key-123"_s);
    QCOMPARE(keyEdit->apiKey(), u"pasted-key-123"_s);
    QCOMPARE(labelText(u"keyStatusLabel"_s), u"The key is not saved yet."_s);

    QAction* show = keyEdit->showAction();
    QVERIFY(!show->icon().isNull());
    show->trigger();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->text(), u"Hide key"_s);
    show->trigger();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QCOMPARE(show->text(), u"Show key"_s);

    // Typed spaces never make it into a key either.
    QTest::keyClicks(keyEdit, u" x"_s);
    QCOMPARE(keyEdit->apiKey(), u"pasted-key-123x"_s);
    QCOMPARE(keyEdit->text(), u"pasted-key-123x"_s);
}

void TestSettingsDialog::testConnectionSucceedsThenFailsWithWrongKey()
{
    m_dialog->startNewProfile(Profile::Kind::Vainu);
    auto* baseUrlEdit = child<QLineEdit>(u"baseUrlEdit"_s);
    baseUrlEdit->clear();
    QTest::keyClicks(baseUrlEdit, m_sandbox.demoConnection().baseUrl.toString());
    auto* keyEdit = child<ApiKeyEdit>(u"apiKeyEdit"_s);
    QTest::keyClicks(keyEdit, m_sandbox.demoConnection().apiKey);
    auto* testButton = child<QPushButton>(u"testButton"_s);

    QSignalSpy finished(m_dialog.get(), &SettingsDialog::testFinished);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(labelText(u"testResultLabel"_s).startsWith(u"Testing the connection to 127.0.0.1"_s));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(labelText(u"testResultLabel"_s), u"Connected as demo@example.com."_s);

    // An account without webhooks: the key works, the user name is not known.
    keyEdit->clear();
    QTest::keyClicks(keyEdit, SandboxFixture::emptyAccountKey());
    finished.clear();
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(labelText(u"testResultLabel"_s).startsWith(u"Connected. The key works"_s),
             qPrintable(labelText(u"testResultLabel"_s)));

    keyEdit->clear();
    QTest::keyClicks(keyEdit, u"wrong-key"_s);
    finished.clear();
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    // Worded for Settings: it names the field on screen.
    const QString sentence = ApiError::make(ApiError::Kind::Unauthorized).kindMessage(ApiError::ShownIn::Settings);
    QVERIFY2(labelText(u"testResultLabel"_s).startsWith(sentence), qPrintable(labelText(u"testResultLabel"_s)));
    // Testing saves nothing.
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestSettingsDialog::testConnectionNeedsKeyAndValidServer()
{
    m_dialog->startNewProfile(Profile::Kind::Vainu);
    auto* testButton = child<QPushButton>(u"testButton"_s);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QCOMPARE(labelText(u"testResultLabel"_s), u"Enter the API key first, then test the connection."_s);

    auto* baseUrlEdit = child<QLineEdit>(u"baseUrlEdit"_s);
    baseUrlEdit->clear();
    QTest::keyClicks(baseUrlEdit, u"not a url"_s);
    QTest::keyClicks(child<ApiKeyEdit>(u"apiKeyEdit"_s), u"k"_s);
    QTest::mouseClick(testButton, Qt::LeftButton);
    const QString message = labelText(u"testResultLabel"_s);
    QVERIFY(!message.isEmpty());
    QVERIFY2(!message.startsWith(u"Testing"_s), qPrintable(message));
    Profile bad;
    bad.name = u"Vainu"_s;
    bad.baseUrl = QUrl(u"not a url"_s);
    QCOMPARE(message, bad.normalised().validate());
}

void TestSettingsDialog::saveStoresKeyInKeychainOnly()
{
    const QString key = u"saved-key-"_s + Profile::newId();
    const QString id = addVainuProfile(u"My Vainu"_s, key);
    QVERIFY(!id.isEmpty());
    const auto stored = m_store->profile(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"My Vainu"_s);
    QCOMPARE(stored->kind, Profile::Kind::Vainu);
    QCOMPARE(stored->baseUrl, m_sandbox.demoConnection().baseUrl);
    // "Saved." once: the profile's message says it, the key's says where the key went.
    QCOMPARE(labelText(u"messageLabel"_s), u"Saved."_s);
    QCOMPARE(labelText(u"keyStatusLabel"_s), u"The key is stored in the system keychain."_s);
    QCOMPARE(m_dialog->currentProfileId(), id);
    QCOMPARE(child<QListWidget>(u"profileList"_s)->currentItem()->text(), u"My Vainu"_s);
    QVERIFY(!m_dialog->hasUnsavedChanges());

    const VaultResult back = KeychainTestSupport::readKey(*m_vault, id);
    QCOMPARE(back.status, VaultResult::Status::Ok);
    QCOMPARE(back.secret, key);
    QVERIFY(!back.sessionOnly);

    QFile ini(m_dir->filePath(u"profiles.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray settings = ini.readAll();
    QVERIFY(settings.contains("My Vainu"));
    QVERIFY(!settings.contains(key.toUtf8()));
}

// A Vainu profile without a key is saved (the key may come later), with a warning in the dialog that it cannot
// reach Vainu until then.
void TestSettingsDialog::saveWithoutKeyWarnsAndSaves()
{
    m_dialog->startNewProfile(Profile::Kind::Vainu);
    auto* nameEdit = child<QLineEdit>(u"nameEdit"_s);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, u"Key later"_s);
    auto* baseUrlEdit = child<QLineEdit>(u"baseUrlEdit"_s);
    baseUrlEdit->clear();
    QTest::keyClicks(baseUrlEdit, m_sandbox.demoConnection().baseUrl.toString());
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saveFinished);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    const QString id = saved.first().at(0).toString();
    QVERIFY(m_store->profile(id));
    QCOMPARE(m_store->profile(id)->name, u"Key later"_s);
    QCOMPARE(labelText(u"messageLabel"_s), u"Saved."_s);
    const QString warning = labelText(u"keyStatusLabel"_s);
    QVERIFY2(warning.contains(u"Without an API key this profile cannot reach Vainu."_s), qPrintable(warning));
    QVERIFY(child<QLabel>(u"keyStatusLabel"_s)->isVisible());
}

// "Test connection" to a server nobody listens on: the message names the "Server" field the user is looking
// at, not a "base URL" no label shows, nor Settings, where the user already is.
void TestSettingsDialog::unreachableServerNamesTheServerField()
{
    m_dialog->startNewProfile(Profile::Kind::Vainu);
    auto* baseUrlEdit = child<QLineEdit>(u"baseUrlEdit"_s);
    baseUrlEdit->clear();
    QTest::keyClicks(baseUrlEdit, u"http://127.0.0.1:1/api/v2/"_s);
    QTest::keyClicks(child<ApiKeyEdit>(u"apiKeyEdit"_s), u"some-key"_s);
    QSignalSpy finished(m_dialog.get(), &SettingsDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(u"testButton"_s), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    const QString message = labelText(u"testResultLabel"_s);
    QVERIFY2(message.contains(u"the Server field"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"base URL"_s) && !message.contains(u"Settings"_s), qPrintable(message));
    QCOMPARE(child<QLabel>(u"baseUrlLabel"_s)->text(), u"&Server:"_s);
}

void TestSettingsDialog::reopenedDialogReadsKeyBack()
{
    const QString key = u"reopen-key-"_s + Profile::newId();
    const QString id = addVainuProfile(u"Reopened"_s, key);
    QVERIFY(!id.isEmpty());

    m_dialog = std::make_unique<SettingsDialog>(m_store.get(), m_vault.get());
    m_dialog->show();
    QSignalSpy read(m_dialog.get(), &SettingsDialog::keyReadFinished);
    m_dialog->selectProfile(id);
    // While the keychain answers, the field says so and cannot be edited.
    auto* keyEdit = child<ApiKeyEdit>(u"apiKeyEdit"_s);
    QVERIFY(m_dialog->isKeyBusy());
    QVERIFY(!keyEdit->isEnabled());
    QCOMPARE(labelText(u"keyStatusLabel"_s), u"Reading the key from the keychain…"_s);
    QVERIFY(read.wait(20000));
    QVERIFY(keyEdit->isEnabled());
    QCOMPARE(keyEdit->apiKey(), key);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QCOMPARE(labelText(u"keyStatusLabel"_s), u"The key is stored in the system keychain."_s);
    QVERIFY(!m_dialog->hasUnsavedChanges());
}

void TestSettingsDialog::renameAndDuplicateName()
{
    const QString id = addVainuProfile(u"Before"_s, u"rename-key"_s);
    QVERIFY(!id.isEmpty());
    auto* nameEdit = child<QLineEdit>(u"nameEdit"_s);
    auto* saveButton = child<QPushButton>(u"saveButton"_s);

    nameEdit->clear();
    QTest::keyClicks(nameEdit, u"sandbox"_s); // taken, whatever the case
    QVERIFY(saveButton->isEnabled());
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY2(labelText(u"messageLabel"_s).contains(u"already exists"_s), qPrintable(labelText(u"messageLabel"_s)));
    QCOMPARE(m_store->profile(id)->name, u"Before"_s);

    nameEdit->clear();
    QTest::keyClicks(nameEdit, u"After"_s);
    QSignalSpy saved(m_dialog.get(), &SettingsDialog::saveFinished);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_store->profile(id)->name, u"After"_s);
    QCOMPARE(child<QListWidget>(u"profileList"_s)->currentItem()->text(), u"After"_s);
    QCOMPARE(labelText(u"titleLabel"_s), u"After"_s);
    // The key was not touched by a rename.
    QCOMPARE(KeychainTestSupport::readKey(*m_vault, id).secret, u"rename-key"_s);
}

void TestSettingsDialog::deleteRemovesProfileAndKey()
{
    const QString id = addVainuProfile(u"Doomed"_s, u"doomed-key"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(KeychainTestSupport::readKey(*m_vault, id).status, VaultResult::Status::Ok);
    QVERIFY(child<QToolButton>(u"removeButton"_s)->isEnabled());

    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::mouseClick(child<QToolButton>(u"removeButton"_s), Qt::LeftButton);
    QVERIFY(!m_store->profile(id));
    QCOMPARE(MessageBox::shownMessages().size(), 1);
    QVERIFY(MessageBox::shownMessages().first().text.contains(u"Doomed"_s));
    QCOMPARE(labelText(u"messageLabel"_s), u"The profile \"Doomed\" was deleted."_s);
    QCOMPARE(child<QListWidget>(u"profileList"_s)->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(KeychainTestSupport::readKey(*m_vault, id).status, VaultResult::Status::NotFound, 20000);
}

void TestSettingsDialog::deleteCanBeCancelled()
{
    const QString id = addVainuProfile(u"Kept"_s, u"kept-key"_s);
    QVERIFY(!id.isEmpty());
    MessageBox::presetAnswers({MessageBox::Answer::Reject});
    QTest::mouseClick(child<QToolButton>(u"removeButton"_s), Qt::LeftButton);
    QVERIFY(m_store->profile(id));
    QCOMPARE(KeychainTestSupport::readKey(*m_vault, id).secret, u"kept-key"_s);
}

void TestSettingsDialog::useThisProfileMakesItActive()
{
    const QString id = addVainuProfile(u"Work"_s, u"work-key"_s);
    QVERIFY(!id.isEmpty());
    auto* useButton = child<QPushButton>(u"useButton"_s);
    QVERIFY(useButton->isEnabled());
    QSignalSpy active(m_store.get(), &ProfileStore::activeProfileChanged);
    QTest::mouseClick(useButton, Qt::LeftButton);
    QCOMPARE(m_store->activeProfileId(), id);
    QCOMPARE(active.size(), 1);
    QVERIFY(!useButton->isEnabled());
    QCOMPARE(useButton->text(), u"In use"_s);
    QVERIFY(child<QListWidget>(u"profileList"_s)->currentItem()->font().bold());
}

void TestSettingsDialog::sandboxProfileNeedsNoKey()
{
    QVERIFY(m_dialog->selectProfile(m_store->activeProfileId()));
    QVERIFY(!child<ApiKeyEdit>(u"apiKeyEdit"_s)->isVisibleTo(m_dialog.get()));
    QVERIFY(!child<QLineEdit>(u"baseUrlEdit"_s)->isVisibleTo(m_dialog.get()));
    QVERIFY(labelText(u"kindNote"_s).contains(u"demo key"_s));

    auto* testButton = child<QPushButton>(u"testButton"_s);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(labelText(u"testResultLabel"_s).startsWith(u"The built-in sandbox is not running."_s));

    m_dialog->setSandboxConnection(m_sandbox.demoConnection());
    QSignalSpy finished(m_dialog.get(), &SettingsDialog::testFinished);
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(labelText(u"testResultLabel"_s), u"Connected as demo@example.com."_s);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
