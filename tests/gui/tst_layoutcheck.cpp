#include "ReceiverFixture.h"
#include "SandboxFixture.h"
#include "core/CustomerRecord.h"
#include "core/ProfileStore.h"
#include "gui/AboutDialog.h"
#include "gui/MainWindow.h"
#include "gui/common/FilePicker.h"
#include "gui/customers/CustomerDialog.h"
#include "gui/customers/CustomersPage.h"
#include "gui/customers/ImportDialog.h"
#include "gui/lists/AddCompaniesDialog.h"
#include "gui/live/EditAndSendDialog.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/ForwardTargetDialog.h"
#include "gui/live/ForwardingPanel.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/ReplayDialog.h"
#include "gui/live/SubscribeReceiverDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/webhooks/AddWebhookDialog.h"
#include "gui/webhooks/WebhooksPage.h"
#include "models/ColumnPriority.h"
#include "models/CustomerTableModel.h"
#include "models/EventTableModel.h"
#include "receiver/WebhookReceiver.h"
#include "secrets/TokenVault.h"
#include "session/ForwardService.h"
#include "session/ReceiverService.h"
#include "session/Translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int windowHeight = 760;
constexpr int narrowestWidth = 680; // of the main window: a dialog opened from it fits in it

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    return text;
}

// A tooltip "gives the whole text" when it holds it (it may say more).
bool tooltipGives(const QString& tooltip, const QString& text)
{
    return !tooltip.isEmpty() && plain(tooltip).simplified().contains(plain(text).simplified());
}

// Widgets inside a widget Qt composes itself (an item view's editors and viewport, a combo box's line edit, a
// spin box's buttons, a tab bar's scroll arrows) are that widget's business, not the page's.
bool insideComposite(const QWidget* widget, const QWidget* root)
{
    for (const QWidget* up = widget->parentWidget(); up && up != root; up = up->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(up) || qobject_cast<const QComboBox*>(up)
            || qobject_cast<const QAbstractSpinBox*>(up) || qobject_cast<const QTabBar*>(up)
            || qobject_cast<const QLineEdit*>(up))
            return true;
    }
    return false;
}

// Is the widget shown to a user of `root`: visible to it, and every parent has some size.
bool shown(const QWidget* widget, const QWidget* root)
{
    if (!widget->isVisibleTo(root) || widget->width() <= 0 || widget->height() <= 0)
        return false;
    return true;
}

// The checks of one case (a page or dialog, in one state, language and width): every failure is collected, and
// the case reports them all at once.
class LayoutCheck
{
public:
    LayoutCheck(QString language, int width, QString where)
        : m_language(std::move(language))
        , m_width(width)
        , m_where(std::move(where))
    { }

    QStringList failures() const { return m_failures; }

    void checkTree(QWidget* root)
    {
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!shown(widget, root) || widget->isWindow() || insideComposite(widget, root))
                continue;
            if (auto* label = qobject_cast<QLabel*>(widget))
                checkLabel(label);
            else if (auto* button = qobject_cast<QAbstractButton*>(widget))
                checkButton(button);
            else if (auto* tabs = qobject_cast<QTabBar*>(widget))
                checkTabBar(tabs);
            else if (auto* edit = qobject_cast<QLineEdit*>(widget))
                checkPlaceholder(edit);
            if (auto* view = qobject_cast<QAbstractItemView*>(widget))
                checkView(view);
            checkSiblings(widget);
        }
        checkSiblings(root);
    }

    void checkDialog(QDialog* dialog)
    {
        const QSize minimum = dialog->layout() ? dialog->layout()->totalMinimumSize() : dialog->minimumSizeHint();
        if (dialog->width() < minimum.width() || dialog->height() < minimum.height())
            fail(dialog, dialog->windowTitle(),
                 u"smaller (%1x%2) than its layout's minimum %3x%4"_s.arg(dialog->width())
                     .arg(dialog->height())
                     .arg(minimum.width())
                     .arg(minimum.height()));
        checkTree(dialog);
    }

