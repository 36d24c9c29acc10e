#include "gui/common/EmptyState.h"
#include "gui/common/ErrorBanner.h"
#include "gui/common/PageNotice.h"
#include "gui/common/PageStateStack.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

// The one way a page shows where it stands: content, empty, the unavailable notice with its action, the error
// banner with Retry, the busy indicator. Built like a page: the error and busy bar above the stack, and (as on
// the Customer data page) the table and its empty states in a stack of their own beside a side panel.
class TestPageStateStack : public QObject
{
    Q_OBJECT

    std::unique_ptr<QWidget> m_page;
    ErrorBanner* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    PageStateStack* m_states = nullptr;
    QStackedWidget* m_inner = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    EmptyState* m_noMatch = nullptr;
    QWidget* m_sidePanel = nullptr;

    static PageNotice notice()
    {
        PageNotice notice;
        notice.title = u"No API key"_s;
        notice.text = u"Enter the key in the settings."_s;
        notice.actionText = u"Enter the API key…"_s;
        notice.actionName = u"EnterKey"_s;
        return notice;
    }

private slots:
    void init()
    {
        m_page = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(m_page.get());
        m_error = new ErrorBanner;
        m_busy = new QProgressBar;
        m_states = new PageStateStack;
        layout->addWidget(m_error);
        layout->addWidget(m_busy);
        layout->addWidget(m_states, 1);
        auto* body = new QSplitter;
        m_inner = new QStackedWidget;
        m_table = new QTableView;
        m_empty = new EmptyState;
        m_noMatch = new EmptyState;
        m_inner->addWidget(m_table);
        m_inner->addWidget(m_empty);
        m_inner->addWidget(m_noMatch);
        m_sidePanel = new QWidget;
        body->addWidget(m_inner);
        body->addWidget(m_sidePanel);
        m_states->addWidget(body);
        m_states->setParts(u"test"_s, m_table, m_empty, m_error, m_busy);
        m_page->resize(800, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void startsWithTheContent()
    {
        QCOMPARE(m_states->state(), PageStateStack::State::Content);
        QVERIFY(m_table->isVisible());
        QVERIFY(m_sidePanel->isVisible());
        QVERIFY(!m_error->isVisible());
        QVERIFY(!m_busy->isVisible());
        QVERIFY(!m_states->isUnavailable());
    }

    void emptyAndOtherStatesSwitchTheNestedStack()
    {
        m_states->showEmpty();
        QCOMPARE(m_states->state(), PageStateStack::State::Empty);
        QVERIFY(m_empty->isVisible());
        QVERIFY(!m_table->isVisible());
        QVERIFY(m_sidePanel->isVisible()); // the side panel stays: only the table's place changes
        m_states->showOther(m_noMatch);
        QCOMPARE(m_states->state(), PageStateStack::State::Other);
        QVERIFY(m_noMatch->isVisible());
        m_states->showContent();
        QCOMPARE(m_states->state(), PageStateStack::State::Content);
        QVERIFY(m_table->isVisible());
    }

    void unavailableReplacesEverythingUntilTheContentReturns()
    {
        QSignalSpy changed(m_states, &PageStateStack::unavailableChanged);
        QSignalSpy action(m_states, &PageStateStack::unavailableActionTriggered);
        m_states->showError(u"The list could not be loaded."_s);
        QVERIFY(m_error->isVisible());

        m_states->showUnavailable(notice());
        QVERIFY(m_states->isUnavailable());
        QCOMPARE(m_states->state(), PageStateStack::State::Unavailable);
        QVERIFY(!m_error->isVisible()); // the notice says what is wrong; the older error is gone
        QVERIFY(!m_table->isVisible());
        QVERIFY(!m_sidePanel->isVisible());
        auto* shown = m_page->findChild<EmptyState*>(u"testUnavailableState"_s);
        QVERIFY(shown);
        QCOMPARE(shown, m_states->unavailableState());
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->accessibleName(), u"No API key"_s);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toBool(), true);
        auto* button = shown->findChild<QPushButton*>(u"testEnterKeyButton"_s);
        QVERIFY(button);
        QCOMPARE(button->text(), u"Enter the API key…"_s);
        button->click();
        QCOMPARE(action.size(), 1);

        m_states->showUnavailable(notice()); // again: no second change
        QCOMPARE(changed.size(), 1);
        m_states->showEmpty();
        QVERIFY(!m_states->isUnavailable());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toBool(), false);
        QVERIFY(m_empty->isVisible());
    }

    void errorShowsWithRetry()
    {
        QSignalSpy retry(m_states, &PageStateStack::retryRequested);
        m_states->showError(u"The webhooks could not be loaded."_s);
        QVERIFY(m_error->isVisible());
        QCOMPARE(m_error->message(), u"The webhooks could not be loaded."_s);
        m_error->findChild<QPushButton*>(u"retryButton"_s)->click();
        QCOMPARE(retry.size(), 1);
        m_states->hideError();
        QVERIFY(!m_error->isVisible());
    }

    void busyWhileAnyCallRuns()
    {
        const int tableTop = m_table->mapTo(m_page.get(), QPoint()).y();
        m_states->beginBusy();
        m_states->beginBusy();
        QVERIFY(m_states->isBusy());
        QVERIFY(m_busy->isVisible());
        m_states->endBusy();
        QVERIFY(m_states->isBusy());
        QVERIFY(m_busy->isVisible());
        m_states->endBusy();
        QVERIFY(!m_states->isBusy());
        QVERIFY(!m_busy->isVisible());
        m_states->endBusy(); // one too many: stays idle, the next call shows the bar again
        m_states->beginBusy();
        QVERIFY(m_busy->isVisible());
        // The bar keeps its room when hidden: the table does not jump.
        QCOMPARE(m_table->mapTo(m_page.get(), QPoint()).y(), tableTop);
    }
};

QTEST_MAIN(TestPageStateStack)
#include "tst_pagestatestack.moc"
