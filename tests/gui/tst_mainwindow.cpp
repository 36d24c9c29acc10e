#include "ApiTestSupport.h"
#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "WidgetNameCheck.h"
#include "api/VainuClient.h"
#include "core/AppInfo.h"
#include "core/CustomerRecord.h"
#include "core/ProfileStore.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/common/EmptyState.h"
#include "gui/common/ErrorBanner.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/CustomersPage.h"
#include "gui/customers/ImportDialog.h"
#include "gui/lists/AddCompaniesDialog.h"
#include "gui/lists/CompanyListsPanel.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/CompanyListModel.h"
#include "models/WebhookTableModel.h"
#include "secrets/TokenVault.h"
#include "session/ReceiverSubscription.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hasThePagesAndMenus();
    void remembersGeometryAndPage();
    void aboutShowsVersionLicenceAndQt();
    void settingsGoesToWhoeverListens();
    void everyPageHasItsWidgetsNamed();
    void everyDialogHasItsWidgetsNamed();
    void companyListDialogsHaveTheirWidgetsNamed();
    void keyMissingCallsNothingUntilAConnection();
    void newKeyAddsOnTheVisiblePage();

private:
    SandboxFixture m_sandbox;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    QVERIFY(m_sandbox.start());
}

void TestMainWindow::hasThePagesAndMenus()
{
    MainWindow window(u"Sandbox"_s, m_sandbox.demoConnection());
    auto* tabs = window.findChild<QTabWidget*>(u"pageTabs"_s);
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->widget(0), window.webhooksPage());
    QStringList menus;
    for (QAction* action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList {u"&File"_s, u"&Help"_s}));
    QVERIFY(window.findChild<QAction*>(u"settingsAction"_s));
    QVERIFY(window.findChild<QAction*>(u"aboutAction"_s));
    QCOMPARE(window.findChild<QAction*>(u"quitAction"_s)->shortcut(), QKeySequence(QKeySequence::Quit));
}

void TestMainWindow::remembersGeometryAndPage()
{
    QSize wanted;
    {
        MainWindow window(u"Sandbox"_s, m_sandbox.demoConnection());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A size of the user's own, other than the default and within what the pages need.
        wanted = QSize(900, 640).expandedTo(window.minimumSizeHint()) + QSize(37, 23);
        window.resize(wanted);
        window.findChild<QTabWidget*>(u"pageTabs"_s)->setCurrentIndex(2);
        QTRY_VERIFY(!window.webhooksPage()->isBusy());
        window.findChild<QAction*>(u"quitAction"_s)->trigger();
        QTRY_VERIFY(!window.isVisible());
    }
    MainWindow again(u"Sandbox"_s, m_sandbox.demoConnection());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QTabWidget*>(u"pageTabs"_s)->currentIndex(), 2);
    QCOMPARE(again.size(), wanted);
    QTRY_VERIFY(!again.webhooksPage()->isBusy());
}

void TestMainWindow::aboutShowsVersionLicenceAndQt()
{
    AboutDialog about;
    const QString version = about.findChild<QLabel*>(u"versionLabel"_s)->text();
    QVERIFY2(version.contains(AppInfo::version()), qPrintable(version));
    QVERIFY(about.findChild<QLabel*>(u"licenceLabel"_s)->text().contains(u"GNU General Public License"_s));
    QVERIFY(about.findChild<QLabel*>(u"qtVersionLabel"_s)->text().contains(QString::fromLatin1(qVersion())));
}

void TestMainWindow::settingsGoesToWhoeverListens()
{
    MainWindow window(u"Sandbox"_s, m_sandbox.demoConnection());
    QSignalSpy requested(&window, &MainWindow::settingsRequested);
    window.findChild<QAction*>(u"settingsAction"_s)->trigger();
    QCOMPARE(requested.size(), 1);
    QTRY_VERIFY(!window.webhooksPage()->isBusy());
}

// The check itself is tests/common/WidgetNameCheck.h; here it goes over every page and every dialog.
void TestMainWindow::everyPageHasItsWidgetsNamed()
{
    MainWindow window(u"Sandbox"_s, m_sandbox.demoConnection());
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.findChild<QTabWidget*>(u"pageTabs"_s);
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QTRY_VERIFY(!window.webhooksPage()->isBusy());
        QTRY_VERIFY(!window.customersPage()->isBusy());
        const QStringList unnamed = unnamedInteractiveWidgets(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(tabs->tabText(page) + u":\n"_s + unnamed.join(u"\n"_s)));
    }
    // The Webhooks page's fields and table also carry accessible names, as they always did.
    tabs->setCurrentWidget(window.webhooksPage());
    const QStringList silent = widgetsWithoutAccessibleName(window.webhooksPage());
    QVERIFY2(silent.isEmpty(), qPrintable(silent.join(u"\n"_s)));
}

