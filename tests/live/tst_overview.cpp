// The Live events page's Overview tab on a real event history (a SQLite file written through the real store) with
// known counts over two days: Vainu's retry of a delivery (an attempt, not an event), a stale delivery, an
// unrecognised body, several fields and regions. What the charts show is what a user reads off them: the bars per
// day and origin, the fields and regions by count, the companies that changed most; and that the Overview follows
// the filters, refreshes while events arrive and sends a company's row to the Events table.
#include "ReceiverFixture.h"
#include "ScopedTimeZone.h"
#include "StoreTestSupport.h"
#include "gui/common/ChartView.h"
#include "gui/common/EmptyState.h"
#include "gui/live/LiveEventsPage.h"
#include "gui/live/OverviewPanel.h"
#include "models/EventTableModel.h"
#include "store/EventStore.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include <numeric>

using namespace Qt::StringLiterals;

namespace {

QByteArray companyBody(const QString& uniqueId, const QString& businessId, const QString& name, int staff,
                       const QString& region, const QString& city = u"HELSINKI"_s, int tries = 1)
{
    const QJsonObject data {{u"business_id"_s, businessId},
                            {u"company_name"_s, name},
                            {u"staff_number"_s, staff},
                            {u"region"_s, region},
                            {u"visiting_city"_s, city}};
    return QJsonDocument(QJsonObject {{u"data"_s, data},
                                      {u"number_of_tries"_s, tries},
                                      {u"type"_s, u"company_change_webhook"_s},
                                      {u"unique_id"_s, uniqueId}})
        .toJson(QJsonDocument::Compact);
}

// "name=count" per bar of a ranking, top first, as the chart draws them.
QStringList ranking(ChartView* view)
{
    const QList<QAbstractSeries*> series = view->chart()->series();
    if (series.size() != 1)
        return {u"series: %1"_s.arg(series.size())};
    auto* bars = qobject_cast<QHorizontalBarSeries*>(series.first());
    auto* names = bars ? qobject_cast<QBarCategoryAxis*>(bars->attachedAxes().value(0)) : nullptr;
    if (!names)
        names = bars ? qobject_cast<QBarCategoryAxis*>(bars->attachedAxes().value(1)) : nullptr;
    if (!bars || !names || bars->barSets().size() != 1)
        return {u"not a ranking"_s};
    QStringList rows;
    const QBarSet* set = bars->barSets().first();
    for (int i = set->count() - 1; i >= 0; --i)
        rows.append(names->at(i) + u'=' + QString::number(qint64(set->at(i))));
    return rows;
}

// The stacked bars per set name: each set's values, one per bar.
QMap<QString, QList<qint64>> stackedBars(ChartView* view)
{
    QMap<QString, QList<qint64>> result;
    const QList<QAbstractSeries*> series = view->chart()->series();
    auto* bars = series.size() == 1 ? qobject_cast<QStackedBarSeries*>(series.first()) : nullptr;
    if (!bars)
        return result;
    for (const QBarSet* set : bars->barSets()) {
        QList<qint64> values;
        for (int i = 0; i < set->count(); ++i)
            values.append(qint64(set->at(i)));
        result.insert(set->label(), values);
    }
    return result;
}

// The average lightness of the opaque pixels of a label's pixmap (-1: none).
int iconLightness(const QLabel* label)
{
    const QImage image = label->pixmap().toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 64) {
                sum += pixel.lightness();
                ++count;
            }
        }
    }
    return count > 0 ? int(sum / count) : -1;
}

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartsShowTheHistoryByDayOriginFieldRegionAndCompany();
    void longHistoryCountsPerMonth();
    void followsTheFilters();
    void companyRowShowsItsEventsInTheEventsTable();
    void refreshesWhileEventsArriveOnlyWhenShown();
    void noMatchingEventSaysWhatToDo();
    void customRangeCountsItsDaysOnly();
    void eventsOverTimeComeBeforeTheRankings();
    void followsAProfileSwitch();
    void aChosenDayWithAClockChangeHasItsClockHours();

private:
    StoreOutcome deliver(const QByteArray& body, const QDateTime& arrival);
    void buildHistory();
    template <typename T>
    T* child(const QString& name) const
    {
        T* found = m_page->findChild<T*>(name);
        if (!found)
            qFatal("no %s", qPrintable(name));
        return found;
    }
    bool waitForReading(); // the next reading of the Overview

    std::unique_ptr<ReceiverFixture> m_receiver;
    std::unique_ptr<LiveEventsPage> m_page;
    OverviewPanel* m_overview = nullptr;
    QDate m_yesterday;
    QDate m_today;
    QTranslator m_english;
};

