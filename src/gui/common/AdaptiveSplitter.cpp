#include "gui/common/AdaptiveSplitter.h"

#include <QEvent>
#include <QSplitter>

#include <numeric>

AdaptiveSplitter::AdaptiveSplitter(QSplitter* splitter, int breakpoint, const QList<int>& shares)
    : QObject(splitter)
    , m_splitter(splitter)
    , m_breakpoint(breakpoint)
    , m_shares(shares)
{
    for (int i = 0; i < shares.size(); ++i)
        splitter->setStretchFactor(i, shares[i]);
    splitter->installEventFilter(this);
}

bool AdaptiveSplitter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

void AdaptiveSplitter::apply()
{
    const Qt::Orientation wanted = m_splitter->width() >= m_breakpoint ? Qt::Horizontal : Qt::Vertical;
    if (wanted == m_splitter->orientation())
        return;
    m_splitter->setOrientation(wanted);
    const int room = wanted == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
    const int total = std::accumulate(m_shares.cbegin(), m_shares.cend(), 0);
    QList<int> sizes;
    for (int share : std::as_const(m_shares))
        sizes.append(total > 0 ? room * share / total : room);
    m_splitter->setSizes(sizes);
}
