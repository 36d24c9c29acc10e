// A company's history as charts in the event detail pane: a history written through the real store (a SQLite
// file in a temporary folder), read by the pane on its reader thread, drawn as staff and turnover lines with a
// gap where a figure is missing, a marker where the status changed, the hovered point's value, and a click on a
// point selecting its event.
#include "StoreTestSupport.h"
#include "gui/common/ChartView.h"
#include "gui/live/CompanyCharts.h"
#include "gui/live/CompanyHistoryView.h"
#include "gui/live/CompanyTimeline.h"
#include "gui/live/EventDetailPane.h"
#include "gui/live/LiveStoreReader.h"
#include "store/EventStore.h"

#include <QCategoryAxis>
#include <QChart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QXYSeries>

using namespace Qt::StringLiterals;

class TestCompanyCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartsTheHistoryWithGapsAndAStatusChange();
    void hoverSaysTheDateAndValue();
    void clickingAPointSelectsItsEvent();
    void oneEventOrNoFiguresGetASentence();
    void turnoverReadsAsEuros();

private:
    qint64 deliver(const QJsonObject& data, const QDateTime& arrival);
    void showEvent(qint64 id);
    CompanyCharts* charts() const { return m_pane->history()->charts(); }

    QTemporaryDir m_dir;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<LiveStoreReader> m_reader;
    std::unique_ptr<EventDetailPane> m_pane;
    QDateTime m_start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QList<qint64> m_ids; // the events of company 1234567-8, oldest first
};

qint64 TestCompanyCharts::deliver(const QJsonObject& data, const QDateTime& arrival)
{
    static int record = 0;
    const QByteArray raw = QJsonDocument(QJsonObject {{u"data"_s, data},
                                                      {u"number_of_tries"_s, 1},
                                                      {u"type"_s, u"company_change_webhook"_s},
                                                      {u"unique_id"_s, u"record-%1"_s.arg(++record)}})
                               .toJson(QJsonDocument::Compact);
    IncomingDelivery delivery = StoreTestSupport::incoming(raw);
    delivery.arrival = arrival;
    qint64 id = 0;
    bool done = false;
    m_store->submit(delivery, this, [&](const StoreOutcome& outcome) {
        id = outcome.eventId;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return 0;
    return id;
}

void TestCompanyCharts::showEvent(qint64 id)
{
    QSignalSpy loaded(m_pane.get(), &EventDetailPane::eventLoaded);
    m_pane->setEvent(id);
    QVERIFY(loaded.wait(10000));
}

void TestCompanyCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // the numbers the texts are checked in
}

void TestCompanyCharts::init()
{
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
    m_store = std::make_unique<EventStore>();
    QCOMPARE(StoreTestSupport::openStore(*m_store, m_dir.path()), QString());
    const auto company = [](const QJsonObject& figures) {
        QJsonObject data {{u"business_id"_s, u"1234567-8"_s}, {u"company_name"_s, u"Kone Oy"_s}};
        for (auto it = figures.begin(); it != figures.end(); ++it)
            data.insert(it.key(), it.value());
        return data;
    };
    m_ids.clear();
    // Staff 10, then missing (a gap), then "12" as text, then 15; turnover 1 M€, 1.2 M€, null (a gap), 1.5 M€;
    // the status stays active, then turns bankrupt.
    m_ids << deliver(company({{u"staff_number"_s, 10}, {u"turn_over"_s, 1000000}, {u"status"_s, u"active"_s}}),
                     m_start);
    m_ids << deliver(company({{u"turn_over"_s, 1200000}, {u"status"_s, u"active"_s}}), m_start.addSecs(3600));
    m_ids << deliver(
        company({{u"staff_number"_s, u"12"_s}, {u"turn_over"_s, QJsonValue::Null}, {u"status"_s, u"active"_s}}),
        m_start.addSecs(2 * 3600));
    m_ids << deliver(company({{u"staff_number"_s, 15}, {u"turn_over"_s, 1500000}, {u"status"_s, u"bankrupt"_s}}),
                     m_start.addSecs(3 * 3600));
    for (qint64 id : std::as_const(m_ids))
        QVERIFY(id > 0);
    m_reader = std::make_unique<LiveStoreReader>(m_store.get());
    m_pane = std::make_unique<EventDetailPane>();
    m_pane->setReader(m_reader.get());
    m_pane->history()->showChart(true); // as a user who chose "Chart"
    m_pane->resize(700, 520);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestCompanyCharts::cleanup()
{
    m_pane.reset();
    m_reader.reset();
    m_store->close();
    m_store.reset();
}

void TestCompanyCharts::chartsTheHistoryWithGapsAndAStatusChange()
{
    showEvent(m_ids.at(3));
    QVERIFY(charts()->isChartShown());
    const auto x = [this](int hours) { return double(m_start.addSecs(hours * 3600).toMSecsSinceEpoch()); };
    // The text "12" is a staff of 12; the missing staff of the second event is a gap, not a zero.
    QCOMPARE(charts()->staffPoints(), (QList<QPointF> {{x(0), 10}, {x(2), 12}, {x(3), 15}}));
    QCOMPARE(charts()->staffSeries().size(), 2);
    QCOMPARE(charts()->staffSeries().at(0)->count(), 1);
    // The null turnover of the third event is a gap too.
    QCOMPARE(charts()->turnoverPoints(), (QList<QPointF> {{x(0), 1e6}, {x(1), 1.2e6}, {x(3), 1.5e6}}));
    QCOMPARE(charts()->turnoverSeries().size(), 2);
    // active → bankrupt: one marker, at the event that changed it.
    QCOMPARE(charts()->statusMarkerPoints().size(), 1);
    QCOMPARE(charts()->statusMarkerPoints().constFirst().x(), x(3));
    // The turnover axis reads in euros, each label once, around 1–1.5 M€.
    QCategoryAxis* turnoverAxis = nullptr;
    for (QAbstractAxis* axis : charts()->chartView()->chart()->axes(Qt::Vertical)) {
        if (axis->objectName() == u"companyChartTurnoverAxis"_s)
            turnoverAxis = qobject_cast<QCategoryAxis*>(axis);
    }
    QVERIFY(turnoverAxis);
    const QStringList labels = turnoverAxis->categoriesLabels();
    QVERIFY2(labels.size() >= 2 && labels.size() <= 6, qPrintable(labels.join(u" | "_s)));
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    for (const QString& label : labels)
        QVERIFY2(label.endsWith(u" M€"_s), qPrintable(label));

    // The list still lists every event; the toggle switches between them.
    CompanyHistoryView* history = m_pane->history();
    QCOMPARE(m_pane->timeline()->topLevelItemCount(), 4);
    QVERIFY(history->isChartShown());
    history->findChild<QToolButton*>(u"timelineListButton"_s)->click();
    QVERIFY(!history->isChartShown());
    // Another event while the list shows: the chart follows when it is shown again.
    showEvent(m_ids.at(0));
    history->findChild<QToolButton*>(u"timelineChartButton"_s)->click();
    QVERIFY(history->isChartShown());
    QCOMPARE(charts()->staffPoints().size(), 3);
    QCOMPARE(charts()->staffSeries().at(0)->pointConfiguration(0).value(QXYSeries::PointConfiguration::Size), 12.0);
}

void TestCompanyCharts::hoverSaysTheDateAndValue()
{
    showEvent(m_ids.at(3));
    QXYSeries* staff = charts()->staffSeries().at(1);
    emit staff->hovered(staff->at(0), true);
    QVERIFY2(charts()->hoverText().contains(u"staff 12"_s), qPrintable(charts()->hoverText()));
    QVERIFY(charts()->hoverText().contains(
        QLocale().toString(m_start.addSecs(2 * 3600).toLocalTime(), QLocale::ShortFormat)));
    QXYSeries* turnover = charts()->turnoverSeries().at(0);
    emit turnover->hovered(turnover->at(1), true);
    QVERIFY2(charts()->hoverText().contains(u"turnover 1.2 M€"_s), qPrintable(charts()->hoverText()));
    QXYSeries* marker = charts()->statusMarkers().constFirst();
    emit marker->hovered(marker->at(1), true);
    QVERIFY2(charts()->hoverText().contains(u"active → bankrupt"_s), qPrintable(charts()->hoverText()));
}

void TestCompanyCharts::clickingAPointSelectsItsEvent()
{
    showEvent(m_ids.at(3));
    auto* tabs = m_pane->findChild<QTabWidget*>(u"eventDetailTabs"_s);
    tabs->setCurrentWidget(m_pane->history());
    m_pane->history()->showChart(true);
    ChartView* view = charts()->chartView();
    QTRY_VERIFY(view->isVisible() && view->width() > 200);
    QTest::qWait(50); // the chart lays out its plot area

    // A real click on the second event's turnover point selects that event.
    QSignalSpy activated(m_pane.get(), &EventDetailPane::eventActivated);
    QXYSeries* turnover = charts()->turnoverSeries().at(0);
    const QPointF inScene = view->chart()->mapToScene(view->chart()->mapToPosition(turnover->at(1), turnover));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(inScene));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), m_ids.at(1));

    // The list activates the same way.
    activated.clear();
    QTreeWidget* list = m_pane->timeline();
    emit list->itemActivated(list->topLevelItem(2), 0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), m_ids.at(2));
}

