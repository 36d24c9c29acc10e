#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "gui/MainWindow.h"
#include "gui/customers/CustomersPage.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/CustomerTableModel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "session/ReceiverService.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// The width of a half-tiled 1366-pixel screen, less the window frame.
constexpr int narrowWidth = 680;

QString describe(const QWidget* widget)
{
    const QRect r = widget->geometry();
    return u"%1 '%2' at %3,%4 %5x%6 (minimum %7)"_s
        .arg(QLatin1StringView(widget->metaObject()->className()), widget->objectName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height())
        .arg(widget->minimumSizeHint().width());
}

// A widget a user reads or operates as one piece: the walk does not go into its own inner parts.
bool isControl(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget)
        || qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractSpinBox*>(widget)
        || qobject_cast<const QLabel*>(widget) || qobject_cast<const QAbstractScrollArea*>(widget);
}

void collectControls(QWidget* parent, const QWidget* window, QList<QWidget*>* out)
{
    for (QWidget* child : parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!child->isVisibleTo(window) || child->isWindow())
            continue;
        if (isControl(child))
            out->append(child);
        else
            collectControls(child, window, out);
    }
}

// What is wrong with a row of controls: one outside the page, one cut below its minimum size, two
// controls on top of each other.
QStringList rowProblems(const QList<QWidget*>& controls, QWidget* page)
{
    QStringList problems;
    const QRect pageRect = page->rect();
    QList<QRect> rects;
    for (QWidget* control : controls) {
        const QRect onPage(control->mapTo(page, QPoint(0, 0)), control->size());
        rects.append(onPage);
        if (!pageRect.contains(onPage))
            problems
                << u"outside the page %1x%2: %3"_s.arg(pageRect.width()).arg(pageRect.height()).arg(describe(control));
        const QSize minimum = control->minimumSizeHint();
        const auto* label = qobject_cast<const QLabel*>(control);
        const bool elastic = label && (label->wordWrap() || label->text().isEmpty());
        if (!elastic && (control->width() < minimum.width() || control->height() < minimum.height()))
            problems << u"cut below its minimum size: %1"_s.arg(describe(control));
    }
    for (qsizetype i = 0; i < controls.size(); ++i) {
        for (qsizetype j = i + 1; j < controls.size(); ++j) {
            if (rects[i].intersects(rects[j]))
                problems << u"overlap: %1 and %2"_s.arg(describe(controls[i]), describe(controls[j]));
        }
    }
    return problems;
}

QList<QWidget*> controlsOf(QWidget* bar, const QWidget* window)
{
    QList<QWidget*> controls;
    collectControls(bar, window, &controls);
    return controls;
}

} // namespace

// The main window shrinks to 680 pixels (a laptop screen, or half of a 1366-pixel one) and every page's
// row of controls still shows each control whole, inside the page, on top of no other.
class TestNarrowGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowShrinksTo680();
    void rowsFit_data();
    void rowsFit();
    void moreFiltersKeepsHiddenFiltersInReach();
    void customerToolbarOverflowKeepsEveryAction();
    void statusBarFits();

private:
    QWidget* page(const QString& name) const;
    QList<QWidget*> rowControls(const QString& pageName) const;
    void showPage(const QString& name, int width);

    std::unique_ptr<ReceiverFixture> m_receiver;
    SandboxFixture m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestNarrowGui::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_narrowgui"_s);
    QSettings().clear();
    m_receiver = std::make_unique<ReceiverFixture>();
    QVERIFY(m_receiver->start());
    ReceiverService* service = m_receiver->service();

    SandboxOptions options;
    options.companyCount = 40;
    options.demoWebhookUrl = m_receiver->webhookUrl().toString();
    QVERIFY(m_sandbox.start(options));
    service->setSandboxControlUrl(m_sandbox.controlUrl());

    m_window = std::make_unique<MainWindow>(u"Sandbox"_s, m_sandbox.demoConnection());
    LiveEventsPage* live = m_window->liveEventsPage();
    live->model()->setBatchInterval(50);
    live->setService(service);
    m_window->resize(1280, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Some data on every page: the demo webhook, the demo customer records, a few deliveries.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->webhooksPage()->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->customersPage()->model()->rowCount() > 0, 10000);
    QTRY_VERIFY(live->findChild<QWidget*>(u"sandboxBar"_s)->isVisibleTo(live));
    for (int i = 0; i < 3; ++i)
        live->simulateChange();
    QTRY_VERIFY_WITH_TIMEOUT(live->model()->rowCount() >= 3, 15000);
}

