#include "gui/live/OverviewPanel.h"

#include "gui/common/Icons.h"
#include "gui/live/LiveStoreReader.h"
#include "gui/live/OverviewCharts.h"
#include "store/EventStore.h"
#include "ui_OverviewPanel.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int topCount = 10; // fields, regions and companies listed
constexpr int maxDaysPerDay = 92; // a longer history ("All") is counted per month
constexpr int roleBusinessId = Qt::UserRole;
constexpr int roleName = Qt::UserRole + 1;

// Hues of the origins: blue, green, orange; stale is grey (a hue of -1).
constexpr int deliveryHue = 212;
constexpr int catchUpHue = 150;
constexpr int unrecognisedHue = 28;
constexpr int staleHue = -1;
constexpr int regionHue = 270;

// The bucket keys of EventStats' Day and Hour in local time.
QString dayKey(QDate day)
{
    return day.toString(u"yyyy-MM-dd"_s);
}

QString hourKey(const QDateTime& hour)
{
    return hour.toString(u"yyyy-MM-ddTHH:00"_s);
}

// The smallest step from `steps` at which a label of `labelWidth` pixels fits between labelled bars.
int labelStep(qsizetype count, int labelWidth, int plotWidth, const std::vector<int>& steps)
{
    if (count <= 0)
        return 1;
    const double perBar = double(std::max(plotWidth, 1)) / double(count);
    int chosen = 1;
    for (const int step : steps) {
        chosen = step;
        if (perBar * step >= labelWidth)
            break;
    }
    return chosen;
}

} // namespace

OverviewPanel::OverviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OverviewPanel>())
    , m_throttle(new QTimer(this))
{
    m_ui->setupUi(this);
    setTexts();
    m_ui->overviewEmptyState->setMonochromeIcon(Icons::own(u"network-receive"_s));
    QHeaderView* header = m_ui->companiesView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->rangeCombo->setCurrentIndex(int(Span::Week));
    m_shown.span = Span::Week;
    const QDate today = QDate::currentDate();
    // A date typed digit by digit is read once it is complete, not at every key.
    m_ui->fromEdit->setKeyboardTracking(false);
    m_ui->toEdit->setKeyboardTracking(false);
    m_ui->fromEdit->setDate(today.addDays(-6));
    m_ui->toEdit->setDate(today);
    showRangeEdits();
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(2000);
    connect(m_throttle, &QTimer::timeout, this, &OverviewPanel::requestRefresh);
    connect(m_ui->rangeCombo, &QComboBox::currentIndexChanged, this, [this] {
        showRangeEdits();
        onRangeChanged();
    });
    // A first day after the last one moves the last one with it, and the other way round: the range stays a range
    // without bounds on either edit (bounds would also narrow the edits to the dates they allow).
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, [this](QDate first) {
        if (first > m_ui->toEdit->date()) {
            const QSignalBlocker quiet(m_ui->toEdit);
            m_ui->toEdit->setDate(first);
        }
        if (span() == Span::Custom)
            onRangeChanged();
    });
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, [this](QDate last) {
        if (last < m_ui->fromEdit->date()) {
            const QSignalBlocker quiet(m_ui->fromEdit);
            m_ui->fromEdit->setDate(last);
        }
        if (span() == Span::Custom)
            onRangeChanged();
    });
    connect(m_ui->companiesView, &QTreeWidget::itemActivated, this, &OverviewPanel::onCompanyActivated);
    connect(m_ui->overviewEmptyState, &EmptyState::actionTriggered, this, [this] {
        if (!m_filter.isEmpty())
            emit clearFiltersRequested();
        else
            setSpan(Span::All);
    });
    m_ui->overviewStack->setCurrentWidget(m_ui->overviewEmptyState);
    showEmptyState();
}

OverviewPanel::~OverviewPanel() = default;