void TestMainWindow::everyDialogHasItsWidgetsNamed()
{
    TestApiClient client(m_sandbox.demoConnection());
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(u"profiles.ini"_s));
    QVERIFY(store.ensureDefaults());
    TokenVault vault;
    ReceiverFixture receiver;
    QVERIFY(receiver.openStore());
    ReceiverSubscription subscription(&client, receiver.service());
    CustomerRecord existing;
    existing.uniqueId = u"crm-0001"_s;

    // Every dialog is checked, and every unnamed widget of each listed, before the verdict.
    QStringList unnamed;
    const auto check = [&unnamed](QDialog* dialog) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const QString& problem : unnamedInteractiveWidgets(dialog))
            unnamed << QString::fromLatin1(dialog->metaObject()->className()) + u": "_s + problem;
    };
    auto settings = std::make_unique<SettingsDialog>(&store, &vault);
    check(settings.get());
    QTRY_VERIFY_WITH_TIMEOUT(!settings->isKeyBusy(), 20000);
    settings->startNewProfile(Profile::Kind::Vainu); // the key field and the connection test show
    check(settings.get());
    settings.reset();
    AddWebhookDialog addWebhook(&client);
    check(&addWebhook);
    CustomerDialog newCustomer(&client, CustomerRecord {});
    check(&newCustomer);
    CustomerDialog editCustomer(&client, existing);
    check(&editCustomer);
    ImportDialog import(&client);
    check(&import);
    SubscribeReceiverDialog subscribe(receiver.service(), &subscription);
    check(&subscribe);
    AddCompaniesDialog addCompanies(u"Kohteet"_s);
    check(&addCompanies);
    AboutDialog about;
    check(&about);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n"_s)));
}

// The company lists ask with dialogs of their own, modal: checked while they are open, then cancelled.
void TestMainWindow::companyListDialogsHaveTheirWidgetsNamed()
{
    MainWindow window(u"Sandbox"_s, m_sandbox.demoConnection());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QTabWidget*>(u"pageTabs"_s)->setCurrentWidget(window.customersPage()->parentWidget());
    CompanyListsPanel* lists = window.customersPage()->listsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(lists->listModel()->rowCount() > 0 && !lists->isBusy(), 20000);
    QString staticId;
    for (const CompanyList& list : lists->listModel()->lists()) {
        if (list.isStatic())
            staticId = list.id;
    }
    QVERIFY2(!staticId.isEmpty(), "the sandbox's demo data has a static list");
    QVERIFY(lists->selectList(staticId));

    QStringList unnamed;
    int checked = 0;
    const auto checkTheModalDialog = [&] {
        QTimer::singleShot(0, &window, [&] {
            QWidget* dialog = nullptr;
            if (!QTest::qWaitFor([&] { return (dialog = QApplication::activeModalWidget()) != nullptr; }, 5000))
                return;
            if (!QTest::qWaitForWindowExposed(dialog))
                unnamed << dialog->windowTitle() + u": not shown"_s;
            for (const QString& problem : unnamedInteractiveWidgets(dialog))
                unnamed << dialog->windowTitle() + u": "_s + problem;
            ++checked;
            static_cast<QDialog*>(dialog)->reject();
        });
    };
    checkTheModalDialog();
    lists->addCompanies();
    checkTheModalDialog();
    lists->createList();
    QCOMPARE(checked, 2);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u"\n"_s)));
}