private:
    void fail(const QWidget* widget, const QString& text, const QString& what)
    {
        m_failures << u"[%1, %2 px, %3] %4 '%5' \"%6\": %7"_s.arg(m_language)
                          .arg(m_width)
                          .arg(m_where, QLatin1StringView(widget->metaObject()->className()), widget->objectName(),
                               plain(text).simplified().left(120), what);
    }

    void checkLabel(QLabel* label)
    {
        const QString text = label->text();
        if (text.isEmpty() || !label->pixmap().isNull())
            return;
        const QRect room = label->contentsRect();
        const int indent = label->indent() > 0 ? label->indent() : 0;
        bool clipped = false;
        QString how;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            clipped = needed > label->height();
            how = u"wrapped, needs %1 px height, has %2"_s.arg(needed).arg(label->height());
        } else {
            const int needed = label->minimumSizeHint().width();
            clipped = needed > label->width() || label->fontMetrics().height() > room.height() + 1;
            how = u"needs %1 px, has %2"_s.arg(needed).arg(room.width() - indent);
        }
        if (clipped && !tooltipGives(label->toolTip(), text))
            fail(label, text, u"text cut (%1) and no tooltip gives it whole"_s.arg(how));
    }

    void checkButton(QAbstractButton* button)
    {
        const QString text = withoutMnemonic(button->text());
        if (text.isEmpty() || button->objectName().startsWith(u"qt_"_s))
            return;
        if (auto* tool = qobject_cast<QToolButton*>(button); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
            return;
        const int needed = button->sizeHint().width();
        if (needed > button->width() && !tooltipGives(button->toolTip(), text))
            fail(button, text,
                 u"text cut (needs %1 px, has %2) and no tooltip gives it whole"_s.arg(needed).arg(button->width()));
    }

    // An empty field's placeholder names it (often instead of a label): it shows whole, or the tooltip gives it.
    void checkPlaceholder(QLineEdit* edit)
    {
        const QString placeholder = edit->placeholderText();
        if (placeholder.isEmpty() || !edit->text().isEmpty())
            return;
        const int frame
            = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit) : 0;
        const QMargins margins = edit->textMargins();
        // QLineEdit keeps 2 px each side of the text, and room for the clear button once it shows.
        const int clear = edit->isClearButtonEnabled()
            ? edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit) + 4
            : 0;
        const int room = edit->width() - 2 * frame - 4 - margins.left() - margins.right() - clear;
        const int needed = edit->fontMetrics().horizontalAdvance(placeholder);
        if (needed > room && !tooltipGives(edit->toolTip(), placeholder))
            fail(edit, placeholder,
                 u"placeholder cut (needs %1 px, has %2) and no tooltip gives it whole"_s.arg(needed).arg(room));
    }

    void checkTabBar(QTabBar* bar)
    {
        const QRect inside = bar->rect();
        const int hspace = bar->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, bar);
        const QFontMetrics metrics = bar->fontMetrics();
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i))
                continue;
            const QString text = withoutMnemonic(bar->tabText(i));
            const QRect tab = bar->tabRect(i);
            const bool tipGives = tooltipGives(bar->tabToolTip(i), text);
            if (!inside.contains(tab)) {
                fail(bar, text, u"tab outside the tab bar's %1 px (behind scroll arrows)"_s.arg(inside.width()));
                continue;
            }
            int needed = metrics.horizontalAdvance(text) + hspace;
            if (!bar->tabIcon(i).isNull())
                needed += bar->iconSize().width() + 4;
            if (tab.width() < needed && !tipGives)
                fail(bar, text, u"tab text cut (needs %1 px, has %2)"_s.arg(needed).arg(tab.width()));
        }
    }

    void checkView(QAbstractItemView* view)
    {
        QHeaderView* header = nullptr;
        if (auto* table = qobject_cast<QTableView*>(view))
            header = table->horizontalHeader();
        else
            header = view->findChild<QHeaderView*>(); // a tree's header
        QAbstractItemModel* model = view->model();
        if (!header || !model || header->isHidden() || header->orientation() != Qt::Horizontal)
            return;
        const int viewportWidth = view->viewport()->width();
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        const QFontMetrics metrics = header->fontMetrics();
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString text = model->headerData(column, Qt::Horizontal).toString();
            const bool essential = model->headerData(column, Qt::Horizontal, ColumnPriority::Role).isValid()
                && model->headerData(column, Qt::Horizontal, ColumnPriority::Role).toInt() == ColumnPriority::Essential;
            const int position = header->sectionViewportPosition(column);
            const int size = header->sectionSize(column);
            if (header->isSectionHidden(column)) {
                if (essential)
                    fail(view, text, u"essential column %1 is hidden"_s.arg(column));
                continue;
            }
            if (essential && (position < 0 || position + size > viewportWidth))
                fail(view, text,
                     u"essential column %1 outside the view (at %2, %3 px wide, view %4 px)"_s.arg(column)
                         .arg(position)
                         .arg(size)
                         .arg(viewportWidth));
            if (position >= viewportWidth || position + size <= 0 || text.isEmpty())
                continue; // scrolled away: not shown cut
            // Without a scroll bar to bring it in, a section the view's edge cuts shows only its part in the view.
            const bool scrolls = view->horizontalScrollBar()->isVisible() && view->horizontalScrollBar()->maximum() > 0;
            const int shownWidth = scrolls ? size : std::min(position + size, viewportWidth) - std::max(position, 0);
            int needed = metrics.horizontalAdvance(text) + 2 * margin;
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == column)
                needed += mark + margin;
            const QString tip = model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
            if (shownWidth < needed && !tooltipGives(tip, text))
                fail(header, text,
                     u"header section %1 cut (needs %2 px, has %3 in view)"_s.arg(column).arg(needed).arg(shownWidth));
            if (position >= 0 && position + size <= viewportWidth)
                checkCells(view, header, column);
        }
    }

    // The values of a column in view show whole, or their tooltip does.
    void checkCells(QAbstractItemView* view, QHeaderView* header, int column)
    {
        QAbstractItemModel* model = view->model();
        const int size = header->sectionSize(column);
        const int rows = std::min(model->rowCount(), 30);
        const int hmargin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = model->index(row, column);
            const QString text = index.data().toString();
            if (text.isEmpty() || view->visualRect(index).isEmpty())
                continue;
            int needed = view->fontMetrics().horizontalAdvance(text) + 2 * hmargin;
            if (!index.data(Qt::DecorationRole).isNull())
                needed += view->iconSize().isValid() ? view->iconSize().width() + 4
                                                     : view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
            if (auto* tree = qobject_cast<QTreeView*>(view); tree && column == 0)
                needed += tree->indentation() * (tree->rootIsDecorated() ? 1 : 0);
            if (needed > size && !tooltipGives(index.data(Qt::ToolTipRole).toString(), text)) {
                fail(view, text, u"value in column %1 cut (needs %2 px, has %3)"_s.arg(column).arg(needed).arg(size));
                return; // one per column is enough to say so
            }
        }
    }

    // Two visible children of one parent on top of each other. The parts Qt lays out itself (a scroll area's
    // viewport and bars, a splitter's handles, a tab bar's arrows) are left out.
    void checkSiblings(QWidget* parent)
    {
        if (qobject_cast<QAbstractScrollArea*>(parent) || qobject_cast<QTabBar*>(parent)
            || qobject_cast<QComboBox*>(parent) || qobject_cast<QAbstractSpinBox*>(parent)
            || qobject_cast<QLineEdit*>(parent) || qobject_cast<QAbstractButton*>(parent)
            || qobject_cast<QStackedWidget*>(parent) || insideComposite(parent, parent->window()))
            return;
        QList<QWidget*> children;
        for (QWidget* child : parent->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisible() && !child->isWindow() && child->width() > 0 && child->height() > 0
                && !child->inherits("QSplitterHandle") && !child->objectName().startsWith(u"qt_"_s)
                && !child->inherits("QMenu") && !child->inherits("QRubberBand") && !child->inherits("QSizeGrip"))
                children << child;
        }
        for (qsizetype i = 0; i < children.size(); ++i) {
            for (qsizetype j = i + 1; j < children.size(); ++j) {
                if (children[i]->geometry().intersects(children[j]->geometry())) {
                    const QRect a = children[i]->geometry();
                    const QRect b = children[j]->geometry();
                    fail(children[i], textOf(children[i]),
                         u"overlaps %1 '%2' (%3,%4 %5x%6 and %7,%8 %9x%10)"_s
                             .arg(QLatin1StringView(children[j]->metaObject()->className()), children[j]->objectName())
                             .arg(a.x())
                             .arg(a.y())
                             .arg(a.width())
                             .arg(a.height())
                             .arg(b.x())
                             .arg(b.y())
                             .arg(b.width())
                             .arg(b.height()));
                }
            }
        }
    }

    static QString textOf(const QWidget* widget)
    {
        if (auto* label = qobject_cast<const QLabel*>(widget))
            return label->text();
        if (auto* button = qobject_cast<const QAbstractButton*>(widget))
            return button->text();
        return widget->accessibleName();
    }

    QString m_language;
    int m_width;
    QString m_where;
    QStringList m_failures;
};