void OverviewPanel::setTexts()
{
    // In the order of Span.
    m_ui->rangeCombo->addItem(tr("Last 24 hours"));
    m_ui->rangeCombo->addItem(tr("Last 7 days"));
    m_ui->rangeCombo->addItem(tr("Last 30 days"));
    m_ui->rangeCombo->addItem(tr("All time"));
    m_ui->rangeCombo->addItem(tr("Custom range"));
    // The locale's short date with the whole year ("M/d/yy" says 26 for 2026).
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(u"yyyy"_s))
        dateFormat.replace(u"yy"_s, u"yyyy"_s);
    m_ui->fromEdit->setDisplayFormat(dateFormat);
    m_ui->toEdit->setDisplayFormat(dateFormat);
    m_ui->activityChart->setSubject(tr("Events over time"));
    m_ui->fieldsChart->setSubject(tr("Changes by field"));
    m_ui->regionsChart->setSubject(tr("Events by region"));
    m_ui->companiesTitle->setText(tr("Companies that changed most (double-click one to see its events)"));
    m_ui->companiesView->setAccessibleName(tr("Companies that changed most"));
    m_ui->summaryLabel->setToolTip(
        tr("Stale: an older state of a company that arrived after a newer one; it is kept but changes nothing.\n"
           "Duplicate attempts: Vainu sent an event again (a retry); they are not counted as events."));
}

void OverviewPanel::setStore(EventStore* store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_reader.reset(); // waits for a running reading; the queued ones are dropped
    m_stats.reset();
    m_reading = false;
    m_readAgain = false;
    ++m_generation;
    m_store = store;
    m_shown = Reading {};
    m_shown.span = span();
    if (store) {
        m_reader = std::make_unique<LiveStoreReader>(store);
        m_stats = std::make_shared<EventStats>(store->databasePath());
        connect(store, &EventStore::eventsAppended, this, &OverviewPanel::onEventsStored);
        // Another attempt of a stored event raises its attempts: the count of duplicates changes.
        connect(store, &EventStore::eventsUpdated, this, &OverviewPanel::onEventsStored);
    }
    showReading();
    requestRefresh();
}

void OverviewPanel::setFilter(const EventFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    ++m_generation;
    requestRefresh();
}

void OverviewPanel::setSpan(Span span)
{
    m_ui->rangeCombo->setCurrentIndex(int(span));
}

OverviewPanel::Span OverviewPanel::span() const
{
    return Span(std::clamp(m_ui->rangeCombo->currentIndex(), 0, int(Span::Custom)));
}

void OverviewPanel::setCustomRange(QDate first, QDate last)
{
    {
        const QSignalBlocker quietFirst(m_ui->fromEdit);
        const QSignalBlocker quietLast(m_ui->toEdit);
        m_ui->fromEdit->setDate(std::min(first, last));
        m_ui->toEdit->setDate(std::max(first, last));
    }
    if (span() == Span::Custom)
        onRangeChanged(); // the combo box does not change: read the new days
    else
        setSpan(Span::Custom);
}

void OverviewPanel::onRangeChanged()
{
    ++m_generation;
    requestRefresh();
}

void OverviewPanel::showRangeEdits()
{
    const bool custom = span() == Span::Custom;
    m_ui->fromEdit->setVisible(custom);
    m_ui->toLabel->setVisible(custom);
    m_ui->toEdit->setVisible(custom);
}

void OverviewPanel::setThrottleInterval(int milliseconds)
{
    m_throttle->setInterval(milliseconds);
}

void OverviewPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    requestRefresh();
}

void OverviewPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The series' colours follow the palette; the chart views restyle only the rest.
    if (event->type() == QEvent::PaletteChange)
        showReading();
}

void OverviewPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    showActivity(); // how many time labels fit depends on the width
}

