#pragma once

#include "core/EventFilter.h"
#include "store/EventStats.h"

#include <QDate>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <memory>

class EventStore;
class LiveStoreReader;
class QTimer;
class QTreeWidgetItem;

namespace Ui {
class OverviewPanel;
}

// The Live events page's Overview tab: for a range (24 hours, 7 or 30 days, all, or days of the user's choice) and
// the page's filters, the events over time split by origin, the fields and regions that change most and the
// companies that changed most. The counts are SQL aggregates (store/EventStats) on a reader thread of the panel's
// own, the events over time first (one pass over the range) and the rankings after them, so that the first chart
// does not wait for the three slower ones. The panel reads only while it is visible: when shown, when the range,
// the filters or the store (the profile) change, and at most every two seconds while events arrive.
class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Span
    {
        Day, // the last 24 hours, per hour
        Week, // today and the 6 days before, per day
        Month, // today and the 29 days before, per day
        All, // per day (per month when the history is longer than a few months)
        Custom, // from one day to another, both included: per hour for one day, else as All
    };

    explicit OverviewPanel(QWidget* parent = nullptr);
    ~OverviewPanel() override;

    void setStore(EventStore* store);
    void setFilter(const EventFilter& filter);
    void setSpan(Span span);
    Span span() const;
    void setCustomRange(QDate first, QDate last); // and shows it (Span::Custom)
    void setThrottleInterval(int milliseconds); // 2 seconds; tests shorten it

    const EventStats::Overview& shown() const { return m_shown.counts; } // what the charts show now

signals:
    // A row of "Companies that changed most" was activated: show that company's events.
    void companyActivated(const QString& businessId, const QString& name);
    void clearFiltersRequested(); // the empty state's action when the filters hide every event
    void activityRefreshed(); // the summary and the events over time show a new reading; the rankings follow
    void refreshed(); // every chart shows a new reading

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    // One reading of the store, with the range it was read for.
    struct Reading
    {
        EventStats::Overview counts;
        Span span = Span::Week;
        QDateTime since; // invalid: all
        QDateTime until; // valid for a custom range only: its end
        QDateTime at;
        QString error; // empty when read
    };

    void setTexts();
    void onEventsStored();
    void requestRefresh();
    void refresh();
    void onRangeChanged();
    void showRangeEdits();
    void showRankings();
    void showRankingsInTurn(quint64 generation, int part);
    void showFieldRanking();
    void showRegionRanking();
    void showReading();
    void showActivity();
    void showSummary();
    void showCompanies();
    void showEmptyState();
    void onCompanyActivated(QTreeWidgetItem* item);

    std::unique_ptr<Ui::OverviewPanel> m_ui;
    QPointer<EventStore> m_store;
    std::unique_ptr<LiveStoreReader> m_reader; // its own thread: a long aggregate never delays the page's reads
    std::shared_ptr<EventStats> m_stats; // used on m_reader's thread only
    EventFilter m_filter;
    Reading m_shown;
    // One reading at a time; a request during one reads again after it. `m_generation` tells a reading of an
    // older store, range or filter, which is dropped.
    bool m_reading = false;
    bool m_readAgain = false;
    quint64 m_generation = 0;
    quint64 m_rankingsGeneration = ~quint64(0); // the generation the shown rankings were read for
    QTimer* m_throttle;
    QElapsedTimer m_sinceLastRead;
};
