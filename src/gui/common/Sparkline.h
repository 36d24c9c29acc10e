#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

#include <functional>

class QTimer;

// A tiny line of counts per minute over the last hour, painted with QPainter in the palette's colours (crisp at
// any device pixel ratio). Counting is cheap however fast things come: add() raises the current minute's
// count, and the line, its tooltip and its accessible description (the last minute's and the hour's counts)
// follow at most once a second. The clock can be replaced (tests).
class Sparkline : public QWidget
{
    Q_OBJECT
public:
    static constexpr int minutes = 60;

    explicit Sparkline(QWidget* parent = nullptr);

    void setClock(std::function<qint64()> msecsSinceEpoch);
    qint64 now() const { return m_clock(); } // ms since the epoch, by the clock
    // Adds these counts (minute: ms since the epoch / 60000, count), e.g. read from a history, to those counted
    // so far; older than an hour is ignored.
    void seed(const QList<QPair<qint64, qint64>>& countsPerMinute);
    void add(qint64 count = 1); // now, by the clock
    void clear();

    // The counts of the last hour by the clock, oldest first; the last one is the current minute.
    QList<qint64> counts() const;
    qint64 lastMinute() const; // the current minute's count
    qint64 lastHour() const;
    // Makes the line, tooltip and description current now (otherwise at most once a second).
    void refresh();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void refreshed(qint64 lastMinute, qint64 lastHour); // at most once a second while counts come

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QList<qint64> countsAt(qint64 minute) const; // the buckets as they would be at `minute`, left as they are
    void roll(qint64 minute); // moves the buckets on to `minute`

    std::function<qint64()> m_clock;
    QList<qint64> m_buckets; // m_buckets[minutes - 1] is m_newest
    qint64 m_newest = 0;
    QTimer* m_throttle; // one refresh a second at most while counts come
    QTimer* m_tick; // moves the line on while nothing comes
};
