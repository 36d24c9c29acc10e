#include "models/CompanyListModel.h"
#include "models/CustomerFilterProxyModel.h"
#include "models/CustomerTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCustomerModels : public QObject
{
    Q_OBJECT

    static CustomerRecord record(const QString& id, const QString& name, MatchStatus status, int open = 0)
    {
        CustomerRecord r;
        r.uniqueId = id;
        r.matchData.companyName = name;
        r.matchData.country = u"FI"_s;
        r.openDealsCount = open;
        r.matching = Matching {status, u"2822996-6"_s, name};
        return r;
    }

private slots:
    void tableModel()
    {
        CustomerTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(
            {record(u"a"_s, u"Alpha"_s, MatchStatus::Matched), record(u"b"_s, u"Beta"_s, MatchStatus::Pending)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CustomerTableModel::ColumnCount));
        QCOMPARE(model.index(1, CustomerTableModel::MatchColumn).data().toString(), u"Pending"_s);
        QVERIFY(model.index(0, CustomerTableModel::MatchColumn).data(Qt::ToolTipRole).toString().contains(u"Alpha"_s));
        QCOMPARE(model.index(0, 3).data(CustomerTableModel::UniqueIdRole).toString(), u"a"_s);

        model.upsert(record(u"b"_s, u"Beta Oy"_s, MatchStatus::Matched));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, CustomerTableModel::CompanyNameColumn).data().toString(), u"Beta Oy"_s);
        model.upsert(record(u"c"_s, u"Gamma"_s, MatchStatus::NotMatched));
        QCOMPARE(model.rowCount(), 3);
        model.removeById(u"a"_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOfId(u"c"_s), 1);

        CustomerRecord bare;
        bare.uniqueId = u"no-matching"_s;
        model.upsert(bare); // a record without "matching" is still shown
        QCOMPARE(model.index(2, CustomerTableModel::MatchColumn).data().toString(), u"Unknown"_s);
        QCOMPARE(CustomerTableModel::exportRow(bare).size(), CustomerTableModel::exportHeader().size());
    }

    void proxyFiltersAndSorts()
    {
        CustomerTableModel model;
        CustomerFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords({record(u"1"_s, u"Vainu Oy"_s, MatchStatus::Matched, 3),
                          record(u"2"_s, u"Acme Ab"_s, MatchStatus::NotMatched, 10),
                          record(u"3"_s, u"Vainu Sverige AB"_s, MatchStatus::NotMatched, 1)});
        proxy.setFilterText(u"vainu"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStatusFilter(MatchStatus::NotMatched);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"3"_s);
        proxy.setFilterText({});
        proxy.setStatusFilter(std::nullopt);
        proxy.sort(CustomerTableModel::DealsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"2"_s); // 10 > 3 > 1, numerically
        QCOMPARE(proxy.index(2, 0).data().toString(), u"3"_s);
    }

    void listModel()
    {
        CompanyListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CompanyList staticList {u"aaaaaaaaaaaaaaaaaaaaaaaa"_s, u"Prospects"_s, true, true, u"me@example.com"_s, 4};
        CompanyList dynamicList {u"bbbbbbbbbbbbbbbbbbbbbbbb"_s, u"Saved search"_s, false, false, {}, 120};
        model.setLists({staticList, dynamicList});
        QCOMPARE(model.index(0, CompanyListModel::NameColumn).data().toString(), u"Prospects (default)"_s);
        QCOMPARE(model.index(1, CompanyListModel::KindColumn).data().toString(), u"Dynamic"_s);
        QVERIFY(!model.index(1, 0).data(CompanyListModel::IsStaticRole).toBool());
        staticList.addedCompanies = 5;
        model.upsert(staticList);
        QCOMPARE(model.index(0, CompanyListModel::CompaniesColumn).data().toInt(), 5);
        model.removeById(dynamicList.id);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustomerModels)
#include "tst_customermodels.moc"
