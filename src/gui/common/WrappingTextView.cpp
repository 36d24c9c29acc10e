#include "gui/common/WrappingTextView.h"

#include "gui/common/ReadOnlyLook.h"

#include <QAbstractTextDocumentLayout>
#include <QtMath>

WrappingTextView::WrappingTextView(QWidget* parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFocusPolicy(Qt::ClickFocus);
    setFrameShape(QFrame::NoFrame);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(0);
    ReadOnlyLook::useWindowBackground(this);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &WrappingTextView::fitHeight);
    fitHeight();
}

QSize WrappingTextView::sizeHint() const
{
    return {QTextEdit::sizeHint().width(), height()};
}

QSize WrappingTextView::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 10, height()};
}

void WrappingTextView::fitHeight()
{
    const int lines = std::max(1, qCeil(document()->size().height()));
    const int wanted = std::max(lines, fontMetrics().height()) + 2 * frameWidth();
    if (height() != wanted) {
        setFixedHeight(wanted);
        updateGeometry();
    }
}