void settle()
{
    // Layouts settle on posted events (LayoutRequest).
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
    // A timer or a queued signal in processEvents() may have changed a text just now (the receiver's counters and
    // events per minute, as deliveries keep arriving): its layout must follow before the check measures. A layout
    // request posts another up the tree, and sendPostedEvents() leaves what is posted while it runs to its next
    // call, so finish them with layout requests alone, letting nothing else change a text meanwhile.
    for (int i = 0; i < 8; ++i)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void switchLanguage(const QString& code)
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    Translations::setOverrideCode(code);
    Translations::install();
}

} // namespace

// What a new user sees does not clip: every page of the real main window (Webhooks, Customer data, Live events)
// in its states (loaded from the sandbox, empty, a server error, busy, unavailable) at 680, 1100 and 1400 pixels,
// and every dialog, in English, Finnish and Swedish. A case fails on cut text without a tooltip that gives it
// whole, on two widgets on top of each other, on a dialog smaller than its layout, and on an essential table
// column (ColumnPriority::Essential) out of view; it names the widget, its text, the language and the width.
class TestLayoutCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkCatchesEachKindOfProblem();
    void columnMenuHidesAndRemembers();
    void everythingFits_data();
    void everythingFits();

private:
    void checkPages(const QString& language, const QString& state);
    void checkLivePage(const QString& language);
    void checkDialogs(const QString& language);
    void checkDialog(QDialog* dialog, const QString& language, const QString& where);
    void checkNarrowDialog(QDialog* dialog, const QString& language, const QString& where);
    void showPage(int index, int width);

    std::unique_ptr<ReceiverFixture> m_receiver;
    std::unique_ptr<ForwardService> m_forward;
    SandboxFixture m_sandbox;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_failures;
};

