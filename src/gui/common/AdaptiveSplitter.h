#pragma once

#include <QList>
#include <QObject>

class QSplitter;

// Puts a splitter's panes side by side while it is at least `breakpoint` pixels wide and one above the other
// below that, so the second pane (a detail pane, a side panel) keeps a usable width in a narrow window.
// `shares` divide the room between the panes in either orientation (for example {1, 1}).
class AdaptiveSplitter : public QObject
{
    Q_OBJECT

public:
    AdaptiveSplitter(QSplitter* splitter, int breakpoint, const QList<int>& shares);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();

    QSplitter* m_splitter;
    int m_breakpoint;
    QList<int> m_shares;
};
