#pragma once

#include "core/EventRow.h"
#include "store/CompanyFigures.h"

#include <QWidget>

#include <memory>

class CompanyCharts;
class CompanyTimeline;

namespace Ui {
class CompanyHistoryView;
}

// The event detail pane's Timeline tab: every event of the company as a list (CompanyTimeline) or as
// charts of its staff and turnover (CompanyCharts), switched by "List | Chart". The layout is
// ui/CompanyHistoryView.ui. Activating an event in either emits eventActivated.
class CompanyHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyHistoryView(QWidget* parent = nullptr);
    ~CompanyHistoryView() override;

    void showHistory(const QList<EventRow>& rows, const QList<CompanyFigures>& figures, qint64 currentId);
    void clear();

    void showChart(bool chart); // false: the list
    bool isChartShown() const;
    CompanyTimeline* timeline() const;
    CompanyCharts* charts() const;

signals:
    void eventActivated(qint64 id);

private:
    void updateChart(); // builds the chart of the figures shown last, once

    std::unique_ptr<Ui::CompanyHistoryView> m_ui;
    QList<CompanyFigures> m_figures;
    qint64 m_currentId = 0;
    bool m_chartStale = false; // the chart is not of m_figures yet
};