void OverviewPanel::onEventsStored()
{
    // While events arrive, read at most once per interval, and only while shown.
    if (!isVisible() || m_throttle->isActive())
        return;
    if (!m_sinceLastRead.isValid() || m_sinceLastRead.elapsed() >= m_throttle->interval())
        requestRefresh();
    else
        m_throttle->start(int(m_throttle->interval() - m_sinceLastRead.elapsed()));
}

void OverviewPanel::requestRefresh()
{
    if (!isVisible() || !m_reader)
        return; // showEvent() reads
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    refresh();
}

void OverviewPanel::refresh()
{
    m_reading = true;
    m_readAgain = false;
    m_sinceLastRead.start();
    Reading request;
    request.span = span();
    request.at = QDateTime::currentDateTime();
    const QDate today = request.at.date();
    switch (request.span) {
    case Span::Day:
        request.since = QDateTime(today, QTime(request.at.time().hour(), 0)).addSecs(-23 * 3600);
        break;
    case Span::Week:
        request.since = QDateTime(today.addDays(-6), QTime(0, 0));
        break;
    case Span::Month:
        request.since = QDateTime(today.addDays(-29), QTime(0, 0));
        break;
    case Span::All:
        break;
    case Span::Custom:
        // startOfDay(): where a clock change skips midnight, the day starts at its first valid time.
        request.since = m_ui->fromEdit->date().startOfDay();
        request.until = m_ui->toEdit->date().addDays(1).startOfDay();
        break;
    }
    EventStats::Range range;
    range.since = request.since;
    range.until = request.until;
    range.filter = m_filter;
    const bool perHour
        = request.span == Span::Day || (request.span == Span::Custom && m_ui->fromEdit->date() == m_ui->toEdit->date());
    const EventStats::Dimension time = perHour ? EventStats::Dimension::Hour : EventStats::Dimension::Day;
    const quint64 generation = m_generation;
    // Two jobs, one after the other on the reader's thread: the summary and the events over time (one pass), then
    // the rankings (three). Events stored between the two may be counted by the second only; the next reading
    // makes them agree.
    m_reader->run<Reading>(
        this,
        [stats = m_stats, time, range, request](EventQuery&, const EventStore&) {
            Reading reading = request;
            if (!stats->activity(time, range, &reading.counts.totals, &reading.counts.activity, &reading.error)
                && reading.error.isEmpty())
                reading.error = tr("The event history could not be read.");
            return reading;
        },
        [this, generation](const Reading& reading) {
            if (generation != m_generation)
                return;
            // The rankings of the same range and filters stay until their new reading replaces them.
            EventStats::Overview counts = reading.counts;
            counts.fields = m_shown.counts.fields;
            counts.regions = m_shown.counts.regions;
            counts.companies = m_shown.counts.companies;
            m_shown = reading;
            m_shown.counts = counts;
            showSummary();
            if (m_shown.counts.totals.events == 0) {
                showEmptyState();
                m_ui->overviewStack->setCurrentWidget(m_ui->overviewEmptyState);
            } else {
                // Rankings read while there were no events (or drawn for another store, range or filter) are not
                // what the charts' area last showed: they say they are counting until the new ones come.
                if (m_ui->overviewStack->currentWidget() != m_ui->chartsArea)
                    m_rankingsGeneration = ~quint64(0);
                m_ui->overviewStack->setCurrentWidget(m_ui->chartsArea);
                showActivity();
                if (m_rankingsGeneration != m_generation)
                    showRankings(); // the same range's stay as they are
            }
            emit activityRefreshed();
        });
    m_reader->run<Reading>(
        this,
        [stats = m_stats, range](EventQuery&, const EventStore&) {
            Reading reading;
            if (!stats->rankings(range, topCount, &reading.counts, &reading.error) && reading.error.isEmpty())
                reading.error = tr("The event history could not be read.");
            return reading;
        },
        [this, generation](const Reading& rankings) {
            m_reading = false;
            m_sinceLastRead.start(); // the interval runs from the end of a reading: a slow one is not repeated at once
            if (generation == m_generation) {
                m_rankingsGeneration = generation;
                m_shown.counts.fields = rankings.counts.fields;
                m_shown.counts.regions = rankings.counts.regions;
                m_shown.counts.companies = rankings.counts.companies;
                if (m_shown.error.isEmpty() && !rankings.error.isEmpty()) {
                    m_shown.error = rankings.error;
                    showSummary();
                }
                showRankingsInTurn(generation, 0);
            }
            if (m_readAgain || generation != m_generation)
                requestRefresh();
        });
}