void TestLayoutCheck::initTestCase()
{
    QCoreApplication::setOrganizationName(u"VainuWebhooksTests"_s);
    QCoreApplication::setApplicationName(u"tst_layoutcheck"_s);
    QSettings().clear();
    m_receiver = std::make_unique<ReceiverFixture>();
    QVERIFY(m_receiver->start());
    SandboxOptions options;
    options.companyCount = 40;
    options.demoWebhookUrl = m_receiver->webhookUrl().toString();
    QVERIFY(m_sandbox.start(options));
    m_receiver->service()->setSandboxControlUrl(m_sandbox.controlUrl());
    // Forward targets with long URLs (paused: nothing is sent), so the Forwarding tab and the event's forward
    // states have rows.
    m_forward = std::make_unique<ForwardService>(m_receiver->service());
    for (const QString& url : {u"http://localhost:3000/webhooks/vainu"_s,
                               u"https://my-integration-staging.example-company.fi/api/v2/incoming/vainu/"
                               "company-changes?tenant=customer-relationship-management-sync"_s}) {
        ForwardTarget target;
        target.url = QUrl(url);
        target.paused = true;
        bool saved = false;
        m_forward->saveTarget(target, this, [&saved](const QString&, qint64) { saved = true; });
        QTRY_VERIFY(saved);
    }
}

void TestLayoutCheck::cleanupTestCase()
{
    m_window.reset();
    m_forward.reset();
    m_sandbox.stop();
    m_receiver.reset();
}