StoreOutcome TestOverview::deliver(const QByteArray& body, const QDateTime& arrival)
{
    IncomingDelivery delivery = StoreTestSupport::incoming(body);
    delivery.arrival = arrival;
    StoreOutcome stored;
    bool done = false;
    m_receiver->service()->store()->submit(delivery, this, [&](const StoreOutcome& outcome) {
        stored = outcome;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        stored.error = u"the store did not answer"_s;
    return stored;
}

void TestOverview::buildHistory()
{
    const auto at
        = [](QDate day, int hour, int minute, int msec = 0) { return QDateTime(day, QTime(hour, minute, 0, msec)); };
    // Alpha (FI-18): first seen yesterday, its staff changes, Vainu retries that delivery (an attempt, not an
    // event); today its name and staff change.
    QVERIFY(deliver(companyBody(u"crm-a"_s, u"1111111-1"_s, u"Alpha Oy"_s, 10, u"FI-18"_s), at(m_yesterday, 9, 0)).ok);
    QVERIFY(deliver(companyBody(u"crm-a"_s, u"1111111-1"_s, u"Alpha Oy"_s, 12, u"FI-18"_s), at(m_yesterday, 10, 0)).ok);
    const StoreOutcome retry
        = deliver(companyBody(u"crm-a"_s, u"1111111-1"_s, u"Alpha Oy"_s, 12, u"FI-18"_s, u"HELSINKI"_s, 2),
                  at(m_yesterday, 10, 1));
    QVERIFY(retry.ok);
    QVERIFY(retry.duplicate);
    QVERIFY(
        deliver(companyBody(u"crm-a"_s, u"1111111-1"_s, u"Alpha Group Oy"_s, 13, u"FI-18"_s), at(m_today, 0, 30)).ok);
    // Beta (FI-01): first seen yesterday; today its staff and region change, and a retry of an older state arrives
    // half a second later: stale.
    QVERIFY(deliver(companyBody(u"crm-b"_s, u"2222222-2"_s, u"Beta Oy"_s, 5, u"FI-01"_s), at(m_yesterday, 11, 0)).ok);
    QVERIFY(deliver(companyBody(u"crm-b"_s, u"2222222-2"_s, u"Beta Oy"_s, 6, u"FI-18"_s), at(m_today, 0, 40)).ok);
    const StoreOutcome stale
        = deliver(companyBody(u"crm-b"_s, u"2222222-2"_s, u"Beta Oy"_s, 4, u"FI-01"_s, u"HELSINKI"_s, 2),
                  at(m_today, 0, 40, 500));
    QVERIFY(stale.ok);
    QVERIFY(stale.stale);
    // Gamma (FI-19): first seen today, then it moves to Espoo.
    QVERIFY(deliver(companyBody(u"crm-c"_s, u"3333333-3"_s, u"Gamma Oy"_s, 3, u"FI-19"_s), at(m_today, 0, 10)).ok);
    QVERIFY(
        deliver(companyBody(u"crm-c"_s, u"3333333-3"_s, u"Gamma Oy"_s, 3, u"FI-19"_s, u"ESPOO"_s), at(m_today, 0, 20))
            .ok);
    // A body that is JSON but no company change: kept as unrecognised.
    QVERIFY(deliver(R"({"unique_id":"crm-x","what":"not a company change"})", at(m_today, 0, 50)).ok);
}

void TestOverview::initTestCase()
{
    // The English plural forms ("1 event", "9 events"), as the app loads them.
    QVERIFY(m_english.load(u":/i18n/vainu-webhooks_en.qm"_s));
    QCoreApplication::installTranslator(&m_english);
}

void TestOverview::init()
{
    m_today = QDate::currentDate();
    m_yesterday = m_today.addDays(-1);
    m_receiver = std::make_unique<ReceiverFixture>();
    QVERIFY(m_receiver->openStore());
    buildHistory();
    if (QTest::currentTestFailed())
        return;
    m_page = std::make_unique<LiveEventsPage>();
    m_page->model()->setBatchInterval(50);
    m_page->setService(m_receiver->service());
    m_overview = m_page->overviewPanel();
    m_overview->setThrottleInterval(200);
    m_page->resize(1100, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestOverview::cleanup()
{
    m_page.reset();
    m_receiver.reset();
}

bool TestOverview::waitForReading()
{
    QSignalSpy read(m_overview, &OverviewPanel::refreshed);
    return read.wait(10000);
}

void TestOverview::chartsShowTheHistoryByDayOriginFieldRegionAndCompany()
{
    // The Overview reads when its tab is shown, for the last 7 days by default.
    QSignalSpy read(m_overview, &OverviewPanel::refreshed);
    m_page->showOverview();
    QVERIFY(read.wait(10000));
    QCOMPARE(m_overview->span(), OverviewPanel::Span::Week);
    QCOMPARE(child<QStackedWidget>(u"overviewStack"_s)->currentWidget(), child<QWidget>(u"chartsArea"_s));

    // Nine events: the retry is an attempt of an earlier one, counted apart.
    const QString summary = child<QLabel>(u"summaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"9 events"_s) && summary.contains(u"1 stale"_s)
                 && summary.contains(u"1 duplicate not counted"_s),
             qPrintable(summary));

    // One bar per day of the week, today last: yesterday three deliveries; today four deliveries, the stale one
    // apart from them, and the unrecognised body.
    auto* activity = child<ChartView>(u"activityChart"_s);
    QCOMPARE(activity->chart()->title(), u"Events per day"_s);
    const QMap<QString, QList<qint64>> days = stackedBars(activity);
    const QList<qint64> zeros(5, 0);
    QCOMPARE(days.value(u"Delivery"_s), (zeros + QList<qint64> {3, 4}));
    QCOMPARE(days.value(u"Catch-up"_s), (zeros + QList<qint64> {0, 0}));
    QCOMPARE(days.value(u"Unrecognised"_s), (zeros + QList<qint64> {0, 1}));
    QCOMPARE(days.value(u"Stale"_s), (zeros + QList<qint64> {0, 1}));

    // First events, the stale one and the unrecognised body change no field.
    QCOMPARE(ranking(child<ChartView>(u"fieldsChart"_s)),
             (QStringList {u"staff_number=3"_s, u"company_name=1"_s, u"region=1"_s, u"visiting_city=1"_s}));
    QCOMPARE(ranking(child<ChartView>(u"regionsChart"_s)),
             (QStringList {u"FI-18=4"_s, u"FI-01=2"_s, u"FI-19=2"_s, u"(no region)=1"_s}));

    // The companies by their changes, under the name of their newest event.
    auto* companies = child<QTreeWidget>(u"companiesView"_s);
    QCOMPARE(companies->topLevelItemCount(), 3);
    const auto row = [companies](int i) {
        const QTreeWidgetItem* item = companies->topLevelItem(i);
        return QStringList {item->text(0), item->text(1), item->text(2)};
    };
    QCOMPARE(row(0), (QStringList {u"Alpha Group Oy"_s, u"1111111-1"_s, u"2"_s}));
    QCOMPARE(row(1), (QStringList {u"Beta Oy"_s, u"2222222-2"_s, u"1"_s}));
    QCOMPARE(row(2), (QStringList {u"Gamma Oy"_s, u"3333333-3"_s, u"1"_s}));

    // The last 24 hours: one bar per hour, 24 of them.
    m_overview->setSpan(OverviewPanel::Span::Day);
    QVERIFY(waitForReading());
    QCOMPARE(activity->chart()->title(), u"Events per hour"_s);
    QCOMPARE(stackedBars(activity).value(u"Delivery"_s).size(), 24);
    // All time: the same two days, from the first one with events.
    m_overview->setSpan(OverviewPanel::Span::All);
    QVERIFY(waitForReading());
    QCOMPARE(stackedBars(activity).value(u"Delivery"_s), (QList<qint64> {3, 4}));
}

void TestOverview::longHistoryCountsPerMonth()
{
    // An event a hundred days ago: all time is counted per month, from that month to this one.
    const QDate longAgo = m_today.addDays(-100);
    QVERIFY(
        deliver(companyBody(u"crm-o"_s, u"7777777-7"_s, u"Omega Oy"_s, 2, u"FI-02"_s), QDateTime(longAgo, QTime(12, 0)))
            .ok);
    m_page->showOverview();
    QVERIFY(waitForReading());
    m_overview->setSpan(OverviewPanel::Span::All);
    QVERIFY(waitForReading());
    auto* activity = child<ChartView>(u"activityChart"_s);
    QCOMPARE(activity->chart()->title(), u"Events per month"_s);
    const QList<qint64> months = stackedBars(activity).value(u"Delivery"_s);
    const int monthCount = (m_today.year() - longAgo.year()) * 12 + m_today.month() - longAgo.month() + 1;
    QCOMPARE(months.size(), monthCount);
    QCOMPARE(months.first(), 1);
    QCOMPARE(std::accumulate(months.cbegin(), months.cend(), qint64(0)), 8);
}

void TestOverview::followsTheFilters()
{
    m_page->showOverview();
    QVERIFY(waitForReading());
    // The page's company filter, as typed: the Overview counts Beta's events only.
    QSignalSpy read(m_overview, &OverviewPanel::refreshed);
    child<QLineEdit>(u"companyFilterEdit"_s)->setText(u"beta"_s);
    QVERIFY(read.wait(10000));
    QVERIFY2(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"3 events"_s),
             qPrintable(child<QLabel>(u"summaryLabel"_s)->text()));
    const QMap<QString, QList<qint64>> days = stackedBars(child<ChartView>(u"activityChart"_s));
    QCOMPARE(days.value(u"Delivery"_s).mid(5), (QList<qint64> {1, 1}));
    QCOMPARE(days.value(u"Stale"_s).mid(5), (QList<qint64> {0, 1}));
    QCOMPARE(ranking(child<ChartView>(u"fieldsChart"_s)), (QStringList {u"region=1"_s, u"staff_number=1"_s}));
    QCOMPARE(ranking(child<ChartView>(u"regionsChart"_s)), (QStringList {u"FI-01=2"_s, u"FI-18=1"_s}));
    auto* companies = child<QTreeWidget>(u"companiesView"_s);
    QCOMPARE(companies->topLevelItemCount(), 1);
    QCOMPARE(companies->topLevelItem(0)->text(0), u"Beta Oy"_s);
}

void TestOverview::companyRowShowsItsEventsInTheEventsTable()
{
    m_page->showOverview();
    QVERIFY(waitForReading());
    auto* companies = child<QTreeWidget>(u"companiesView"_s);
    QTreeWidgetItem* alpha = companies->topLevelItem(0);
    QVERIFY(alpha);
    QCOMPARE(alpha->text(0), u"Alpha Group Oy"_s);
    // Double-clicking the row (the platform's activation) shows the Events tab with Alpha's three events.
    const QPoint centre = companies->visualItemRect(alpha).center();
    QTest::mouseClick(companies->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(companies->viewport(), Qt::LeftButton, {}, centre);
    auto* views = child<QTabWidget>(u"liveViews"_s);
    QCOMPARE(views->currentWidget(), child<QWidget>(u"liveEventsStack"_s));
    QCOMPARE(child<QLineEdit>(u"businessIdFilterEdit"_s)->text(), u"1111111-1"_s);
    EventTableModel* model = m_page->model();
    QTRY_COMPARE(model->rowCount(), 3);
    for (int row = 0; row < model->rowCount(); ++row)
        QTRY_COMPARE(model->data(model->index(row, EventTableModel::BusinessIdColumn)).toString(), u"1111111-1"_s);
}

void TestOverview::refreshesWhileEventsArriveOnlyWhenShown()
{
    m_page->showOverview();
    QVERIFY(waitForReading());
    // Shown: a new event shows up in the counts without anyone asking.
    QSignalSpy read(m_overview, &OverviewPanel::refreshed);
    QVERIFY(deliver(companyBody(u"crm-d"_s, u"4444444-4"_s, u"Delta Oy"_s, 7, u"FI-02"_s), QDateTime::currentDateTime())
                .ok);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"10 events"_s), 10000);
    QVERIFY(read.count() >= 1);
    // Hidden behind the Events tab: no reading while events arrive; shown again, it reads.
    child<QTabWidget>(u"liveViews"_s)->setCurrentIndex(0);
    read.clear();
    QVERIFY(
        deliver(companyBody(u"crm-e"_s, u"5555555-5"_s, u"Epsilon Oy"_s, 8, u"FI-02"_s), QDateTime::currentDateTime())
            .ok);
    QTest::qWait(600); // three throttle intervals
    QCOMPARE(read.count(), 0);
    m_page->showOverview();
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"11 events"_s), 10000);
}

