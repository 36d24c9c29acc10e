#pragma once

class QWidget;

// Keeps a window at least as tall as its layout needs at the window's current width. Qt sets a window's
// minimum size from its layout's minimum size, which leaves out the height that word-wrapped labels need
// at that width: a dialog with wrapping text (long Finnish words, a long address, an error) then squeezes
// its widgets on top of each other. Installed once; it follows every later change of the contents or the
// width, and never makes the window smaller than it is.
namespace FitToContents {
void install(QWidget* window);
} // namespace FitToContents
