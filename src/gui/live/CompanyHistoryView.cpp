#include "gui/live/CompanyHistoryView.h"

#include "gui/live/CompanyCharts.h"
#include "gui/live/CompanyTimeline.h"
#include "ui_CompanyHistoryView.h"

CompanyHistoryView::CompanyHistoryView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CompanyHistoryView>())
{
    m_ui->setupUi(this);
    m_ui->timelineListButton->setAccessibleName(m_ui->timelineListButton->toolTip());
    m_ui->timelineChartButton->setAccessibleName(m_ui->timelineChartButton->toolTip());
    connect(m_ui->timelineChartButton, &QToolButton::toggled, this, &CompanyHistoryView::showChart);
    showChart(false);
    connect(m_ui->companyTimeline, &CompanyTimeline::eventActivated, this, &CompanyHistoryView::eventActivated);
    connect(m_ui->companyCharts, &CompanyCharts::eventActivated, this, &CompanyHistoryView::eventActivated);
}

CompanyHistoryView::~CompanyHistoryView() = default;

void CompanyHistoryView::showHistory(const QList<EventRow>& rows, const QList<CompanyFigures>& figures,
                                     qint64 currentId)
{
    m_ui->companyTimeline->showTimeline(rows, currentId);
    // The chart is built when it is shown: browsing events with the list costs no chart each.
    m_figures = figures;
    m_currentId = currentId;
    m_chartStale = true;
    if (isChartShown())
        updateChart();
}

void CompanyHistoryView::updateChart()
{
    if (!m_chartStale)
        return;
    m_chartStale = false;
    m_ui->companyCharts->showHistory(m_figures, m_currentId);
}

void CompanyHistoryView::clear()
{
    m_ui->companyTimeline->clear();
    m_ui->companyCharts->clear();
    m_figures.clear();
    m_chartStale = false;
}

void CompanyHistoryView::showChart(bool chart)
{
    m_ui->timelineChartButton->setChecked(chart);
    m_ui->timelineListButton->setChecked(!chart);
    if (chart)
        updateChart();
    m_ui->historyStack->setCurrentWidget(chart ? static_cast<QWidget*>(m_ui->companyCharts)
                                               : static_cast<QWidget*>(m_ui->companyTimeline));
    // The view shown reads in bold too: a checked button alone hardly shows on some (dark) themes.
    for (QToolButton* button : {m_ui->timelineListButton, m_ui->timelineChartButton}) {
        QFont font = button->font();
        font.setBold(button->isChecked());
        button->setFont(font);
    }
}

bool CompanyHistoryView::isChartShown() const
{
    return m_ui->historyStack->currentWidget() == m_ui->companyCharts;
}

CompanyTimeline* CompanyHistoryView::timeline() const
{
    return m_ui->companyTimeline;
}

CompanyCharts* CompanyHistoryView::charts() const
{
    return m_ui->companyCharts;
}