void TestNarrowGui::cleanupTestCase()
{
    m_window.reset();
    m_sandbox.stop();
    m_receiver.reset();
}

QWidget* TestNarrowGui::page(const QString& name) const
{
    if (name == u"webhooks"_s)
        return m_window->webhooksPage();
    if (name == u"customers"_s)
        return m_window->customersPage();
    return m_window->liveEventsPage();
}

QList<QWidget*> TestNarrowGui::rowControls(const QString& pageName) const
{
    QWidget* p = page(pageName);
    if (pageName == u"webhooks"_s) {
        // The page's toolbar is a layout of its form, not a widget of its own.
        QList<QWidget*> controls;
        auto* row = p->findChild<QHBoxLayout*>(u"toolbarLayout"_s);
        for (int i = 0; row && i < row->count(); ++i) {
            if (QWidget* widget = row->itemAt(i)->widget(); widget && widget->isVisibleTo(m_window.get()))
                controls.append(widget);
        }
        return controls;
    }
    if (pageName == u"customers"_s)
        return controlsOf(p->findChild<QWidget*>(u"customersToolbarRow"_s), m_window.get());
    QList<QWidget*> controls = controlsOf(p->findChild<QWidget*>(u"liveFilterBar"_s), m_window.get());
    controls += controlsOf(p->findChild<QWidget*>(u"sandboxBar"_s), m_window.get());
    controls += controlsOf(p->findChild<QWidget*>(u"receiverPanel"_s), m_window.get());
    return controls;
}

void TestNarrowGui::showPage(const QString& name, int width)
{
    m_window->findChild<QTabWidget*>(u"pageTabs"_s)
        ->setCurrentWidget(name == u"customers"_s ? page(name)->parentWidget() : page(name));
    m_window->resize(width, 760);
    QTRY_COMPARE(m_window->width(), width);
    QCoreApplication::processEvents(); // the layouts settle on posted events
}

