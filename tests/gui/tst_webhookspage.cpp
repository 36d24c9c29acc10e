#include "SandboxFixture.h"
#include "api/VainuClient.h"
#include "gui/MainWindow.h"
#include "gui/common/ErrorBanner.h"
#include "gui/common/MessageBox.h"
#include "gui/customers/CustomersPage.h"
#include "gui/lists/CompanyListsPanel.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/WebhookTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// Drives the real main window against a real in-process sandbox, the way a user would.
class TestWebhooksPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void listsTheAccountsWebhooks();
    void addWithTheMouse();
    void deleteWithTheKeyboard();
    void addAndDeleteWithTheKeyboardAlone();
    void deleteSeveralReportsEachResult();
    void deleteReportsAWebhookDeletedMeanwhileAsAlreadyGone();
    void errorBannerAndRetry();
    void wrongKeySaysWhatToDo();
    void emptyStateOffersAdd();
    void filterBoxFiltersAllColumns();
    void copyUrlCopiesTheDeliveryAddress();

private:
    void openWindow(const ApiConnection& connection);
    template <typename T>
    T* child(const char* name) const
    {
        T* widget = m_window->findChild<T*>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    WebhookTableModel* model() const { return m_window->webhooksPage()->model(); }
    QTableView* table() const { return child<QTableView>("webhookTable"); }
    int rowOf(const QString& url) const;
    void selectUrl(const QString& url);
    void activateWindow();
    void focusTable();
    AddWebhookDialog* waitForAddDialog();

    SandboxFixture m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestWebhooksPage::initTestCase()
{
    QVERIFY(m_sandbox.start());
}

void TestWebhooksPage::cleanup()
{
    MessageBox::presetAnswers({});
    MessageBox::clearShownMessages();
    m_window.reset();
}

void TestWebhooksPage::openWindow(const ApiConnection& connection)
{
    m_window = std::make_unique<MainWindow>(u"Sandbox"_s, connection);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Every page loads at once; a fault a test injects afterwards must meet the call the test makes, not the
    // Customer data page's first listing, nor its company lists and their companies, on a slow machine.
    QTRY_VERIFY(!m_window->webhooksPage()->isBusy() && !m_window->customersPage()->isBusy()
                && !m_window->customersPage()->listsPanel()->isBusy());
}

int TestWebhooksPage::rowOf(const QString& url) const
{
    const QAbstractItemModel* view = table()->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        if (view->index(row, WebhookTableModel::UrlColumn).data().toString() == url)
            return row;
    }
    return -1;
}

// After a dialog closes, the offscreen platform does not always hand activation back by itself;
// keyboard shortcuts need an active window and the right focus widget.
void TestWebhooksPage::activateWindow()
{
    QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestWebhooksPage::focusTable()
{
    activateWindow();
    table()->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(table()->hasFocus());
}

void TestWebhooksPage::selectUrl(const QString& url)
{
    const int row = rowOf(url);
    QVERIFY2(row >= 0, qPrintable(url));
    focusTable();
    const QRect cell = table()->visualRect(table()->model()->index(row, WebhookTableModel::UrlColumn));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
}

AddWebhookDialog* TestWebhooksPage::waitForAddDialog()
{
    AddWebhookDialog* dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = m_window->findChild<AddWebhookDialog*>()) && dialog->isVisible()); }();
    return dialog;
}

void TestWebhooksPage::listsTheAccountsWebhooks()
{
    openWindow(m_sandbox.demoConnection());
    QTRY_VERIFY(model()->rowCount() >= 1);
    QVERIFY(rowOf(u"http://127.0.0.1:8787/vainu/webhook"_s) >= 0);
    QCOMPARE(child<QStackedWidget>("contentStack")->currentWidget()->objectName(), u"tablePage"_s);
    QVERIFY(child<ErrorBanner>("errorBanner")->isHidden());
    QCOMPARE(m_window->connectionStateText(), u"Connected as demo@example.com"_s);
    QCOMPARE(child<QLabel>("profileLabel")->text(), u"Profile: Sandbox"_s);
}

void TestWebhooksPage::addWithTheMouse()
{
    openWindow(m_sandbox.demoConnection());
    const int before = model()->rowCount();
    QTest::mouseClick(child<QToolButton>("addButton"), Qt::LeftButton);
    AddWebhookDialog* dialog = waitForAddDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"urlEdit"_s), u"https://mouse.example.com/hook"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"generateSecretButton"_s), Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"okButton"_s), Qt::LeftButton);
    QTRY_COMPARE(model()->rowCount(), before + 1);
    const int row = rowOf(u"https://mouse.example.com/hook"_s);
    QVERIFY(row >= 0);
    QVERIFY(table()->model()->index(row, WebhookTableModel::QueryColumn).data().toString().startsWith(u"?token="_s));
    // The new row is the selected one, ready for Copy URL or Delete.
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()->selectedRows().first().row(), row);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"mouse.example.com"_s));
}

