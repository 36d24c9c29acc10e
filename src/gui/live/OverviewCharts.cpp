#include "gui/live/OverviewCharts.h"

#include "gui/common/ChartView.h"
#include "gui/common/StatusPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A step of 1, 2 or 5 times a power of ten that splits 0..max into at most `parts`.
qint64 niceStep(qint64 max, int parts)
{
    const qint64 rough = std::max<qint64>(1, (max + parts - 1) / parts);
    qint64 power = 1;
    while (power * 10 <= rough)
        power *= 10;
    for (const qint64 multiple : {1, 2, 5}) {
        if (multiple * power >= rough)
            return multiple * power;
    }
    return 10 * power;
}

// 0 up to a whole number of steps at or above max, ticking on whole numbers.
QValueAxis* countAxis(qint64 max)
{
    auto* axis = new QValueAxis;
    const qint64 step = niceStep(max, 4);
    const qint64 top = std::max<qint64>(step, (max + step - 1) / step * step);
    axis->setRange(0, double(top));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(double(step));
    axis->setLabelFormat(u"%d"_s);
    axis->setMinorTickCount(0);
    return axis;
}

void clear(QChart* chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

} // namespace

namespace OverviewCharts {

void showStacked(ChartView* view, const QString& title, const QStringList& categories, int labelEvery,
                 const QList<BarSet>& sets)
{
    QChart* chart = view->chart();
    clear(chart);
    chart->setTitle(title);
    auto* series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    QList<qint64> totals(categories.size(), 0);
    for (const BarSet& set : sets) {
        auto* bars = new QBarSet(set.name);
        bars->setColor(set.colour);
        bars->setBorderColor(set.colour);
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const qint64 value = set.values.value(i);
            bars->append(double(value));
            totals[i] += value;
        }
        series->append(bars);
    }
    chart->addSeries(series);

    // A value axis labelled at chosen bars: a category axis would label every bar, and squeeze or cut the labels.
    auto* timeAxis = new QCategoryAxis;
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    timeAxis->setRange(-0.5, double(categories.size()) - 0.5);
    timeAxis->setStartValue(-0.5);
    for (qsizetype i = 0; i < categories.size(); i += std::max(1, labelEvery))
        timeAxis->append(categories.at(i), double(i));
    timeAxis->setGridLineVisible(false);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    series->attachAxis(timeAxis);
    QValueAxis* counts = countAxis(totals.isEmpty() ? 0 : *std::max_element(totals.cbegin(), totals.cend()));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->applyPalette();
}

void showRanking(ChartView* view, const QString& title, const QStringList& names, const QList<qint64>& counts,
                 const QColor& colour)
{
    QChart* chart = view->chart();
    clear(chart);
    chart->setTitle(title);
    auto* series = new QHorizontalBarSeries;
    auto* bars = new QBarSet(title);
    bars->setColor(colour);
    bars->setBorderColor(colour);
    bars->setLabelColor(view->palette().color(QPalette::Text));
    QStringList categories;
    qint64 largest = 0;
    // The category axis runs upwards: the largest goes last, to be on top.
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        categories.append(names.at(i));
        bars->append(double(counts.value(i)));
        largest = std::max(largest, counts.value(i));
    }
    series->append(bars);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(u"@value"_s);
    // Bars as thick as ten would be: two bars do not fill the chart as slabs.
    series->setBarWidth(0.7 * std::min<double>(1.0, double(std::max<qsizetype>(names.size(), 1)) / 10.0));
    chart->addSeries(series);
    auto* nameAxis = new QBarCategoryAxis;
    nameAxis->append(categories);
    nameAxis->setGridLineVisible(false);
    // Qt Charts cuts the names to "..." when it laid the chart out before it had its size; a name is short.
    nameAxis->setTruncateLabels(false);
    chart->addAxis(nameAxis, Qt::AlignLeft);
    series->attachAxis(nameAxis);
    // The counts are written on the bars; the axis only leaves room for the last one.
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, std::max(1.0, double(largest) * 1.3));
    countAxis->setVisible(false);
    chart->addAxis(countAxis, Qt::AlignBottom);
    series->attachAxis(countAxis);
    chart->legend()->setVisible(false);
    view->applyPalette();
}

QColor seriesColour(int hue, const QPalette& palette)
{
    const bool dark = StatusPalette::isDark(palette);
    if (hue < 0)
        return QColor::fromHsl(0, 0, dark ? 120 : 170);
    return dark ? QColor::fromHsl(hue, 170, 150) : QColor::fromHsl(hue, 170, 105);
}

} // namespace OverviewCharts