void TestNarrowGui::windowShrinksTo680()
{
    for (const QString& name : {u"webhooks"_s, u"customers"_s, u"live"_s}) {
        QVERIFY2(page(name)->minimumSizeHint().width() <= narrowWidth,
                 qPrintable(u"%1: %2"_s.arg(name).arg(page(name)->minimumSizeHint().width())));
    }
    QVERIFY2(m_window->minimumSizeHint().width() <= narrowWidth,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QVERIFY(m_window->minimumWidth() <= narrowWidth);
}

void TestNarrowGui::rowsFit_data()
{
    QTest::addColumn<QString>("pageName");
    QTest::addColumn<int>("width");
    for (int width : {narrowWidth, 960, 1280}) {
        for (const QString& name : {u"webhooks"_s, u"customers"_s, u"live"_s})
            QTest::addRow("%s at %d", qPrintable(name), width) << name << width;
    }
}

void TestNarrowGui::rowsFit()
{
    QFETCH(QString, pageName);
    QFETCH(int, width);
    showPage(pageName, width);
    auto* live = m_window->liveEventsPage();
    auto* more = live->findChild<QAbstractButton*>(u"moreFiltersButton"_s);
    QVERIFY(more);
    for (bool expanded : {false, true}) {
        more->setChecked(expanded);
        QCoreApplication::processEvents();
        const QList<QWidget*> controls = rowControls(pageName);
        QVERIFY(controls.size() >= 3);
        const QStringList problems = rowProblems(controls, page(pageName));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    more->setChecked(false);
}

void TestNarrowGui::moreFiltersKeepsHiddenFiltersInReach()
{
    showPage(u"live"_s, narrowWidth);
    LiveEventsPage* live = m_window->liveEventsPage();
    auto* more = live->findChild<QAbstractButton*>(u"moreFiltersButton"_s);
    auto* field = live->findChild<QComboBox*>(u"fieldFilterCombo"_s);
    auto* from = live->findChild<QAbstractButton*>(u"fromCheck"_s);
    QVERIFY(more && field && from);
    QVERIFY(more->focusPolicy() & Qt::TabFocus);
    QVERIFY(!more->accessibleName().isEmpty());
    QVERIFY(!field->isVisible());

    // Keyboard: the toggle opens the row, and the field filter is the next stop after it.
    more->setFocus();
    QTest::keyClick(more, Qt::Key_Space);
    QTRY_VERIFY(field->isVisible());
    QVERIFY(from->isVisible());
    QWidget* next = more->nextInFocusChain();
    while (next != more && (!(next->focusPolicy() & Qt::TabFocus) || !next->isVisible()))
        next = next->nextInFocusChain();
    QCOMPARE(next, field);

    // A filter chosen there still filters, and the closed toggle says that one is on.
    field->setCurrentIndex(field->count() - 1);
    QCOMPARE(live->model()->filter().field, field->currentData().toString());
    const QString openText = more->text();
    more->setChecked(false);
    QVERIFY(!field->isVisible());
    QVERIFY2(more->text() != openText, qPrintable(more->text()));
    QVERIFY(more->text().contains(u'1'));

    // Clear resets the hidden filter too.
    auto* clear = live->findChild<QWidget*>(u"liveFilterBar"_s)->findChild<QAbstractButton*>(u"clearFilterButton"_s);
    QVERIFY(clear);
    clear->click();
    QVERIFY(live->model()->filter().isEmpty());
    QCOMPARE(field->currentIndex(), 0);
    QVERIFY(!more->text().contains(u'1'));
}

void TestNarrowGui::customerToolbarOverflowKeepsEveryAction()
{
    CustomersPage* customers = m_window->customersPage();
    showPage(u"customers"_s, 1280);
    auto* toolbar = customers->findChild<QToolBar*>(u"customersToolbar"_s);
    QVERIFY(toolbar);
    // Wide: every action has its named, focusable button in view.
    for (QAction* action : toolbar->actions()) {
        if (action->isSeparator())
            continue;
        QWidget* button = toolbar->widgetForAction(action);
        QVERIFY2(button && button->isVisible(), qPrintable(action->objectName()));
        QCOMPARE(button->objectName(), action->objectName().replace(u"Action"_s, u"Button"_s));
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }

    // Narrow: the buttons that do not fit go to the toolbar's extension menu, which the keyboard reaches.
    showPage(u"customers"_s, narrowWidth);
    auto* extension = toolbar->findChild<QToolButton*>(u"qt_toolbar_ext_button"_s);
    QVERIFY(extension);
    QTRY_VERIFY(extension->isVisible());
    QVERIFY(extension->focusPolicy() & Qt::TabFocus);
    QVERIFY(!extension->accessibleName().isEmpty());
    int hidden = 0;
    for (QAction* action : toolbar->actions()) {
        if (!action->isSeparator() && !toolbar->widgetForAction(action)->isVisible())
            ++hidden;
    }
    QVERIFY(hidden > 0);
    // Every action, shown or not, still has its text for the menu and a tool tip for an icon-only button.
    for (QAction* action : toolbar->actions()) {
        if (!action->isSeparator())
            QVERIFY2(!action->text().isEmpty() && !action->toolTip().isEmpty(), qPrintable(action->objectName()));
    }
}

void TestNarrowGui::statusBarFits()
{
    showPage(u"webhooks"_s, narrowWidth);
    QStatusBar* bar = m_window->statusBar();
    QTRY_VERIFY(!m_window->webhooksPage()->isBusy());
    const QList<QWidget*> labels = controlsOf(bar, m_window.get());
    QVERIFY(labels.size() >= 2);
    const QStringList problems = rowProblems(labels, m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(bar->geometry().right() < m_window->width());
    QVERIFY(m_window->menuBar()->geometry().right() < m_window->width());
}

QTEST_MAIN(TestNarrowGui)
#include "tst_narrowgui.moc"