void OverviewPanel::showReading()
{
    showSummary();
    if (m_shown.counts.totals.events == 0) {
        showEmptyState();
        m_ui->overviewStack->setCurrentWidget(m_ui->overviewEmptyState);
        return;
    }
    m_ui->overviewStack->setCurrentWidget(m_ui->chartsArea);
    showActivity();
    showRankings();
}

void OverviewPanel::showRankings()
{
    showFieldRanking();
    showRegionRanking();
    showCompanies();
}

void OverviewPanel::showRankingsInTurn(quint64 generation, int part)
{
    if (generation != m_generation)
        return; // a newer reading draws its own
    // One list per pass of the event loop: Qt Charts lays a chart out in the pass after it is filled, and the three
    // at once kept the window from repainting for 30 ms and more.
    if (m_shown.counts.totals.events > 0) { // else the empty state is shown
        if (part == 0)
            showFieldRanking();
        else if (part == 1)
            showRegionRanking();
        else
            showCompanies();
    }
    if (part < 2)
        QTimer::singleShot(0, this, [this, generation, part] { showRankingsInTurn(generation, part + 1); });
    else
        emit refreshed();
}

void OverviewPanel::showFieldRanking()
{
    // Rankings read for another range, filter or store are not shown beside this one's activity.
    const bool current = m_rankingsGeneration == m_generation;
    QStringList names;
    QList<qint64> values;
    if (current) {
        for (const EventStats::Bucket& field : std::as_const(m_shown.counts.fields)) {
            names.append(field.name);
            values.append(field.count);
        }
    }
    QString title = tr("Changes by field");
    if (!current)
        title = tr("Changes by field: counting…");
    else if (names.isEmpty())
        title = tr("Changes by field: none in this range");
    OverviewCharts::showRanking(m_ui->fieldsChart, title, names, values,
                                OverviewCharts::seriesColour(deliveryHue, palette()));
}

void OverviewPanel::showRegionRanking()
{
    const bool current = m_rankingsGeneration == m_generation;
    const EventStats::Overview& counts = m_shown.counts;
    QStringList names;
    QList<qint64> values;
    if (current) {
        for (const EventStats::Bucket& region : counts.regions) {
            names.append(region.name.isNull() ? tr("(no region)") : region.name);
            values.append(region.count);
        }
    }
    OverviewCharts::showRanking(m_ui->regionsChart,
                                current ? tr("Events by region") : tr("Events by region: counting…"), names, values,
                                OverviewCharts::seriesColour(regionHue, palette()));
}

