#pragma once

#include "core/CompanyList.h"

#include <QAbstractTableModel>
#include <QList>

// The account's company lists: name, static or dynamic, owner, default, number of companies.
class CompanyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        CompaniesColumn,
        OwnerColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ListIdRole = Qt::UserRole + 1,
        IsStaticRole,
    };

    explicit CompanyListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLists(const QList<CompanyList>& lists);
    const QList<CompanyList>& lists() const { return m_lists; }
    CompanyList listAt(int row) const { return m_lists.value(row); }
    int rowOfId(const QString& id) const;
    void upsert(const CompanyList& list);
    void removeById(const QString& id);

private:
    QList<CompanyList> m_lists;
};