void TestMainWindow::keyMissingCallsNothingUntilAConnection()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = window.findChild<QTabWidget*>(u"pageTabs"_s);
    tabs->setCurrentWidget(window.webhooksPage());
    QSignalSpy keyRequested(&window, &MainWindow::unavailableActionRequested);
    m_sandbox.startCountingRequests();

    const QUrl server = m_sandbox.demoConnection().baseUrl;
    window.setKeyMissing(u"Keyless"_s, server, u"No key here"_s, u"Save one."_s);
    QVERIFY(window.isUnavailable());
    QVERIFY(window.currentPageShowsUnavailable());
    QCOMPARE(window.connectionStateText(), u"No API key"_s);
    QCOMPARE(window.client()->connection().baseUrl, server);
    WebhooksPage* webhooks = window.webhooksPage();
    auto* notice = webhooks->findChild<EmptyState*>(u"webhooksUnavailableState"_s);
    QCOMPARE(webhooks->findChild<QStackedWidget*>(u"contentStack"_s)->currentWidget(), notice);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->accessibleName(), u"No key here"_s);
    QCOMPARE(notice->accessibleDescription(), u"Save one."_s);
    // The toolbar is of no use without a key, the Live events page's "Subscribe this receiver" included.
    QVERIFY(!webhooks->findChild<QWidget*>(u"addButton"_s)->isVisible());
    QVERIFY(!webhooks->findChild<QWidget*>(u"subscribeReceiverButton"_s)->isVisible());
    QVERIFY(!webhooks->findChild<QWidget*>(u"filterEdit"_s)->isVisible());

    tabs->setCurrentWidget(window.customersPage()->parentWidget());
    QVERIFY(window.currentPageShowsUnavailable());
    QVERIFY(window.customersPage()->findChild<EmptyState*>(u"customersUnavailableState"_s)->isVisible());
    QVERIFY(!window.customersPage()->findChild<QWidget*>(u"customerTable"_s)->isVisible());
    tabs->setCurrentWidget(window.liveEventsPage());
    QVERIFY(!window.currentPageShowsUnavailable());
    tabs->setCurrentWidget(webhooks);

    // The barrier: a request of the test's own, answered; the window's would have been counted by then.
    QVERIFY(answeredProbe(m_sandbox.demoConnection()));
    QCOMPARE(m_sandbox.requestsCounted(), 1);
    for (const ErrorBanner* banner : window.findChildren<ErrorBanner*>())
        QVERIFY2(banner->isHidden(), qPrintable(banner->message()));

    QTest::mouseClick(webhooks->findChild<QPushButton*>(u"webhooksEnterKeyButton"_s), Qt::LeftButton);
    QCOMPARE(keyRequested.size(), 1);
    QTest::mouseClick(window.customersPage()->findChild<QPushButton*>(u"customersEnterKeyButton"_s), Qt::LeftButton);
    QCOMPARE(keyRequested.size(), 2);

    // A connection ends it: the pages load.
    QSignalSpy loaded(webhooks, &WebhooksPage::loaded);
    QSignalSpy customersLoaded(window.customersPage(), &CustomersPage::loaded);
    window.setConnection(u"Sandbox"_s, m_sandbox.demoConnection());
    QVERIFY(!window.isUnavailable());
    QVERIFY(!window.currentPageShowsUnavailable());
    QVERIFY(!webhooks->isUnavailable());
    QVERIFY(!window.customersPage()->isUnavailable());
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!customersLoaded.isEmpty(), 20000);
    QVERIFY(webhooks->model()->rowCount() >= 1);
    QVERIFY(webhooks->findChild<QWidget*>(u"webhookTable"_s)->isVisible());
    QVERIFY(webhooks->findChild<QWidget*>(u"addButton"_s)->isVisible());
    QVERIFY(webhooks->findChild<QWidget*>(u"subscribeReceiverButton"_s)->isVisible());
    QVERIFY(m_sandbox.requestsCounted() > 1);
    m_sandbox.stopCountingRequests();
    QTRY_VERIFY(!webhooks->isBusy());
}

// Ctrl+N is bound on two pages; only the visible page's action is live, so the key adds a webhook on
// Webhooks and a customer record on Customer data, and Qt never sees an ambiguous shortcut.
void TestMainWindow::newKeyAddsOnTheVisiblePage()
{
    MainWindow window(u"Sandbox"_s, m_sandbox.demoConnection());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(!window.webhooksPage()->isBusy());
    QTRY_VERIFY(!window.customersPage()->isBusy());
    auto* tabs = window.findChild<QTabWidget*>(u"pageTabs"_s);
    QSignalSpy customerAdds(window.customersPage()->findChild<QAction*>(u"addCustomerAction"_s), &QAction::triggered);

    tabs->setCurrentWidget(window.customersPage()->parentWidget());
    QTest::keySequence(&window, QKeySequence::New);
    CustomerDialog* customer = nullptr;
    QTRY_VERIFY((customer = window.findChild<CustomerDialog*>()) != nullptr && customer->isVisible());
    QVERIFY(!customer->isEditing());
    QVERIFY(window.findChild<AddWebhookDialog*>() == nullptr);
    QCOMPARE(customerAdds.size(), 1);
    customer->reject();
    QTRY_VERIFY(window.findChild<CustomerDialog*>() == nullptr);

    tabs->setCurrentWidget(window.webhooksPage());
    window.activateWindow(); // the closed dialog leaves no active window on the offscreen platform
    QApplication::setActiveWindow(&window);
    QTRY_VERIFY(window.isActiveWindow());
    QTest::keySequence(&window, QKeySequence::New);
    AddWebhookDialog* webhook = nullptr;
    QTRY_VERIFY((webhook = window.findChild<AddWebhookDialog*>()) != nullptr && webhook->isVisible());
    QVERIFY(window.findChild<CustomerDialog*>() == nullptr);
    QCOMPARE(customerAdds.size(), 1);
    webhook->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