void OverviewPanel::showActivity()
{
    if (m_shown.counts.totals.events == 0)
        return;
    // Every hour or day of the range gets its bar, the empty ones too, so that the time axis is even.
    QHash<QString, EventStats::OriginSplit> byTime;
    for (const EventStats::OriginSplit& split : m_shown.counts.activity)
        byTime.insert(split.time, split);
    QStringList keys;
    QStringList labels;
    QString title;
    std::vector<int> steps {1, 2, 7, 14, 28};
    const QLocale locale;
    const bool oneDay = m_shown.span == Span::Custom && m_shown.since.date().addDays(1) == m_shown.until.date();
    if (m_shown.span == Span::Day || oneDay) {
        title = tr("Events per hour");
        steps = {1, 2, 3, 4, 6, 12};
        const QString format = tr("HH:mm", "an hour on the Overview's time axis");
        for (int i = 0; i < 24; ++i) {
            if (oneDay) {
                // A chosen day by its clock hours, as EventStats names them: on a day with a clock change an
                // hour that comes twice is one bar, and one that never comes stays empty.
                keys.append(dayKey(m_shown.since.date()) + u"T%1:00"_s.arg(i, 2, 10, QChar(u'0')));
                labels.append(locale.toString(QTime(i, 0), format));
            } else { // the last 24 hours as they passed
                const QDateTime hour = m_shown.since.addSecs(i * 3600);
                keys.append(hourKey(hour));
                labels.append(locale.toString(hour.time(), format));
            }
        }
    } else {
        QDate first = m_shown.since.date();
        if (!first.isValid()) // all: from the first day with events
            first = QDate::fromString(m_shown.counts.activity.value(0).time, Qt::ISODate);
        const QDate newest
            = QDate::fromString(m_shown.counts.activity.value(m_shown.counts.activity.size() - 1).time, Qt::ISODate);
        QDate last = newest.isValid() ? std::max(m_shown.at.date(), newest) : m_shown.at.date();
        if (m_shown.span == Span::Custom) // its last day, whatever today is
            last = m_shown.until.date().addDays(-1);
        if (!first.isValid() || first > last)
            first = last;
        if (first.daysTo(last) < maxDaysPerDay) {
            title = tr("Events per day");
            for (QDate day = first; day <= last; day = day.addDays(1)) {
                keys.append(dayKey(day));
                labels.append(locale.toString(day, tr("d MMM", "a day on the Overview's time axis")));
            }
        } else {
            // Per month: the days' counts added up by their "yyyy-MM" prefix.
            title = tr("Events per month");
            steps = {1, 2, 3, 6, 12};
            QHash<QString, EventStats::OriginSplit> byMonth;
            for (const EventStats::OriginSplit& day : std::as_const(m_shown.counts.activity)) {
                EventStats::OriginSplit& month = byMonth[day.time.left(7)];
                month.delivery += day.delivery;
                month.catchUp += day.catchUp;
                month.unrecognised += day.unrecognised;
                month.test += day.test;
                month.stale += day.stale;
            }
            byTime = byMonth;
            for (QDate month(first.year(), first.month(), 1); month <= last; month = month.addMonths(1)) {
                keys.append(month.toString(u"yyyy-MM"_s));
                labels.append(locale.toString(month, tr("MMM yyyy", "a month on the Overview's time axis")));
            }
        }
    }
    QList<OverviewCharts::BarSet> sets {
        {tr("Delivery"), OverviewCharts::seriesColour(deliveryHue, palette()), {}},
        {tr("Catch-up"), OverviewCharts::seriesColour(catchUpHue, palette()), {}},
        {tr("Unrecognised"), OverviewCharts::seriesColour(unrecognisedHue, palette()), {}},
        {tr("Stale"), OverviewCharts::seriesColour(staleHue, palette()), {}},
    };
    for (const QString& key : std::as_const(keys)) {
        const EventStats::OriginSplit split = byTime.value(key);
        sets[0].values.append(split.delivery + split.test);
        sets[1].values.append(split.catchUp);
        sets[2].values.append(split.unrecognised);
        sets[3].values.append(split.stale);
    }
    int labelWidth = 0;
    for (const QString& label : std::as_const(labels))
        labelWidth = std::max(labelWidth, m_ui->activityChart->fontMetrics().horizontalAdvance(label));
    // The plot is the chart less the count axis on the left; a label wants some air on either side.
    const int plotWidth = m_ui->activityChart->width() - 6 * m_ui->activityChart->fontMetrics().averageCharWidth();
    const int every = labelStep(keys.size(), labelWidth + 16, plotWidth, steps);
    OverviewCharts::showStacked(m_ui->activityChart, title, labels, every, sets);
}