void TestCompanyCharts::oneEventOrNoFiguresGetASentence()
{
    const qint64 lone
        = deliver(QJsonObject {{u"business_id"_s, u"7654321-0"_s}, {u"staff_number"_s, 3}}, m_start.addSecs(60));
    showEvent(lone);
    QVERIFY(!charts()->isChartShown());
    QVERIFY2(charts()->emptyText().contains(u"Only one event"_s), qPrintable(charts()->emptyText()));

    deliver(QJsonObject {{u"business_id"_s, u"1111111-1"_s}, {u"staff_number"_s, u"n/a"_s}}, m_start);
    const qint64 noFigures = deliver(QJsonObject {{u"business_id"_s, u"1111111-1"_s},
                                                  {u"staff_number"_s, QJsonValue::Null},
                                                  {u"status"_s, u"active"_s}},
                                     m_start.addSecs(60));
    showEvent(noFigures);
    QVERIFY(!charts()->isChartShown());
    QVERIFY2(charts()->emptyText().contains(u"None of this company's 2 event"_s), qPrintable(charts()->emptyText()));

    // Back to a company with figures: the chart again.
    showEvent(m_ids.at(0));
    QVERIFY(charts()->isChartShown());
}

void TestCompanyCharts::turnoverReadsAsEuros()
{
    QCOMPARE(CompanyCharts::turnoverText(1200000), u"1.2 M€"_s);
    QCOMPARE(CompanyCharts::turnoverText(895766), u"896 k€"_s);
    QCOMPARE(CompanyCharts::turnoverText(2500000000.0), u"2.5 bn€"_s);
    QCOMPARE(CompanyCharts::turnoverText(900), u"900 €"_s);
    QCOMPARE(CompanyCharts::turnoverText(3000000), u"3 M€"_s);
    QCOMPARE(CompanyCharts::eurosText(1250000, 1e6, 2), u"1.25 M€"_s);
}

QTEST_MAIN(TestCompanyCharts)
#include "tst_companycharts.moc"
