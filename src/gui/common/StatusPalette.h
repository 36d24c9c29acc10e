#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

// The status colours of every page (good, warning, bad, neutral), derived from the widget's palette so
// that they keep their contrast on a dark theme and follow a high-contrast one. Widgets ask here instead
// of writing hex colours of their own.
namespace StatusPalette {
enum class Status
{
    Good, // matched, listening, connection works
    Warning, // pending, needs attention, unreachable address
    Bad, // error, not matched, stopped by a failure
    Neutral, // unknown, not applicable
};

bool isDark(const QPalette& palette); // the window background is darker than its text
QColor foreground(Status status, const QPalette& palette); // text in that status, readable on the base colour
QColor background(Status status, const QPalette& palette); // a soft fill behind text of the palette's colour
QColor border(Status status, const QPalette& palette);
// The line colour of a chart's series number `index` (0, 1, ...): distinct hues, none of the statuses',
// each readable on the base colour like foreground().
QColor seriesColour(int index, const QPalette& palette);
// "color: #rrggbb;" (plus ` font-weight: bold;` when asked), for labels that carry a status.
QString textStyle(Status status, const QPalette& palette, bool bold = false);
// A framed notice: soft background, border, readable text, for the selector given ("#objectName").
QString noticeStyle(const QString& selector, Status status, const QPalette& palette);
} // namespace StatusPalette
