#include "gui/live/CompanyCharts.h"

#include "gui/common/ChartView.h"
#include "gui/common/StatusPalette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedLayout>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A step of 1, 2 or 5 times a power of ten that cuts `span` into about `parts`.
double niceStep(double span, int parts)
{
    const double raw = span / parts;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

QString dateText(qint64 msecs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
}

QString staffText(double staff)
{
    return QLocale().toString(staff, 'f', staff == std::floor(staff) ? 0 : 1);
}

} // namespace

CompanyCharts::CompanyCharts(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedLayout(this))
    , m_sentence(new QLabel(this))
    , m_chartPage(new QWidget(this))
    , m_view(new ChartView(m_chartPage))
    , m_hover(new QLabel(m_chartPage))
{
    setObjectName(u"companyCharts"_s);
    m_sentence->setObjectName(u"companyChartsEmptyLabel"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setAlignment(Qt::AlignCenter);
    m_sentence->setMargin(12);
    m_view->setObjectName(u"companyChartView"_s);
    m_view->setSubject(tr("Staff and turnover over time"));
    m_view->setMinimumHeight(140);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setMargins(QMargins(4, 10, 4, 0)); // a narrow pane has little height to give
    m_hover->setObjectName(u"companyChartsHoverLabel"_s);
    m_hover->setWordWrap(true);
    m_hover->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_view, 1);
    chartLayout->addWidget(m_hover);
    m_stack->addWidget(m_sentence);
    m_stack->addWidget(m_chartPage);
    clear();
}

void CompanyCharts::clear()
{
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_timeAxis = nullptr;
    m_figures.clear();
    m_staffSegments.clear();
    m_turnoverSegments.clear();
    m_markers.clear();
    m_marked.clear();
    showSentence(tr("Select an event to chart its company's staff and turnover."));
}

void CompanyCharts::showSentence(const QString& text)
{
    m_sentence->setText(text);
    m_stack->setCurrentWidget(m_sentence);
}

bool CompanyCharts::isChartShown() const
{
    return m_stack->currentWidget() == m_chartPage;
}

QString CompanyCharts::emptyText() const
{
    return isChartShown() ? QString() : m_sentence->text();
}

QString CompanyCharts::hoverText() const
{
    return m_hover->text();
}

namespace {
// The unit a turnover of this size is told in: 1, 1e3, 1e6 or 1e9 euros.
double unitFor(double euros)
{
    const double size = std::abs(euros);
    return size >= 1e9 ? 1e9 : size >= 1e6 ? 1e6 : size >= 1e3 ? 1e3 : 1;
}
} // namespace

QString CompanyCharts::eurosText(double euros, double unit, int decimals)
{
    const QString number = QLocale().toString(euros / unit, 'f', decimals);
    if (unit >= 1e9)
        return tr("%1 bn€", "turnover in thousands of millions of euros").arg(number);
    if (unit >= 1e6)
        return tr("%1 M€", "turnover in millions of euros").arg(number);
    if (unit >= 1e3)
        return tr("%1 k€", "turnover in thousands of euros").arg(number);
    return tr("%1 €", "turnover in euros").arg(number);
}

QString CompanyCharts::turnoverText(double euros)
{
    const double unit = unitFor(euros);
    const double scaled = euros / unit;
    return eurosText(euros, unit, unit == 1 || std::abs(scaled) >= 100 || scaled == std::floor(scaled) ? 0 : 1);
}