// The check itself can fail: a dialog built to break every rule once gets every kind of failure, and a cut label
// with a tooltip that gives its text gets none.
void TestLayoutCheck::checkCatchesEachKindOfProblem()
{
    QDialog dialog;
    auto* layout = new QVBoxLayout(&dialog);
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    auto* label = new QLabel(u"A label far wider than its room"_s, &dialog);
    label->setObjectName(u"cutLabel"_s);
    label->setFixedWidth(40);
    auto* tipped = new QLabel(u"Another label far wider than its room"_s, &dialog);
    tipped->setFixedWidth(40);
    tipped->setToolTip(tipped->text());
    auto* button = new QPushButton(u"A long button text"_s, &dialog);
    button->setFixedWidth(30);
    auto* loose = new QWidget(&dialog);
    loose->setFixedSize(200, 40);
    auto* first = new QLabel(u"one"_s, loose);
    first->setGeometry(0, 0, 60, 20);
    auto* second = new QLabel(u"two"_s, loose);
    second->setGeometry(30, 0, 60, 20);
    auto* tabs = new QTabWidget(&dialog);
    tabs->setFixedWidth(200);
    for (int i = 0; i < 8; ++i)
        tabs->addTab(new QWidget(tabs), u"Tab number %1"_s.arg(i));
    QStandardItemModel model(3, 4);
    for (int column = 0; column < 4; ++column)
        model.setHeaderData(column, Qt::Horizontal, u"Column %1"_s.arg(column));
    model.setHeaderData(3, Qt::Horizontal, int(ColumnPriority::Essential), ColumnPriority::Role);
    auto* table = new QTableView(&dialog);
    table->setModel(&model);
    table->setFixedWidth(200);
    for (int column = 0; column < 4; ++column)
        table->setColumnWidth(column, 150);
    for (QWidget* widget : std::initializer_list<QWidget*> {label, tipped, button, loose, tabs, table})
        layout->addWidget(widget);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.resize(100, 100);
    settle();

    LayoutCheck check(u"en"_s, dialog.width(), u"self-test"_s);
    check.checkDialog(&dialog);
    const QString all = check.failures().join(u'\n');
    for (const QString& expected :
         {u"'cutLabel' \"A label far wider than its room\": text cut"_s, u"\"A long button text\": text cut"_s,
          u"overlaps QLabel"_s, u"behind scroll arrows"_s, u"essential column 3 outside the view"_s,
          u"than its layout's minimum"_s})
        QVERIFY2(all.contains(expected), qPrintable(expected + u" not in:\n"_s + all));
    QVERIFY2(!all.contains(u"Another label"_s), qPrintable(all));
    QVERIFY(all.contains(u"[en, "_s)); // says the language and the width
}

// The Customer data header's context menu hides a column, the choice outlives the page, and the essential
// columns cannot be hidden.
void TestLayoutCheck::columnMenuHidesAndRemembers()
{
    QSettings().remove(u"columns/customers"_s);
    auto page = std::make_unique<CustomersPage>();
    auto* table = page->findChild<QTableView*>(u"customerTable"_s);
    QVERIFY(table);
    page->resize(1400, 700);
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QHeaderView* header = table->horizontalHeader();
    QVERIFY(!header->isSectionHidden(CustomerTableModel::OwnerColumn));
    QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);

    const QString owner = page->model()->headerData(CustomerTableModel::OwnerColumn, Qt::Horizontal).toString();
    const QString match = page->model()->headerData(CustomerTableModel::MatchColumn, Qt::Horizontal).toString();
    bool matchEnabled = true;
    bool found = false;
    QTimer::singleShot(0, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions()) {
            if (action->text() == match)
                matchEnabled = action->isEnabled();
        }
        for (QAction* action : menu->actions()) {
            if (action->text() == owner) {
                found = true;
                action->trigger();
            }
        }
        menu->close();
    });
    emit header->customContextMenuRequested(QPoint(10, 5));
    QVERIFY(found);
    QVERIFY(!matchEnabled);
    QVERIFY(header->isSectionHidden(CustomerTableModel::OwnerColumn));

    page.reset();
    auto again = std::make_unique<CustomersPage>();
    again->resize(1400, 700);
    again->show();
    QVERIFY(QTest::qWaitForWindowExposed(again.get()));
    auto* againTable = again->findChild<QTableView*>(u"customerTable"_s);
    QVERIFY(againTable->horizontalHeader()->isSectionHidden(CustomerTableModel::OwnerColumn));
    QVERIFY(!againTable->horizontalHeader()->isSectionHidden(CustomerTableModel::MatchColumn));
    QSettings().remove(u"columns/customers"_s);
}

void TestLayoutCheck::everythingFits_data()
{
    QTest::addColumn<QString>("language");
    for (const QString& code : {u"en"_s, u"fi"_s, u"sv"_s})
        QTest::newRow(qPrintable(code)) << code;
}

void TestLayoutCheck::showPage(int index, int width)
{
    m_window->findChild<QTabWidget*>(u"pageTabs"_s)->setCurrentIndex(index);
    m_window->resize(width, windowHeight);
    settle();
}