void TestWebhooksPage::deleteWithTheKeyboard()
{
    openWindow(m_sandbox.demoConnection());
    QTRY_VERIFY(rowOf(u"https://mouse.example.com/hook"_s) >= 0);
    const int before = model()->rowCount();
    selectUrl(u"https://mouse.example.com/hook"_s);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(model()->rowCount(), before - 1);
    QCOMPARE(rowOf(u"https://mouse.example.com/hook"_s), -1);
    const auto shown = MessageBox::shownMessages();
    QCOMPARE(shown.size(), 1); // the confirmation, which lists the address; no failure report
    QVERIFY(shown.first().details.contains(u"https://mouse.example.com/hook"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Delete webhooks: 1 deleted."_s);
}

void TestWebhooksPage::addAndDeleteWithTheKeyboardAlone()
{
    openWindow(m_sandbox.demoConnection());
    const int before = model()->rowCount();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    AddWebhookDialog* dialog = waitForAddDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->findChild<QLineEdit*>(u"urlEdit"_s)->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"https://keys.example.com/hook"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(model()->rowCount(), before + 1);

    // The new row is selected; focus the table, Del, confirm.
    focusTable();
    QTRY_COMPARE(table()->selectionModel()->selectedRows().size(), 1);
    MessageBox::presetAnswers({MessageBox::Answer::Reject});
    QTest::keyClick(table(), Qt::Key_Delete);
    QCOMPARE(MessageBox::shownMessages().size(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_F5); // a refresh in between changes nothing
    QTRY_VERIFY(!m_window->webhooksPage()->isBusy());
    QCOMPARE(model()->rowCount(), before + 1); // declined: nothing deleted
    selectUrl(u"https://keys.example.com/hook"_s);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(model()->rowCount(), before);
}

void TestWebhooksPage::deleteSeveralReportsEachResult()
{
    openWindow(m_sandbox.demoConnection());
    const int before = model()->rowCount();
    for (const QString& url : {u"https://one.example.com/"_s, u"https://two.example.com/"_s}) {
        activateWindow();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        AddWebhookDialog* dialog = waitForAddDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"urlEdit"_s), url);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"okButton"_s), Qt::LeftButton);
        QTRY_VERIFY(rowOf(url) >= 0);
        QTRY_VERIFY(!m_window->findChild<AddWebhookDialog*>());
    }
    QCOMPARE(model()->rowCount(), before + 2);
    table()->clearSelection();
    for (const QString& url : {u"https://one.example.com/"_s, u"https://two.example.com/"_s}) {
        const QRect cell = table()->visualRect(table()->model()->index(rowOf(url), 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
    }
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
    // The first delete fails on the server; the second goes through. Both are reported.
    MessageBox::presetAnswers({MessageBox::Answer::Accept, MessageBox::Answer::Accept});
    m_sandbox.failNextCalls(500, 1);
    QTest::mouseClick(child<QToolButton>("deleteButton"), Qt::LeftButton);
    QTRY_COMPARE(MessageBox::shownMessages().size(), 2);
    const auto report = MessageBox::shownMessages().at(1);
    QVERIFY(report.text.contains(u"1 of 2"_s));
    QVERIFY(report.details.contains(u"Deleted: "_s));
    QVERIFY(report.details.contains(u"Not deleted: "_s));
    QTRY_COMPARE(model()->rowCount(), before + 1);
    QTRY_VERIFY(!m_window->webhooksPage()->isBusy());
    // Clean up the survivor so the other tests see the seeded state.
    const QString survivor
        = rowOf(u"https://one.example.com/"_s) >= 0 ? u"https://one.example.com/"_s : u"https://two.example.com/"_s;
    selectUrl(survivor);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(model()->rowCount(), before);
}

void TestWebhooksPage::deleteReportsAWebhookDeletedMeanwhileAsAlreadyGone()
{
    // Another client (another window, a colleague) of the same account.
    QNetworkAccessManager network;
    VainuClient other(&network);
    other.setConnection(m_sandbox.demoConnection());
    const auto create = [&other](const QString& url) {
        Webhook webhook;
        webhook.webhookUrl = url;
        QString id;
        auto* call = other.createWebhook(webhook);
        QObject::connect(call, &ApiCall::finished, [call, &id] { id = call->value().id; });
        (void)QTest::qWaitFor([&id] { return !id.isEmpty(); }, 10000); // the caller checks the id
        return id;
    };
    QVERIFY(!create(u"https://kept.example.com/"_s).isEmpty());
    const QString goneId = create(u"https://gone.example.com/"_s);
    QVERIFY(!goneId.isEmpty());

    openWindow(m_sandbox.demoConnection());
    const int before = model()->rowCount();
    table()->clearSelection();
    for (const QString& url : {u"https://kept.example.com/"_s, u"https://gone.example.com/"_s}) {
        QTRY_VERIFY(rowOf(url) >= 0);
        const QRect cell = table()->visualRect(table()->model()->index(rowOf(url), 0));
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, Qt::ControlModifier, cell.center());
    }
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 2);
    bool deleted = false;
    QObject::connect(other.deleteWebhook(goneId), &ApiCall::finished, [&deleted] { deleted = true; });
    QTRY_VERIFY(deleted);

    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::mouseClick(child<QToolButton>("deleteButton"), Qt::LeftButton);
    QTRY_COMPARE(m_window->statusBar()->currentMessage(), u"Delete webhooks: 1 deleted, 1 already gone."_s);
    QCOMPARE(MessageBox::shownMessages().size(), 1); // the confirmation only: the goal is reached, nothing failed
    QTRY_COMPARE(model()->rowCount(), before - 2);
}