void TestOverview::noMatchingEventSaysWhatToDo()
{
    m_page->showOverview();
    QVERIFY(waitForReading());
    // A filter nothing matches: the Overview says so, and its one action clears the filters.
    QSignalSpy read(m_overview, &OverviewPanel::refreshed);
    child<QLineEdit>(u"companyFilterEdit"_s)->setText(u"no such company"_s);
    QVERIFY(read.wait(10000));
    auto* empty = child<EmptyState>(u"overviewEmptyState"_s);
    QCOMPARE(child<QStackedWidget>(u"overviewStack"_s)->currentWidget(), empty);
    QCOMPARE(empty->findChild<QLabel*>(u"emptyStateTitle"_s)->text(), u"No events match the filters"_s);
    QCOMPARE(empty->actionButton()->text(), u"Clear the filters"_s);
    QVERIFY(child<QLabel>(u"summaryLabel"_s)->text().isEmpty());
    // Its icon is drawn in the palette's text colour: dark on a light palette, light on a dark one.
    auto* icon = empty->findChild<QLabel*>(u"emptyStateIcon"_s);
    QVERIFY(iconLightness(icon) >= 0);
    QVERIFY2(iconLightness(icon) < 100, qPrintable(QString::number(iconLightness(icon))));
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    m_page->setPalette(dark);
    QVERIFY2(iconLightness(icon) > 150, qPrintable(QString::number(iconLightness(icon))));
    empty->actionButton()->click();
    QVERIFY(waitForReading());
    QCOMPARE(child<QLineEdit>(u"companyFilterEdit"_s)->text(), QString());
    QCOMPARE(child<QStackedWidget>(u"overviewStack"_s)->currentWidget(), child<QWidget>(u"chartsArea"_s));
}

