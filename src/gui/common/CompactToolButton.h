#pragma once

#include <QList>
#include <QToolButton>

// A text-beside-icon tool button that shows only its icon when its row has no room for the text: its
// minimum width is the icon's, so a narrow window can still shrink. The text stays its accessible name and
// the tool tip explains it, so nothing is lost for a screen reader or a mouse user.
class CompactToolButton : public QToolButton
{
    Q_OBJECT

public:
    explicit CompactToolButton(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // True while the button shows its icon alone: narrower than its text needs, or told to (setIconOnly).
    bool isCompact() const;

    // Shows the icon alone whatever room the row has, with the icon's size as its size hint, so that the row's
    // layout gives the room to the others instead of leaving gaps around lone icons.
    void setIconOnly(bool iconOnly);
    // A row decides for all its buttons at once: their texts when all of them fit in `room` pixels, else icons only.
    static void fitRow(const QList<CompactToolButton*>& buttons, int room);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void actionEvent(QActionEvent* event) override;

private:
    QSize textSizeHint() const; // the size with the text beside the icon
    bool m_iconOnly = false;
    // While only the icon shows, the tool tip starts with the text, so hovering gives the whole of it.
    void giveTextInToolTip();
};
