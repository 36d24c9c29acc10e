#include "gui/common/Sparkline.h"

#include "gui/common/StatusPalette.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

#include <algorithm>
#include <numeric>

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_buckets(minutes, 0)
    , m_throttle(new QTimer(this))
    , m_tick(new QTimer(this))
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_newest = m_clock() / 60000;
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(1000);
    connect(m_throttle, &QTimer::timeout, this, &Sparkline::refresh);
    m_tick->setInterval(15000);
    connect(m_tick, &QTimer::timeout, this, &Sparkline::refresh);
    m_tick->start();
    refresh();
}

void Sparkline::setClock(std::function<qint64()> msecsSinceEpoch)
{
    m_clock = std::move(msecsSinceEpoch);
    clear();
}

void Sparkline::clear()
{
    m_buckets.fill(0);
    m_newest = m_clock() / 60000;
    refresh();
}

QList<qint64> Sparkline::countsAt(qint64 minute) const
{
    const qint64 steps = minute - m_newest;
    if (steps <= 0)
        return m_buckets;
    if (steps >= minutes)
        return QList<qint64>(minutes, 0);
    QList<qint64> moved = m_buckets.mid(steps);
    moved.append(QList<qint64>(steps, 0));
    return moved;
}

void Sparkline::roll(qint64 minute)
{
    if (minute <= m_newest)
        return;
    m_buckets = countsAt(minute);
    m_newest = minute;
}

void Sparkline::seed(const QList<QPair<qint64, qint64>>& countsPerMinute)
{
    roll(m_clock() / 60000);
    for (const auto& [minute, count] : countsPerMinute) {
        const qint64 age = m_newest - minute;
        if (age >= 0 && age < minutes)
            m_buckets[minutes - 1 - age] += count;
    }
    refresh();
}

void Sparkline::add(qint64 count)
{
    roll(m_clock() / 60000);
    m_buckets[minutes - 1] += count;
    if (!m_throttle->isActive())
        m_throttle->start();
}

QList<qint64> Sparkline::counts() const
{
    return countsAt(m_clock() / 60000);
}

qint64 Sparkline::lastMinute() const
{
    return counts().constLast();
}

qint64 Sparkline::lastHour() const
{
    const QList<qint64> all = counts();
    return std::accumulate(all.begin(), all.end(), qint64(0));
}

void Sparkline::refresh()
{
    const QLocale locale;
    const qint64 minute = lastMinute();
    const qint64 hour = lastHour();
    const QString description
        = tr("Last minute: %1 · last hour: %2").arg(locale.toString(minute), locale.toString(hour));
    setAccessibleDescription(description);
    setToolTip(accessibleName().isEmpty() ? description : accessibleName() + u'\n' + description);
    update();
    emit refreshed(minute, hour);
}

QSize Sparkline::sizeHint() const
{
    return {120, std::max(22, fontMetrics().height() + 4)};
}

QSize Sparkline::minimumSizeHint() const
{
    return {60, sizeHint().height()};
}

void Sparkline::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        update();
}

void Sparkline::paintEvent(QPaintEvent*)
{
    const QList<qint64> values = counts();
    const qint64 highest = std::max<qint64>(1, *std::max_element(values.begin(), values.end()));
    const QRectF area = QRectF(rect()).adjusted(1.5, 2.5, -1.5, -1.5);
    const double stepX = area.width() / (minutes - 1);
    QPainterPath line;
    for (int i = 0; i < minutes; ++i) {
        const QPointF point(area.left() + i * stepX,
                            area.bottom() - area.height() * double(values.at(i)) / double(highest));
        if (i == 0)
            line.moveTo(point);
        else
            line.lineTo(point);
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor colour = StatusPalette::seriesColour(0, palette());
    // The baseline, the area under the line, the line, and a dot on the current minute.
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawLine(QPointF(area.left(), area.bottom() + 0.5), QPointF(area.right(), area.bottom() + 0.5));
    QPainterPath fill = line;
    fill.lineTo(area.bottomRight());
    fill.lineTo(area.bottomLeft());
    fill.closeSubpath();
    QColor soft = colour;
    soft.setAlpha(60);
    painter.fillPath(fill, soft);
    painter.setPen(QPen(colour, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(line);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(line.currentPosition(), 2.0, 2.0);
}