void TestLayoutCheck::checkPages(const QString& language, const QString& state)
{
    auto* tabs = m_window->findChild<QTabWidget*>(u"pageTabs"_s);
    for (int width : {680, 1100, 1400}) {
        for (int index = 0; index < tabs->count(); ++index) {
            showPage(index, width);
            LayoutCheck check(language, width, u"%1, %2"_s.arg(withoutMnemonic(tabs->tabText(index)), state));
            check.checkTree(m_window.get());
            m_failures << check.failures();
        }
    }
}

void TestLayoutCheck::checkLivePage(const QString& language)
{
    LiveEventsPage* live = m_window->liveEventsPage();
    auto* tabs = m_window->findChild<QTabWidget*>(u"pageTabs"_s);
    tabs->setCurrentWidget(live);
    QTRY_VERIFY_WITH_TIMEOUT(live->model()->rowCount() >= 3, 15000);
    live->table()->setCurrentIndex(live->model()->index(0, 0));
    QTRY_VERIFY(live->detailPane()->findChild<QAbstractButton*>(u"copyCurlButton"_s)->isEnabled());
    live->detailPane()->fetchCompany();
    auto* detailTabs = live->detailPane()->findChild<QTabWidget*>(u"eventDetailTabs"_s);
    QTRY_VERIFY(!live->detailPane()->findChild<QLabel*>(u"companyStatusLabel"_s)->text().endsWith(u"…"_s));
    for (int width : {680, 1100, 1400}) {
        for (int index = 0; index < detailTabs->count(); ++index) {
            detailTabs->setCurrentIndex(index);
            showPage(tabs->indexOf(live), width);
            LayoutCheck check(
                language, width,
                u"Live events, event selected, tab %1"_s.arg(withoutMnemonic(detailTabs->tabText(index))));
            check.checkTree(m_window.get());
            m_failures << check.failures();
        }
    }
    detailTabs->setCurrentIndex(0);
    // The Forwarding tab of the page, with its targets.
    auto* views = live->findChild<QTabWidget*>(u"liveViews"_s);
    views->setCurrentWidget(live->forwardingPanel());
    QTRY_COMPARE(live->forwardingPanel()->targetsView()->topLevelItemCount(), 2);
    for (int width : {680, 1100, 1400}) {
        showPage(tabs->indexOf(live), width);
        LayoutCheck check(language, width, u"Live events, Forwarding"_s);
        check.checkTree(m_window.get());
        m_failures << check.failures();
    }
    // The Overview tab: its range, summary, charts and companies over the events that arrived.
    live->showOverview();
    auto* overviewStack = live->findChild<QStackedWidget*>(u"overviewStack"_s);
    QTRY_COMPARE_WITH_TIMEOUT(overviewStack->currentWidget()->objectName(), u"chartsArea"_s, 15000);
    for (int width : {680, 1100, 1400}) {
        showPage(tabs->indexOf(live), width);
        LayoutCheck check(language, width, u"Live events, Overview"_s);
        check.checkTree(m_window.get());
        m_failures << check.failures();
    }
    views->setCurrentIndex(0);
}

void TestLayoutCheck::checkDialog(QDialog* dialog, const QString& language, const QString& where)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    settle();
    LayoutCheck check(language, dialog->width(), where);
    check.checkDialog(dialog);
    m_failures << check.failures();
}

// A dialog of the Live events page opens no wider than the narrowest main window, and nothing in it is cut there.
void TestLayoutCheck::checkNarrowDialog(QDialog* dialog, const QString& language, const QString& where)
{
    checkDialog(dialog, language, where);
    if (dialog->width() > narrowestWidth)
        m_failures << u"[%1, %2 px, %3] opens wider than the narrowest main window (%4 px)"_s.arg(language)
                          .arg(dialog->width())
                          .arg(where)
                          .arg(narrowestWidth);
    dialog->resize(narrowestWidth, dialog->height());
    settle();
    LayoutCheck check(language, dialog->width(), where + u", narrowest"_s);
    check.checkDialog(dialog);
    m_failures << check.failures();
}