void TestWebhooksPage::errorBannerAndRetry()
{
    openWindow(m_sandbox.demoConnection());
    const int rows = model()->rowCount();
    QVERIFY(rows >= 1);
    auto* banner = child<ErrorBanner>("errorBanner");
    m_sandbox.failNextCalls(500);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(banner->message().contains(u"could not be loaded"_s));
    QVERIFY(!m_window->connectionStateText().startsWith(u"Connected"_s));
    QCOMPARE(model()->rowCount(), rows); // what was shown stays shown
    QTest::mouseClick(banner->findChild<QPushButton*>(u"retryButton"_s), Qt::LeftButton);
    QTRY_VERIFY(banner->isHidden());
    QCOMPARE(model()->rowCount(), rows);
    QCOMPARE(m_window->connectionStateText(), u"Connected as demo@example.com"_s);
}

void TestWebhooksPage::wrongKeySaysWhatToDo()
{
    openWindow(m_sandbox.wrongKeyConnection());
    auto* banner = child<ErrorBanner>("errorBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->message().contains(u"key"_s, Qt::CaseInsensitive), qPrintable(banner->message()));
    QVERIFY(!m_window->connectionStateText().isEmpty());
    QVERIFY(!m_window->connectionStateText().startsWith(u"Connected"_s));
}

void TestWebhooksPage::emptyStateOffersAdd()
{
    openWindow(m_sandbox.emptyConnection());
    auto* stack = child<QStackedWidget>("contentStack");
    QTRY_COMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
    QCOMPARE(m_window->connectionStateText(), u"Connected"_s);
    QTest::mouseClick(child<QPushButton>("emptyStateAddButton"), Qt::LeftButton);
    AddWebhookDialog* dialog = waitForAddDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(u"urlEdit"_s), u"https://first.example.com/"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"okButton"_s), Qt::LeftButton);
    QTRY_COMPARE(stack->currentWidget()->objectName(), u"tablePage"_s);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(m_window->connectionStateText(), u"Connected as nobody@example.com"_s);
    // And back to empty.
    selectUrl(u"https://first.example.com/"_s);
    MessageBox::presetAnswers({MessageBox::Answer::Accept});
    QTest::keyClick(table(), Qt::Key_Delete);
    QTRY_COMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
}

void TestWebhooksPage::filterBoxFiltersAllColumns()
{
    openWindow(m_sandbox.demoConnection());
    const int rows = table()->model()->rowCount();
    QVERIFY(rows >= 1);
    auto* filter = child<QLineEdit>("filterEdit");
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"source=sandbox"_s); // matches the query column only
    QCOMPARE(table()->model()->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, u"no-such-webhook"_s);
    QCOMPARE(table()->model()->rowCount(), 0);
    QVERIFY(child<QLabel>("countLabel")->text().contains(u"match"_s));
    filter->clear();
    QCOMPARE(table()->model()->rowCount(), rows);
}

void TestWebhooksPage::copyUrlCopiesTheDeliveryAddress()
{
    openWindow(m_sandbox.demoConnection());
    QTRY_VERIFY(rowOf(u"http://127.0.0.1:8787/vainu/webhook"_s) >= 0);
    selectUrl(u"http://127.0.0.1:8787/vainu/webhook"_s);
    QTest::mouseClick(child<QToolButton>("copyUrlButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"http://127.0.0.1:8787/vainu/webhook?source=sandbox"_s);
}

QTEST_MAIN(TestWebhooksPage)
#include "tst_webhookspage.moc"
