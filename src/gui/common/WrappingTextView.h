#pragma once

#include <QTextEdit>

// Read-only text that wraps anywhere when a word does not fit, and is exactly as tall as its wrapped text: for an
// address with a long token, which a QLabel can only break at spaces and hyphens and then cuts. It looks like a
// label (no frame, the window's background), and the text is selectable and copies exactly as shown, without
// the invisible break characters a label would need.
class WrappingTextView : public QTextEdit
{
    Q_OBJECT
public:
    explicit WrappingTextView(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void fitHeight();
};
