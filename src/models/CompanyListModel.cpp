#include "models/CompanyListModel.h"

#include "models/ColumnPriority.h"

using namespace Qt::StringLiterals;

CompanyListModel::CompanyListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int CompanyListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

int CompanyListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompanyList& list = m_lists.at(index.row());
    if (role == ListIdRole)
        return list.id;
    if (role == IsStaticRole)
        return list.isStatic();
    if (role == Qt::ToolTipRole) {
        // The name first, whole, for a panel too narrow to show it.
        return QString((index.column() == NameColumn ? data(index, Qt::DisplayRole).toString() + u"\n"_s : QString())
                       + (list.isStatic()
                              ? tr("A static list: you choose its companies.")
                              : tr("A dynamic list: a saved search in Vainu. Its companies follow the search, "
                                   "so they cannot be changed here.")));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return list.isDefault ? tr("%1 (default)").arg(list.name) : list.name;
    case KindColumn:
        return list.isStatic() ? tr("Static") : tr("Dynamic");
    case CompaniesColumn:
        return list.addedCompanies;
    case OwnerColumn:
        return list.ownerEmail;
    default:
        return {};
    }
}

QVariant CompanyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnPriority::Role)
        return section == NameColumn ? ColumnPriority::Essential : ColumnPriority::Medium;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("List");
    case KindColumn:
        return tr("Kind");
    case CompaniesColumn:
        return tr("Companies");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

void CompanyListModel::setLists(const QList<CompanyList>& lists)
{
    beginResetModel();
    m_lists = lists;
    endResetModel();
}

int CompanyListModel::rowOfId(const QString& id) const
{
    for (int i = 0; i < m_lists.size(); ++i) {
        if (m_lists.at(i).id == id)
            return i;
    }
    return -1;
}

void CompanyListModel::upsert(const CompanyList& list)
{
    const int row = rowOfId(list.id);
    if (row >= 0) {
        m_lists[row] = list;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_lists.size()), int(m_lists.size()));
    m_lists.append(list);
    endInsertRows();
}

void CompanyListModel::removeById(const QString& id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_lists.removeAt(row);
    endRemoveRows();
}
