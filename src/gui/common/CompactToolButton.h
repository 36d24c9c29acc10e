#pragma once

#include <QToolButton>

// A text-beside-icon tool button that shows only its icon when its row has no room for the text: its
// minimum width is the icon's, so a narrow window can still shrink. The text stays its accessible name and
// the tool tip explains it, so nothing is lost for a screen reader or a mouse user.
class CompactToolButton : public QToolButton
{
    Q_OBJECT

public:
    explicit CompactToolButton(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    // True while the button is narrower than its text needs and so shows its icon alone.
    bool isCompact() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void actionEvent(QActionEvent* event) override;

private:
    // While only the icon shows, the tool tip starts with the text, so hovering gives the whole of it.
    void giveTextInToolTip();
};
