#include "models/CustomerFilterProxyModel.h"

#include "models/CustomerTableModel.h"

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CustomerTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CustomerFilterProxyModel::setFilterText(const QString& text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void CustomerFilterProxyModel::setStatusFilter(std::optional<MatchStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* source = sourceModel();
    if (m_status) {
        const QModelIndex any = source->index(sourceRow, 0, sourceParent);
        if (MatchStatus(any.data(CustomerTableModel::MatchStatusRole).toInt()) != *m_status)
            return false;
    }
    for (const QString& word : m_words) {
        bool found = false;
        for (int column = 0; column < source->columnCount(sourceParent) && !found; ++column) {
            const QString text = source->index(sourceRow, column, sourceParent).data().toString();
            found = text.contains(word, Qt::CaseInsensitive);
        }
        if (!found)
            return false;
    }
    return true;
}

bool CustomerFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    if (a.typeId() == QMetaType::LongLong && b.typeId() == QMetaType::LongLong)
        return a.toLongLong() < b.toLongLong();
    return QSortFilterProxyModel::lessThan(left, right);
}