void TestLayoutCheck::checkDialogs(const QString& language)
{
    {
        AddWebhookDialog dialog(m_window->client(), m_window.get());
        checkDialog(&dialog, language, u"Add webhook"_s);
    }
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ProfileStore store(dir.filePath(u"profiles.ini"_s));
        QVERIFY(store.ensureDefaults());
        TokenVault vault;
        SettingsDialog dialog(&store, &vault, m_window.get());
        checkDialog(&dialog, language, u"Settings"_s);
        // The Receiver tab, of the sandbox and of a Vainu account (public URL and autostart shown too).
        dialog.showReceiverTab();
        checkDialog(&dialog, language, u"Settings, Receiver (sandbox)"_s);
        dialog.startNewProfile(Profile::Kind::Vainu);
        dialog.showReceiverTab();
        checkDialog(&dialog, language, u"Settings, Receiver (Vainu account)"_s);
    }
    {
        LiveEventsPage* live = m_window->liveEventsPage();
        SubscribeReceiverDialog dialog(m_receiver->service(), live->subscription(), m_window.get());
        checkDialog(&dialog, language, u"Subscribe this receiver"_s);
    }
    {
        ForwardTargetDialog dialog(m_forward.get(), ForwardTarget(), m_window.get());
        checkNarrowDialog(&dialog, language, u"Add forward target"_s);
        // Refused at the fields: the reasons show under them.
        dialog.findChild<QLineEdit*>(u"targetUrlEdit"_s)->setText(m_receiver->webhookUrl().toString());
        dialog.findChild<QPlainTextEdit*>(u"targetHeadersEdit"_s)->setPlainText(u"Content-Length: 12"_s);
        dialog.accept();
        checkNarrowDialog(&dialog, language, u"Add forward target, refused"_s);
    }
    {
        LiveEventsPage* live = m_window->liveEventsPage();
        const StoredEvent event = live->detailPane()->storedEvent();
        EditAndSendDialog dialog(m_forward.get(), event, m_window.get());
        checkNarrowDialog(&dialog, language, u"Edit and send"_s);
        dialog.findChild<QPlainTextEdit*>(u"payloadEdit"_s)->setPlainText(u"{\"name\": }"_s);
        checkNarrowDialog(&dialog, language, u"Edit and send, not JSON"_s);
        ReplayDialog replay(m_forward.get(), {event.id}, live->model()->eventIds(), m_window.get());
        checkNarrowDialog(&replay, language, u"Replay events"_s);
        // Replayed to this app's receiver: each event's result in the list, the summary above it.
        replay.start();
        QTRY_VERIFY_WITH_TIMEOUT(!replay.isRunning(), 15000);
        checkNarrowDialog(&replay, language, u"Replay events, done"_s);
    }
    {
        CustomerDialog dialog(m_window->client(), CustomerRecord {}, m_window.get());
        checkDialog(&dialog, language, u"Add customer"_s);
    }
    {
        CustomersPage* customers = m_window->customersPage();
        QTRY_VERIFY(customers->model()->rowCount() > 0);
        CustomerDialog dialog(m_window->client(), customers->model()->recordAt(0), m_window.get());
        checkDialog(&dialog, language, u"Edit customer"_s);
    }
    {
        ImportDialog dialog(m_window->client(), m_window.get());
        checkDialog(&dialog, language, u"Import, choose a file"_s);
        dialog.openFile(qEnvironmentVariable("VW_SOURCE_DIR") + u"/resources/samples/crm-export-fi-sv.csv"_s);
        QTRY_COMPARE(dialog.step(), ImportDialog::MappingStep);
        checkDialog(&dialog, language, u"Import, mapping"_s);
        // Each call waits a second at the sandbox: the progress step stays long enough to be looked at.
        m_sandbox.slowNextCalls(1000, 3);
        dialog.findChild<QAbstractButton*>(u"startImportButton"_s)->click();
        QTRY_COMPARE(dialog.step(), ImportDialog::ProgressStep);
        checkDialog(&dialog, language, u"Import, progress"_s);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), ImportDialog::ReportStep, 30000);
        checkDialog(&dialog, language, u"Import, report"_s);
    }
    {
        AddCompaniesDialog dialog(u"Key accounts in Uusimaa"_s, m_window.get());
        checkDialog(&dialog, language, u"Add companies"_s);
    }
    {
        AboutDialog dialog(m_window.get());
        checkDialog(&dialog, language, u"About"_s);
    }
}

