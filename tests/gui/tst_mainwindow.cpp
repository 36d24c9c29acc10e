#include "SandboxFixture.h"
#include "api/VainuClient.h"
#include "core/AppInfo.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/common/EmptyState.h"
#include "gui/common/ErrorBanner.h"
#include "gui/customers/CustomersPage.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/WebhookTableModel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

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
    void everyInteractiveWidgetIsNamed();
    void keyMissingCallsNothingUntilAConnection();

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

void TestMainWindow::everyInteractiveWidgetIsNamed()
{
    MainWindow window(u"Sandbox"_s, m_sandbox.demoConnection());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.webhooksPage()->isBusy());
    const QList<QWidget*> widgets = window.webhooksPage()->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(&window) || widget->inherits("QScrollBar")
            || (widget->inherits("QAbstractItemView") && widget->objectName().isEmpty())
            || widget->parentWidget()->inherits("QAbstractItemView") || widget->inherits("QHeaderView")) {
            continue;
        }
        if (widget->objectName() == u"qt_scrollarea_viewport"_s)
            continue;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty() || widget->inherits("QAbstractButton"),
                 qPrintable(widget->objectName()));
    }
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
    {
        QNetworkAccessManager network;
        VainuClient probe(&network);
        probe.setConnection(m_sandbox.demoConnection());
        QSignalSpy answered(probe.listWebhooks(), &ApiCall::finished);
        QVERIFY(answered.wait(20000));
    }
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