void TestOverview::customRangeCountsItsDaysOnly()
{
    m_page->showOverview();
    QVERIFY(waitForReading());
    auto* first = child<QDateEdit>(u"fromEdit"_s);
    auto* last = child<QDateEdit>(u"toEdit"_s);
    QVERIFY(!first->isVisible());
    // Chosen in the range box as a user would: the two days appear, a week up to today at first.
    child<QComboBox>(u"rangeCombo"_s)->setCurrentIndex(int(OverviewPanel::Span::Custom));
    QVERIFY(waitForReading());
    QVERIFY(first->isVisible() && last->isVisible());
    QCOMPARE(last->date(), m_today);
    QVERIFY2(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"9 events"_s),
             qPrintable(child<QLabel>(u"summaryLabel"_s)->text()));

    // Yesterday alone: per hour, its three deliveries at 9, 10 and 11 o'clock; today's events are not counted.
    first->setDate(m_yesterday);
    last->setDate(m_yesterday);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"3 events"_s), 10000);
    auto* activity = child<ChartView>(u"activityChart"_s);
    QCOMPARE(activity->chart()->title(), u"Events per hour"_s);
    QList<qint64> hours(24, 0);
    hours[9] = hours[10] = hours[11] = 1;
    QCOMPARE(stackedBars(activity).value(u"Delivery"_s), hours);
    // Yesterday's first events change nothing; Alpha's staff changed at 10 o'clock.
    QTRY_COMPARE(ranking(child<ChartView>(u"fieldsChart"_s)), (QStringList {u"staff_number=1"_s}));

    // Four days up to yesterday: a bar for each, the empty ones too.
    m_overview->setCustomRange(m_yesterday.addDays(-3), m_yesterday);
    QTRY_COMPARE(stackedBars(activity).value(u"Delivery"_s), (QList<qint64> {0, 0, 0, 3}));
    QCOMPARE(activity->chart()->title(), u"Events per day"_s);

    // A last day before the first moves the first one with it: that one day, on which nothing arrived.
    last->setDate(m_yesterday.addDays(-10));
    QCOMPARE(first->date(), m_yesterday.addDays(-10));
    auto* emptyTitle = child<EmptyState>(u"overviewEmptyState"_s)->findChild<QLabel*>(u"emptyStateTitle"_s);
    QTRY_COMPARE_WITH_TIMEOUT(emptyTitle->text(), u"No events in this range"_s, 10000);
}