void TestLayoutCheck::everythingFits()
{
    QFETCH(QString, language);
    QElapsedTimer clock;
    clock.start();
    m_failures.clear();
    switchLanguage(language);
    m_window.reset();
    m_window = std::make_unique<MainWindow>(u"Sandbox"_s, m_sandbox.demoConnection());
    LiveEventsPage* live = m_window->liveEventsPage();
    live->model()->setBatchInterval(50);
    live->setService(m_receiver->service());
    live->setForwardService(m_forward.get());
    m_window->resize(1100, windowHeight);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    // Loaded: the demo account's webhook, customer records and lists, a few deliveries.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->webhooksPage()->isBusy(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->customersPage()->model()->rowCount() > 0, 10000);
    QTRY_VERIFY(!m_window->customersPage()->isBusy());
    for (int i = 0; i < 3; ++i)
        live->simulateChange();
    checkLivePage(language);
    checkPages(language, u"loaded"_s);
    checkDialogs(language);

    // Busy: every call waits at the sandbox while the pages are looked at.
    m_sandbox.slowNextCalls(3000, 6);
    m_window->setConnection(u"Sandbox"_s, m_sandbox.demoConnection());
    QTRY_VERIFY(m_window->webhooksPage()->isBusy());
    checkPages(language, u"busy"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->webhooksPage()->isBusy() && !m_window->customersPage()->isBusy(), 20000);

    // Errors: the server answers 400 to everything (not retried).
    m_sandbox.failNextCalls(400, 1000);
    m_window->setConnection(u"Sandbox"_s, m_sandbox.demoConnection());
    QTRY_VERIFY(!m_window->webhooksPage()->isBusy() && !m_window->customersPage()->isBusy());
    checkPages(language, u"server error"_s);
    m_sandbox.stopCountingRequests(); // clears the faults

    // Empty: an account with nothing in it.
    m_window->setConnection(u"Sandbox"_s, m_sandbox.emptyConnection());
    QTRY_VERIFY(!m_window->webhooksPage()->isBusy() && !m_window->customersPage()->isBusy());
    checkPages(language, u"empty"_s);

    // Unavailable: no API key.
    m_window->setKeyMissing(
        u"Sandbox"_s, m_sandbox.apiBaseUrl(), QCoreApplication::translate("AppWindow", "No API key yet"),
        QCoreApplication::translate("AppWindow",
                                    "Nothing is loaded from Vainu for the profile \"%1\" until its API key is saved. "
                                    "Enter the key of your Vainu account: this page loads as soon as you save it.")
            .arg(u"Sandbox"_s));
    checkPages(language, u"no key"_s);

    // The receiver cannot listen: another program holds its port.
    {
        ReceiverService* service = m_receiver->service();
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        Profile profile = m_receiver->profile();
        const quint16 port = service->receiver()->port(); // the sandbox's demo webhook sends there
        profile.receiver.port = taken.serverPort();
        service->setProfile(profile);
        QTRY_COMPARE(service->receiver()->state(), WebhookReceiver::State::Failed);
        auto* tabs = m_window->findChild<QTabWidget*>(u"pageTabs"_s);
        for (int width : {680, 1100, 1400}) {
            showPage(tabs->indexOf(live), width);
            LayoutCheck check(language, width, u"Live events, port in use"_s);
            check.checkTree(m_window.get());
            m_failures << check.failures();
        }
        profile.receiver.port = port;
        QSignalSpy listening(service->receiver(), &WebhookReceiver::listening);
        service->setProfile(profile);
        QVERIFY(listening.wait(15000));
    }
    m_window->setConnection(u"Sandbox"_s, m_sandbox.demoConnection());
    QTRY_VERIFY(!m_window->webhooksPage()->isBusy() && !m_window->customersPage()->isBusy());

    m_failures.removeDuplicates();
    qInfo("%s: %lld ms", qPrintable(language), clock.elapsed());
    // Qt Test cuts a long failure message: each problem gets a line of its own first.
    for (const QString& failure : std::as_const(m_failures))
        qWarning("%s", qPrintable(failure));
    QVERIFY2(
        m_failures.isEmpty(),
        qPrintable(u"%1 problem(s), listed above; the first: %2"_s.arg(m_failures.size()).arg(m_failures.value(0))));
}

QTEST_MAIN(TestLayoutCheck)
#include "tst_layoutcheck.moc"
