#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

class ChartView;
class QPalette;

// The Overview's two kinds of chart, drawn into the shared ChartView: stacked bars over time and a ranking as
// horizontal bars. Counts are whole numbers, so the axes tick on whole numbers only.
namespace OverviewCharts {

struct BarSet
{
    QString name;
    QColor colour;
    QList<qint64> values; // one per category
};

// One bar per category, the sets stacked in the order given. Only every `labelEvery`-th category is labelled, so
// that 30 days or 24 hours stay legible in a narrow window.
void showStacked(ChartView* view, const QString& title, const QStringList& categories, int labelEvery,
                 const QList<BarSet>& sets);

// The largest first, at the top, with its count at the end of its bar.
void showRanking(ChartView* view, const QString& title, const QStringList& names, const QList<qint64>& counts,
                 const QColor& colour);

// A series colour of that hue that keeps its contrast against the palette's base colour, light or dark;
// hue -1 gives a grey, set apart from the hues by its lightness.
QColor seriesColour(int hue, const QPalette& palette);

} // namespace OverviewCharts
