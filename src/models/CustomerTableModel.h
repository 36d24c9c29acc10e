#pragma once

#include "core/CustomerRecord.h"

#include <QAbstractTableModel>
#include <QList>

// One page of the account's customer data objects, as the server answered it. Paging is the page's job;
// sorting and filtering of the loaded rows live in CustomerFilterProxyModel.
class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UniqueIdColumn,
        CompanyNameColumn,
        BusinessIdColumn,
        CountryColumn,
        OwnerColumn,
        DealsColumn,
        LastUpdateColumn,
        MatchColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UniqueIdRole = Qt::UserRole + 1,
        MatchStatusRole, // int(MatchStatus), whatever the column
        SortRole,
        BusinessIdRole // the matched business id when there is one, else the one given
    };

    explicit CustomerTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<CustomerRecord>& records);
    const QList<CustomerRecord>& records() const { return m_records; }
    CustomerRecord recordAt(int row) const;
    int rowOfId(const QString& uniqueId) const;
    void upsert(const CustomerRecord& record); // replaces the row with that unique id, or appends
    void removeById(const QString& uniqueId);

    static QString statusText(MatchStatus status);
    static QString statusExplanation(const CustomerRecord& record); // the tooltip
    // The table as text, for export: the header, then one row per record (column order as shown).
    static QStringList exportHeader();
    static QStringList exportRow(const CustomerRecord& record);

private:
    QString displayText(const CustomerRecord& record, int column) const;
    QList<CustomerRecord> m_records;
};