void TestOverview::eventsOverTimeComeBeforeTheRankings()
{
    // When the events over time are drawn, the rankings of this range are still being counted, and say so; then
    // they follow.
    QString fieldsTitle;
    QString companiesTitle;
    connect(m_overview, &OverviewPanel::activityRefreshed, this, [&] {
        fieldsTitle = child<ChartView>(u"fieldsChart"_s)->chart()->title();
        companiesTitle = child<QLabel>(u"companiesTitle"_s)->text();
    });
    m_page->showOverview();
    QVERIFY(waitForReading());
    QCOMPARE(fieldsTitle, u"Changes by field: counting…"_s);
    QCOMPARE(companiesTitle, u"Companies that changed most: counting…"_s);
    QCOMPARE(child<ChartView>(u"fieldsChart"_s)->chart()->title(), u"Changes by field"_s);
    QCOMPARE(child<QTreeWidget>(u"companiesView"_s)->topLevelItemCount(), 3);
}

void TestOverview::followsAProfileSwitch()
{
    m_page->showOverview();
    QVERIFY(waitForReading());
    QVERIFY(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"9 events"_s));
    // Another profile's history (AppSession opens the profile's own store on the same receiver): one company.
    const QString firstHistory = m_receiver->service()->store()->databasePath();
    QTemporaryDir other;
    QVERIFY(other.isValid());
    QString error;
    QVERIFY2(m_receiver->service()->openStore(other.path(), &error), qPrintable(error));
    auto* emptyTitle = child<EmptyState>(u"overviewEmptyState"_s)->findChild<QLabel*>(u"emptyStateTitle"_s);
    QTRY_COMPARE_WITH_TIMEOUT(emptyTitle->text(), u"No events in this range"_s, 10000);
    QVERIFY(child<QLabel>(u"summaryLabel"_s)->text().isEmpty());
    // When its first event is charted, the rankings say they are counting: none of the first profile's stays.
    QString regionsTitle;
    QStringList regionsShown;
    const QMetaObject::Connection watch = connect(m_overview, &OverviewPanel::activityRefreshed, this, [&] {
        if (regionsTitle.isEmpty() && m_overview->shown().totals.events > 0) {
            regionsTitle = child<ChartView>(u"regionsChart"_s)->chart()->title();
            regionsShown = ranking(child<ChartView>(u"regionsChart"_s));
        }
    });
    QVERIFY(
        deliver(companyBody(u"crm-z"_s, u"9999999-9"_s, u"Zeta Oy"_s, 1, u"FI-21"_s), QDateTime::currentDateTime()).ok);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"1 event"_s), 10000);
    disconnect(watch);
    QCOMPARE(regionsTitle, u"Events by region: counting…"_s);
    QVERIFY2(!regionsShown.join(u' ').contains(u"FI-18"_s), qPrintable(regionsShown.join(u' ')));
    QTRY_COMPARE(ranking(child<ChartView>(u"regionsChart"_s)), (QStringList {u"FI-21=1"_s}));
    // Back to the first profile: its nine events again, none of the other's.
    QVERIFY2(m_receiver->service()->openStore(QFileInfo(firstHistory).path(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"9 events"_s), 10000);
    QTRY_COMPARE(ranking(child<ChartView>(u"regionsChart"_s)),
                 (QStringList {u"FI-18=4"_s, u"FI-01=2"_s, u"FI-19=2"_s, u"(no region)=1"_s}));
}