void OverviewPanel::showSummary()
{
    if (!m_shown.error.isEmpty()) {
        m_ui->summaryLabel->setText(tr("The overview could not be read: %1").arg(m_shown.error));
        return;
    }
    const EventStats::Totals& totals = m_shown.counts.totals;
    QStringList parts {tr("%Ln event(s)", nullptr, int(totals.events))};
    if (totals.stale > 0)
        parts.append(tr("%Ln stale", nullptr, int(totals.stale)));
    if (totals.duplicateAttempts > 0)
        parts.append(tr("%Ln duplicate(s) not counted", nullptr, int(totals.duplicateAttempts)));
    // No events: the empty state says so.
    m_ui->summaryLabel->setText(totals.events > 0 ? parts.join(u" · "_s) : QString());
}

void OverviewPanel::showCompanies()
{
    QTreeWidget* view = m_ui->companiesView;
    view->clear();
    const bool current = m_rankingsGeneration == m_generation;
    const QList<EventStats::CompanyChanges> companies
        = current ? m_shown.counts.companies : QList<EventStats::CompanyChanges>();
    for (const EventStats::CompanyChanges& company : companies) {
        const QString name = company.name.isEmpty() ? company.businessId : company.name;
        auto* item = new QTreeWidgetItem(view, {name, company.businessId, QLocale().toString(company.changes)});
        item->setData(0, roleBusinessId, company.businessId);
        item->setData(0, roleName, company.name);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("Double-click to show the events of %1").arg(name));
    }
    view->setVisible(view->topLevelItemCount() > 0);
    if (!current)
        m_ui->companiesTitle->setText(tr("Companies that changed most: counting…"));
    else if (view->topLevelItemCount() > 0)
        m_ui->companiesTitle->setText(tr("Companies that changed most (double-click one to see its events)"));
    else
        m_ui->companiesTitle->setText(tr("Companies that changed most: none changed in this range"));
    // As tall as its rows: the Overview scrolls as a whole, not the list inside it.
    const int rowHeight = view->topLevelItemCount() > 0 ? view->visualItemRect(view->topLevelItem(0)).height() : 0;
    view->setFixedHeight(view->header()->sizeHint().height() + rowHeight * int(view->topLevelItemCount())
                         + 2 * view->frameWidth() + 2);
}

void OverviewPanel::showEmptyState()
{
    // The one action that brings events back: the filters first (they may hide every event of any range), then a
    // longer range.
    EmptyState* empty = m_ui->overviewEmptyState;
    QPushButton* action = empty->actionButton();
    action->setVisible(true);
    if (m_store && !m_shown.at.isValid()) { // not read yet: say nothing about the events
        empty->setTitle(tr("Counting the events…"));
        empty->setText(QString());
        action->setVisible(false);
    } else if (m_store && !m_filter.isEmpty()) {
        empty->setTitle(tr("No events match the filters"));
        empty->setText(m_shown.span == Span::All
                           ? tr("The charts count the events the filters let through. Clear the filters to count "
                                "every event.")
                           : tr("No event of this range matches the filters. Clear the filters, or choose a longer "
                                "range."));
        empty->setActionText(tr("Clear the filters"));
    } else if (m_store && m_shown.span != Span::All) {
        empty->setTitle(tr("No events in this range"));
        empty->setText(tr("Nothing arrived in this range. Show all time to see older events."));
        empty->setActionText(tr("Show all time"));
    } else {
        empty->setTitle(tr("No events yet"));
        empty->setText(tr("Once events arrive, this tab charts them: how many arrive per day and how, which fields "
                          "and regions change most, and the companies that changed most. The Events tab says how "
                          "to get deliveries."));
        action->setVisible(false);
    }
}

void OverviewPanel::onCompanyActivated(QTreeWidgetItem* item)
{
    if (item)
        emit companyActivated(item->data(0, roleBusinessId).toString(), item->data(0, roleName).toString());
}
