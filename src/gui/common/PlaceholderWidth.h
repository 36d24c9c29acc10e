#pragma once

#include <QLineEdit>
#include <QStyle>

// A search field without a label is named by its placeholder: it must never be cut ("Y-tun…" in Finnish).
// Makes the field at least as wide as its placeholder, its frame and margins, and its clear button need.
inline void keepPlaceholderWhole(QLineEdit* edit)
{
    const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
    const int clear
        = edit->isClearButtonEnabled() ? edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit) + 4 : 0;
    const QMargins margins = edit->textMargins();
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 2 * frame + 4
                          + margins.left() + margins.right() + clear + 2);
}