void TestOverview::aChosenDayWithAClockChangeHasItsClockHours()
{
    // Central European time (a POSIX zone: no time zone database needed); on 25 October 2026 the clocks go back
    // from 03:00 to 02:00, so the day has 25 hours and 02:00 to 03:00 twice.
    const ScopedTimeZone zone("CET-1CEST,M3.5.0,M10.5.0/3");
    const QDate day(2026, 10, 25);
    // 00:30Z is 02:30 summer time, 01:30Z 02:30 winter time: the same clock hour; 22:30Z is 23:30.
    for (const auto& [uniqueId, utc] :
         {std::pair {u"crm-t1"_s, u"2026-10-25T00:30:00Z"_s}, std::pair {u"crm-t2"_s, u"2026-10-25T01:30:00Z"_s},
          std::pair {u"crm-t3"_s, u"2026-10-25T22:30:00Z"_s}}) {
        QVERIFY(
            deliver(companyBody(uniqueId, QString(), uniqueId, 1, u"DE-BE"_s), QDateTime::fromString(utc, Qt::ISODate))
                .ok);
    }
    m_page->showOverview();
    QVERIFY(waitForReading());
    m_overview->setCustomRange(day, day);
    auto* activity = child<ChartView>(u"activityChart"_s);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(u"summaryLabel"_s)->text().startsWith(u"3 events"_s), 10000);
    QCOMPARE(activity->chart()->title(), u"Events per hour"_s);
    QList<qint64> hours(24, 0);
    hours[2] = 2;
    hours[23] = 1;
    QTRY_COMPARE(stackedBars(activity).value(u"Delivery"_s), hours);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
