#pragma once

#include "store/CompanyFigures.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QWidget>

class ChartView;
class QAbstractAxis;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QStackedLayout;
class QXYSeries;

// A company's staff and turnover over its events, as lines on one time axis (staff on the left axis,
// turnover on the right, in k€ / M€), with a dashed line where its status changed. A missing figure is a gap in
// its line. Hovering a point shows its date and value below the chart; clicking one selects its event. A
// company with one event, or without any figure, gets a sentence instead of an empty chart.
class CompanyCharts : public QWidget
{
    Q_OBJECT
public:
    explicit CompanyCharts(QWidget* parent = nullptr);

    void showHistory(const QList<CompanyFigures>& figures, qint64 currentId);
    void clear();

    bool isChartShown() const; // false: the sentence instead
    QString emptyText() const;
    QString hoverText() const; // the hovered point's date and value
    ChartView* chartView() const { return m_view; }
    // The plotted points (x: ms since the epoch) of staff and turnover (in euros), every segment in order,
    // and where the status changed.
    QList<QPointF> staffPoints() const;
    QList<QPointF> turnoverPoints() const;
    QList<QPointF> statusMarkerPoints() const;
    QList<QXYSeries*> staffSeries() const { return m_staffSegments; }
    QList<QXYSeries*> turnoverSeries() const { return m_turnoverSegments; }
    QList<QXYSeries*> statusMarkers() const { return m_markers; } // one dashed line per change

    // "1.2 M€": a turnover for a person, in the locale's numbers.
    static QString turnoverText(double euros);
    // `euros` in `unit` (1, 1e3, 1e6, 1e9) with that many decimals: "1.25 M€".
    static QString eurosText(double euros, double unit, int decimals);

signals:
    void eventActivated(qint64 id);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Marked
    {
        qint64 eventId = 0;
        QString text; // what hovering it says (the value or the status change)
    };
    void showSentence(const QString& text);
    void addLine(const QList<CompanyFigures>& figures, bool staff, QAbstractAxis* valueAxis,
                 QList<QXYSeries*>* segments);
    QAbstractAxis* valueAxis(double low, double high, bool turnover, double* axisLow, double* axisHigh);
    void connectSeries(QXYSeries* series);
    void hover(QXYSeries* series, const QPointF& point, bool state);
    void activate(QXYSeries* series, const QPointF& point);
    int nearest(QXYSeries* series, const QPointF& point) const;
    void applyColours();
    void fitTicks();
    bool isShort() const;

    QList<CompanyFigures> m_figures; // shown
    qint64 m_currentId = 0;
    bool m_short = false; // the value axes were made for a short chart
    QStackedLayout* m_stack;
    QLabel* m_sentence;
    QWidget* m_chartPage;
    ChartView* m_view;
    QLabel* m_hover;
    QDateTimeAxis* m_timeAxis = nullptr;
    QList<QXYSeries*> m_staffSegments;
    QList<QXYSeries*> m_turnoverSegments;
    QList<QXYSeries*> m_markers;
    QHash<QXYSeries*, QList<Marked>> m_marked; // per series, one per point
};
