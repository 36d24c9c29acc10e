#pragma once

#include <QIcon>
#include <QWidget>

struct PageNotice;
class QLabel;
class QPushButton;

// What a page shows instead of an empty table: an illustration, a title, a sentence that explains
// what belongs here, and the one action that fills it.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void setIcon(const QIcon& icon);
    // An icon drawn in one colour: shown in the palette's text colour, softened, so that it reads on a light and a
    // dark palette alike and follows a change of palette.
    void setMonochromeIcon(const QIcon& icon);
    void setTitle(const QString& title);
    void setText(const QString& text);
    void setActionText(const QString& text);
    void setActionIcon(const QIcon& icon);
    // Shows the notice; its button is named pagePrefix + notice.actionName + "Button".
    void setNotice(const PageNotice& notice, const QString& pagePrefix);
    QPushButton* actionButton() const { return m_action; }
    QSize minimumSizeHint() const override;

signals:
    void actionTriggered();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void fitText(int available);
    void showMonochromeIcon();

    QIcon m_monochromeIcon; // null unless setMonochromeIcon() set it
    qreal m_monochromeRatio = 0; // the device pixel ratio it was drawn for
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_text;
    QPushButton* m_action;
};
