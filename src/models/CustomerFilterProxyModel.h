#pragma once

#include "core/CustomerRecord.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

// Filters the loaded customer rows by words (every word must appear in some column) and by match status,
// and sorts by each column's raw value.
class CustomerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    void setStatusFilter(std::optional<MatchStatus> status); // nullopt = every status

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
    std::optional<MatchStatus> m_status;
};
