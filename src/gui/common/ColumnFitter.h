#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QTableView;

// Keeps a table's columns inside its view instead of behind a horizontal scroll bar: each column wants the
// width of its title and loaded values (at least the page's preferred width), and when they do not all fit, the columns
// whose model says they matter least (headerData(…, ColumnPriority::Role)) hide first; ColumnPriority::Essential
// columns never hide. Room left over goes to the stretch column. The header's context menu shows and hides columns by
// hand; those choices are kept in QSettings under `settingsKey`. A width the user drags becomes that column's preferred
// width.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    ColumnFitter(QTableView* view, const QString& settingsKey);

    void setPreferredWidth(int column, int width); // the least the column asks for
    void setStretchColumn(int column);
    // Hidden by the user (the header's menu), as opposed to hidden for want of room.
    bool isHiddenByUser(int column) const { return m_userHidden.contains(column); }
    void setHiddenByUser(int column, bool hidden);

    void fit();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int priority(int column) const;
    void showMenu(const QPoint& position);

    QTableView* m_view;
    // Compared by address only: while the view is being destroyed its viewport still sends events, and the
    // view can no longer be asked for it.
    const QObject* m_viewport;
    QString m_settingsKey;
    QHash<int, int> m_preferred; // the page's minimum
    QHash<int, int> m_dragged; // by the user
    QSet<int> m_userHidden;
    int m_stretch = -1;
    bool m_fitting = false;
    bool m_fitWhenShown = false; // fit() ran while the view was hidden
};
