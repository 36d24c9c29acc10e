#pragma once

#include "core/Company.h"

#include <QAbstractTableModel>
#include <QList>

// One page of the companies of a list: business id, name, city, domain.
class CompanyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        BusinessIdColumn,
        NameColumn,
        CityColumn,
        DomainColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        BusinessIdRole = Qt::UserRole + 1
    };

    explicit CompanyTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCompanies(const QList<Company>& companies);
    const QList<Company>& companies() const { return m_companies; }

private:
    QList<Company> m_companies;
};
