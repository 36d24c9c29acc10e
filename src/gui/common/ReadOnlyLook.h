#pragma once

class QLineEdit;
class QString;
class QWidget;

// A read-only line edit that looks read-only: no frame, the window's background instead of the white of a
// field the user can type in (colours from the style), and a tooltip saying why it cannot be changed. The text
// stays selectable, so it can still be copied.
namespace ReadOnlyLook {
void apply(QLineEdit* edit, const QString& why);
// The window's background where the widget would paint a field's (QPalette::Base), in every colour group.
void useWindowBackground(QWidget* widget);
} // namespace ReadOnlyLook