void CompanyCharts::showHistory(const QList<CompanyFigures>& shown, qint64 currentId)
{
    const QList<CompanyFigures> figures = shown; // `shown` may be m_figures, which clear() empties
    clear();
    m_figures = figures;
    m_currentId = currentId;
    m_short = isShort();
    qsizetype staffCount = 0;
    qsizetype turnoverCount = 0;
    double staffLow = 0, staffHigh = 0, turnoverLow = 0, turnoverHigh = 0;
    for (const CompanyFigures& point : figures) {
        if (point.staff) {
            staffLow = staffCount == 0 ? *point.staff : std::min(staffLow, *point.staff);
            staffHigh = staffCount == 0 ? *point.staff : std::max(staffHigh, *point.staff);
            ++staffCount;
        }
        if (point.turnover) {
            turnoverLow = turnoverCount == 0 ? *point.turnover : std::min(turnoverLow, *point.turnover);
            turnoverHigh = turnoverCount == 0 ? *point.turnover : std::max(turnoverHigh, *point.turnover);
            ++turnoverCount;
        }
    }
    if (figures.isEmpty()) {
        showSentence(tr("This event is in no company's history."));
        return;
    }
    if (figures.size() < 2) {
        showSentence(tr("Only one event of this company so far: its chart starts with the second."));
        return;
    }
    if (staffCount == 0 && turnoverCount == 0) {
        showSentence(tr("None of this company's %n event(s) carries a staff number or a turnover to chart.", nullptr,
                        int(figures.size())));
        return;
    }

    QChart* chart = m_view->chart();
    m_timeAxis = new QDateTimeAxis(chart);
    m_timeAxis->setObjectName(u"companyChartTimeAxis"_s);
    const qint64 first = figures.constFirst().arrival.toMSecsSinceEpoch();
    const qint64 last = figures.constLast().arrival.toMSecsSinceEpoch();
    const qint64 margin = std::max<qint64>((last - first) / 25, 30'000);
    const qint64 span = last - first;
    const QLocale locale;
    // Seconds for a burst, the time within a day, the date beyond.
    m_timeAxis->setFormat(span < 600'000          ? u"HH:mm:ss"_s
                              : span < 86'400'000 ? locale.timeFormat(QLocale::ShortFormat)
                                                  : locale.dateFormat(QLocale::ShortFormat));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first - margin, Qt::UTC).toLocalTime(),
                         QDateTime::fromMSecsSinceEpoch(last + margin, Qt::UTC).toLocalTime());
    chart->addAxis(m_timeAxis, Qt::AlignBottom);

    QAbstractAxis* markerAxis = nullptr;
    double markerLow = 0;
    double markerHigh = 0;
    if (staffCount > 0) {
        QAbstractAxis* axis = valueAxis(staffLow, staffHigh, false, &markerLow, &markerHigh);
        chart->addAxis(axis, Qt::AlignLeft);
        addLine(figures, true, axis, &m_staffSegments);
        markerAxis = axis;
    }
    if (turnoverCount > 0) {
        double low = 0;
        double high = 0;
        QAbstractAxis* axis = valueAxis(turnoverLow, turnoverHigh, true, &low, &high);
        chart->addAxis(axis, staffCount > 0 ? Qt::AlignRight : Qt::AlignLeft);
        addLine(figures, false, axis, &m_turnoverSegments);
        if (!markerAxis) {
            markerAxis = axis;
            markerLow = low;
            markerHigh = high;
        }
    }

    // Where the status changed (compared with the last event that had one): a dashed line across the plot.
    QString status;
    for (const CompanyFigures& point : figures) {
        if (point.status.isEmpty())
            continue;
        if (!status.isEmpty() && point.status != status) {
            const double x = double(point.arrival.toMSecsSinceEpoch());
            auto* line = new QLineSeries(chart);
            line->setName(tr("Status change"));
            line->append(x, markerLow);
            line->append(x, markerHigh);
            const QString text
                = tr("%1 · status %2 → %3").arg(dateText(point.arrival.toMSecsSinceEpoch()), status, point.status);
            m_marked[line] = {{point.eventId, text}, {point.eventId, text}};
            chart->addSeries(line);
            line->attachAxis(m_timeAxis);
            line->attachAxis(markerAxis);
            connectSeries(line);
            if (!m_markers.isEmpty())
                chart->legend()->markers(line).constFirst()->setVisible(false);
            m_markers.append(line);
        }
        status = point.status;
    }

    // The selected event's points stand out.
    for (QXYSeries* series : m_staffSegments + m_turnoverSegments) {
        const QList<Marked>& marked = m_marked.value(series);
        for (int index = 0; index < marked.size(); ++index) {
            if (marked.at(index).eventId == currentId)
                series->setPointConfiguration(index, QXYSeries::PointConfiguration::Size, 12.0);
        }
    }

    m_hover->setText(tr("Point at a mark for its date and value; click it to select that event."));
    applyColours();
    fitTicks();
    m_view->applyPalette();
    m_stack->setCurrentWidget(m_chartPage);
}

QAbstractAxis* CompanyCharts::valueAxis(double low, double high, bool turnover, double* axisLow, double* axisHigh)
{
    if (high - low < 1e-9) {
        const double around = std::max(std::abs(high) * 0.1, turnover ? 1000.0 : 1.0);
        low -= around;
        high += around;
    }
    // Fewer labels on a short chart: crowded ones are cut to "...".
    double step = niceStep(high - low, m_short ? 2 : 4);
    if (!turnover)
        step = std::max(step, 1.0);
    double from = std::floor(low / step) * step;
    if (low >= 0 && from < 0)
        from = 0;
    const double to = std::ceil(high / step) * step;
    auto* axis = new QCategoryAxis(this);
    axis->setObjectName(turnover ? u"companyChartTurnoverAxis"_s : u"companyChartStaffAxis"_s);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(from - step);
    // Every label in one unit, with as many decimals as the step needs (so no two read the same).
    const double unit = unitFor(std::max(std::abs(from), std::abs(to)));
    const int decimals = step >= unit ? 0 : std::min(3, int(std::ceil(-std::log10(step / unit) - 1e-9)));
    for (int i = 0; from + i * step <= to + step / 2; ++i) {
        const double tick = from + i * step;
        axis->append(turnover ? eurosText(tick, unit, decimals) : staffText(tick), tick);
    }
    // A little room beyond the outer ticks: a mark on the plot's edge would be drawn half cut off.
    const double room = step * 0.08;
    axis->setRange(from - room, to + room);
    *axisLow = from - room;
    *axisHigh = to + room;
    return axis;
}

