#include "models/CompanyTableModel.h"

#include "models/ColumnPriority.h"

using namespace Qt::StringLiterals;

CompanyTableModel::CompanyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int CompanyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_companies.size());
}

int CompanyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompanyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Company& company = m_companies.at(index.row());
    if (role == BusinessIdRole)
        return company.businessId();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) // the tool tip: the whole value of a narrow column
        return {};
    switch (index.column()) {
    case BusinessIdColumn:
        return company.businessId();
    case NameColumn:
        return company.name();
    case CityColumn:
        return company.fields.value(u"visiting_city"_s).toString();
    case DomainColumn:
        return company.fields.value(u"domain"_s).toString();
    default:
        return {};
    }
}

QVariant CompanyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnPriority::Role)
        return section == NameColumn      ? ColumnPriority::Essential
            : section == BusinessIdColumn ? ColumnPriority::High
                                          : ColumnPriority::Low;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BusinessIdColumn:
        return tr("Business id");
    case NameColumn:
        return tr("Company");
    case CityColumn:
        return tr("City");
    case DomainColumn:
        return tr("Domain");
    default:
        return {};
    }
}

void CompanyTableModel::setCompanies(const QList<Company>& companies)
{
    beginResetModel();
    m_companies = companies;
    endResetModel();
}
