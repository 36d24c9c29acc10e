// ColumnFitter on a table of many rows: hidden, it waits for the show instead of measuring rows nobody sees
// (a hidden QTableView's sizeHintForColumn() reads the model's first 1,000 rows); shown, it sizes from the rows
// in view.
#include "gui/common/ColumnFitter.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Many rows, and how often a cell was read.
class ManyRows : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 200000; }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DisplayRole) {
            ++reads;
            return index.column() == 1 ? u"a rather long company name %1"_s.arg(index.row()) : u"x"_s;
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return u"Column %1"_s.arg(section);
        return {};
    }
    void resetAll()
    {
        beginResetModel();
        endResetModel();
    }
    mutable qint64 reads = 0;
};

} // namespace

class TestColumnFitter : public QObject
{
    Q_OBJECT

private slots:
    void aHiddenTableWaitsForTheShow()
    {
        ManyRows model;
        QTableView view;
        view.resize(800, 400);
        view.setModel(&model);
        auto* fitter = new ColumnFitter(&view, u"test/columns"_s);
        fitter->setStretchColumn(2);
        fitter->fit();
        model.resetAll(); // as a history loaded behind another page
        QCOMPARE(model.reads, 0);

        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(model.reads > 0);
        QVERIFY2(model.reads < 5000, qPrintable(QString::number(model.reads))); // the rows in view, not 200,000
        // The long column got the width of its values in view.
        const int wanted = view.fontMetrics().horizontalAdvance(u"a rather long company name 10"_s);
        QVERIFY2(view.horizontalHeader()->sectionSize(1) >= wanted,
                 qPrintable(QString::number(view.horizontalHeader()->sectionSize(1))));
    }
};

QTEST_MAIN(TestColumnFitter)
#include "tst_columnfitter.moc"
