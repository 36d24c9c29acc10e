#include "SandboxFixture.h"
#include "core/AppInfo.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/webhooks/WebhooksPage.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
