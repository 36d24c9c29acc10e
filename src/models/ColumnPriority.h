#pragma once

#include <Qt>

// How much a table column matters when the view is too narrow for all of them. A model answers
// headerData(section, Qt::Horizontal, ColumnPriority::Role) with one of these; a view (gui/common/ColumnFitter)
// hides the columns with the highest number first and never hides an Essential one, and the layout check
// (tests/gui/tst_layoutcheck) fails when an Essential column is outside the view at any width.
namespace ColumnPriority {
inline constexpr int Role = Qt::UserRole + 900;

enum Level
{
    Essential = 0, // always in view: what a user reads the row for
    High = 1,
    Medium = 2,
    Low = 3, // the first to go
};
} // namespace ColumnPriority
