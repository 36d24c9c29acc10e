#include "gui/common/StatusPalette.h"

using namespace Qt::StringLiterals;

namespace StatusPalette {
namespace {

// One hue per status; lightness comes from the theme.
int hueOf(Status status)
{
    switch (status) {
    case Status::Good:
        return 135; // green
    case Status::Warning:
        return 38; // amber
    case Status::Bad:
        return 2; // red
    case Status::Neutral:
        break;
    }
    return -1; // achromatic
}

QColor fromHsl(Status status, int saturation, int lightness)
{
    const int hue = hueOf(status);
    return QColor::fromHsl(hue, hue < 0 ? 0 : saturation, lightness);
}

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor foreground(Status status, const QPalette& palette)
{
    if (status == Status::Neutral)
        return palette.color(QPalette::Disabled, QPalette::Text);
    // Dark text on a light theme, light text on a dark one: both about 4.5:1 against the base colour.
    return isDark(palette) ? fromHsl(status, 200, 170) : fromHsl(status, 200, 75);
}

QColor background(Status status, const QPalette& palette)
{
    return isDark(palette) ? fromHsl(status, 120, 45) : fromHsl(status, 220, 232);
}

QColor border(Status status, const QPalette& palette)
{
    return isDark(palette) ? fromHsl(status, 150, 110) : fromHsl(status, 200, 150);
}

QColor seriesColour(int index, const QPalette& palette)
{
    static constexpr int hues[] = {212, 285, 185, 330}; // blue, violet, teal, magenta
    const int hue = hues[index % 4];
    return isDark(palette) ? QColor::fromHsl(hue, 190, 175) : QColor::fromHsl(hue, 200, 85);
}

QString textStyle(Status status, const QPalette& palette, bool bold)
{
    return u"color: %1;%2"_s.arg(foreground(status, palette).name(), bold ? u" font-weight: bold;"_s : QString());
}

QString noticeStyle(const QString& selector, Status status, const QPalette& palette)
{
    return u"%1 { background: %2; border: 1px solid %3; border-radius: 3px; } %1 QLabel { color: %4; }"_s.arg(
        selector, background(status, palette).name(), border(status, palette).name(),
        palette.color(QPalette::WindowText).name());
}

} // namespace StatusPalette
