#include "gui/common/LineTextDelegate.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Counts the cells the delegate drew itself, so that a test comparing pictures knows its own path was taken.
class CountingDelegate : public LineTextDelegate
{
public:
    using LineTextDelegate::LineTextDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (paintsItself(opt))
            ++drawnItself;
        LineTextDelegate::paint(painter, option, index);
    }
    mutable int drawnItself = 0;
};

} // namespace

// The events table paints its cells through LineTextDelegate: they must look exactly as Qt's own delegate draws
// them, whatever the cell (selected, current, elided, right-aligned or centred and elided, disabled, a larger font).
class TestLineTextDelegate : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<QStandardItemModel>(0, 4);
        const QStringList longName {u"Vainu. io Software Oy, a company whose name does not fit its column"_s};
        for (int row = 0; row < 6; ++row) {
            // Right-aligned numbers, some too long for their column; centred text, some too long too.
            QList<QStandardItem*> items {new QStandardItem(u"2026-12-0%1 12:34:56"_s.arg(row + 1)),
                                         new QStandardItem(row % 2 ? longName.first() : u"Kesko Oyj"_s),
                                         new QStandardItem(row % 3 ? u"%1"_s.arg(row * 17) : u"1234567890123"_s),
                                         new QStandardItem(row % 2 ? u"centred"_s : u"centred and far too long"_s)};
            items[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items[3]->setTextAlignment(Qt::AlignCenter);
            m_model->appendRow(items);
        }
        m_view = std::make_unique<QTableView>();
        m_view->setModel(m_model.get());
        m_view->setAlternatingRowColors(true);
        m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view->setWordWrap(false);
        m_view->verticalHeader()->hide();
        m_view->setColumnWidth(0, 150);
        m_view->setColumnWidth(1, 160);
        m_view->setColumnWidth(2, 60);
        m_view->setColumnWidth(3, 90);
        m_view->resize(480, 220);
    }

    void cleanup()
    {
        m_view.reset();
        m_model.reset();
    }

    void looksLikeQtsOwnDelegate_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("pointSize");
        QTest::newRow("left to right") << Qt::LeftToRight << true << 0;
        QTest::newRow("disabled") << Qt::LeftToRight << false << 0;
        QTest::newRow("a larger font") << Qt::LeftToRight << true << 15;
    }

    void looksLikeQtsOwnDelegate()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(bool, enabled);
        QFETCH(int, pointSize);
        if (pointSize > 0) {
            QFont font = m_view->font();
            font.setPointSize(pointSize);
            m_view->setFont(font);
        }
        m_view->setLayoutDirection(direction);
        m_view->setEnabled(enabled);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setFocus();
        m_view->setCurrentIndex(m_model->index(1, 1)); // selected, current, and its name elided
        QCoreApplication::processEvents();
        const Pictures pictures = paintBothWays();
        QCOMPARE(pictures.drawnItself, 4 * 6); // every cell went its own way, not Qt's
        if (pictures.ours != pictures.qts) {
            pictures.qts.save(QDir::temp().filePath(u"linetext-qt.png"_s));
            pictures.ours.save(QDir::temp().filePath(u"linetext-ours.png"_s));
        }
        QCOMPARE(pictures.ours, pictures.qts);
    }

    // Right to left, or under a style sheet, every cell goes to Qt's delegate, and looks as Qt draws it.
    void leavesWholeViewsToQt_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::addColumn<QString>("styleSheet");
        QTest::newRow("right to left") << Qt::RightToLeft << QString();
        QTest::newRow("a style sheet") << Qt::LeftToRight << u"QTableView::item { color: red; padding-left: 6px; }"_s;
    }

    void leavesWholeViewsToQt()
    {
        QFETCH(Qt::LayoutDirection, direction);
        QFETCH(QString, styleSheet);
        m_view->setLayoutDirection(direction);
        m_view->setStyleSheet(styleSheet);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const Pictures pictures = paintBothWays();
        QCOMPARE(pictures.ours, pictures.qts);
        QCOMPARE(pictures.drawnItself, 0);
    }

    // A cell with an icon, a check box or several lines goes to Qt's delegate, and looks the same.
    void leavesOtherCellsToQt()
    {
        m_model->item(0, 3)->setIcon(QApplication::style()->standardIcon(QStyle::SP_DialogOkButton));
        m_model->item(1, 3)->setCheckable(true);
        m_model->item(1, 3)->setCheckState(Qt::Checked);
        m_model->item(2, 3)->setText(u"two\nlines"_s);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        const Pictures pictures = paintBothWays();
        QCOMPARE(pictures.ours, pictures.qts);
        QCOMPARE(pictures.drawnItself, 4 * 6 - 3);
        QStyleOptionViewItem option;
        option.showDecorationSelected = true;
        option.text = u"two\nlines"_s;
        QVERIFY(!LineTextDelegate::paintsItself(option));
        option.text = u"one line"_s;
        QVERIFY(LineTextDelegate::paintsItself(option));
        option.direction = Qt::RightToLeft;
        QVERIFY(!LineTextDelegate::paintsItself(option));
        option.direction = Qt::LeftToRight;
        option.features |= QStyleOptionViewItem::HasDecoration;
        QVERIFY(!LineTextDelegate::paintsItself(option));
    }

private:
    struct Pictures
    {
        QImage qts; // the viewport as QStyledItemDelegate paints it
        QImage ours; // as LineTextDelegate paints it
        int drawnItself = 0; // the cells it drew itself in that paint
    };

    Pictures paintBothWays()
    {
        Pictures pictures;
        pictures.qts = m_view->viewport()->grab().toImage();
        auto* delegate = new CountingDelegate(m_view.get());
        m_view->setItemDelegate(delegate);
        delegate->drawnItself = 0;
        pictures.ours = m_view->viewport()->grab().toImage();
        pictures.drawnItself = delegate->drawnItself;
        return pictures;
    }

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
};

QTEST_MAIN(TestLineTextDelegate)
#include "tst_linetextdelegate.moc"
