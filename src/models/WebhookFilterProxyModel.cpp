#include "models/WebhookFilterProxyModel.h"

#include "models/WebhookTableModel.h"

#include <algorithm>

WebhookFilterProxyModel::WebhookFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WebhookTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void WebhookFilterProxyModel::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool WebhookFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    QStringList cells;
    cells.reserve(columns);
    for (int column = 0; column < columns; ++column)
        cells.append(model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString());
    for (const QString& word : m_words) {
        const bool found = std::any_of(cells.cbegin(), cells.cend(), [&word](const QString& cell) {
            return cell.contains(word, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}