void CompanyCharts::addLine(const QList<CompanyFigures>& figures, bool staff, QAbstractAxis* valueAxis,
                            QList<QXYSeries*>* segments)
{
    // One series per run of events that carry the figure: a missing one is a gap, not a zero.
    QChart* chart = m_view->chart();
    QLineSeries* segment = nullptr;
    for (const CompanyFigures& point : figures) {
        const std::optional<double>& value = staff ? point.staff : point.turnover;
        if (!value) {
            segment = nullptr;
            continue;
        }
        if (!segment) {
            segment = new QLineSeries(chart);
            segment->setName(staff ? tr("Staff") : tr("Turnover"));
            segment->setPointsVisible(true);
            segment->setMarkerSize(7);
            segments->append(segment);
        }
        const qint64 x = point.arrival.toMSecsSinceEpoch();
        segment->append(double(x), *value);
        m_marked[segment].append({point.eventId,
                                  staff ? tr("%1 · staff %2").arg(dateText(x), staffText(*value))
                                        : tr("%1 · turnover %2").arg(dateText(x), turnoverText(*value))});
    }
    for (QXYSeries* series : std::as_const(*segments)) {
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(valueAxis);
        connectSeries(series);
        if (series != segments->constFirst())
            chart->legend()->markers(series).constFirst()->setVisible(false);
    }
}

void CompanyCharts::connectSeries(QXYSeries* series)
{
    connect(series, &QXYSeries::hovered, this,
            [this, series](const QPointF& point, bool state) { hover(series, point, state); });
    connect(series, &QXYSeries::clicked, this, [this, series](const QPointF& point) { activate(series, point); });
}

int CompanyCharts::nearest(QXYSeries* series, const QPointF& point) const
{
    int best = -1;
    double distance = 0;
    for (int index = 0; index < series->count(); ++index) {
        const double d = std::abs(series->at(index).x() - point.x());
        if (best < 0 || d < distance) {
            best = index;
            distance = d;
        }
    }
    return best;
}

void CompanyCharts::hover(QXYSeries* series, const QPointF& point, bool state)
{
    if (!state)
        return;
    const int index = nearest(series, point);
    const QList<Marked>& marked = m_marked.value(series);
    if (index < 0 || index >= marked.size())
        return;
    m_hover->setText(marked.at(index).text);
    QToolTip::showText(QCursor::pos(), marked.at(index).text, m_view);
}

void CompanyCharts::activate(QXYSeries* series, const QPointF& point)
{
    const int index = nearest(series, point);
    const QList<Marked>& marked = m_marked.value(series);
    if (index >= 0 && index < marked.size())
        emit eventActivated(marked.at(index).eventId);
}

QList<QPointF> CompanyCharts::staffPoints() const
{
    QList<QPointF> points;
    for (QXYSeries* series : m_staffSegments)
        points += series->points();
    return points;
}

QList<QPointF> CompanyCharts::turnoverPoints() const
{
    QList<QPointF> points;
    for (QXYSeries* series : m_turnoverSegments)
        points += series->points();
    return points;
}

QList<QPointF> CompanyCharts::statusMarkerPoints() const
{
    QList<QPointF> points;
    for (QXYSeries* line : m_markers)
        points.append(line->at(0));
    return points;
}

void CompanyCharts::applyColours()
{
    const QPalette& colours = palette();
    const auto paint = [](QXYSeries* series, const QColor& colour) {
        QPen pen(colour, 2);
        series->setPen(pen);
        series->setColor(colour);
    };
    for (QXYSeries* series : std::as_const(m_staffSegments))
        paint(series, StatusPalette::seriesColour(0, colours));
    for (QXYSeries* series : std::as_const(m_turnoverSegments))
        paint(series, StatusPalette::seriesColour(1, colours));
    const QColor warning = StatusPalette::foreground(StatusPalette::Status::Warning, colours);
    for (QXYSeries* line : std::as_const(m_markers)) {
        line->setPen(QPen(warning, 2, Qt::DashLine));
        line->setColor(warning);
    }
}

void CompanyCharts::fitTicks()
{
    if (m_timeAxis)
        m_timeAxis->setTickCount(std::clamp(width() / 140, 2, 6));
}

void CompanyCharts::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

bool CompanyCharts::isShort() const
{
    return height() < 300;
}

void CompanyCharts::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitTicks();
    if (isChartShown() && isShort() != m_short)
        showHistory(m_figures, m_currentId); // the value axes' labels for the new height
}
