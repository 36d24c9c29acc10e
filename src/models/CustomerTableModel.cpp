#include "models/CustomerTableModel.h"

#include "models/ColumnPriority.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QString count(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

MatchStatus statusOf(const CustomerRecord& record)
{
    return record.matching ? record.matching->status : MatchStatus::Unknown;
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerTableModel::statusText(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Matched:
        return tr("Matched");
    case MatchStatus::NotMatched:
        return tr("Not matched");
    case MatchStatus::Pending:
        return tr("Pending");
    case MatchStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString CustomerTableModel::statusExplanation(const CustomerRecord& record)
{
    switch (statusOf(record)) {
    case MatchStatus::Matched:
        return tr("Vainu found the company (%1, %2). Changes to it are sent to your webhooks.")
            .arg(record.matching->companyName, record.matching->businessId);
    case MatchStatus::NotMatched:
        return tr("Vainu found no company for this record, so no changes are sent for it. Check the business id "
                  "and the country, or the exact company name.");
    case MatchStatus::Pending:
        return tr("Vainu has not matched this record yet. Matching can take a while; refresh later.");
    case MatchStatus::Unknown:
        break;
    }
    return tr("Vainu did not say whether it matched this record.");
}

QString CustomerTableModel::displayText(const CustomerRecord& r, int column) const
{
    switch (column) {
    case UniqueIdColumn:
        return r.uniqueId;
    case CompanyNameColumn:
        return r.matchData.companyName.isEmpty() && r.matching ? r.matching->companyName : r.matchData.companyName;
    case BusinessIdColumn:
        return r.matchData.businessId;
    case CountryColumn:
        return r.matchData.country;
    case OwnerColumn:
        return r.ownerEmail;
    case DealsColumn:
        if (!r.openDealsCount && !r.wonDealsCount && !r.lostDealsCount)
            return {};
        return tr("%1 open, %2 won, %3 lost")
            .arg(r.openDealsCount.value_or(0))
            .arg(r.wonDealsCount.value_or(0))
            .arg(r.lostDealsCount.value_or(0));
    case LastUpdateColumn:
        return r.lastUpdate ? QLocale().toString(*r.lastUpdate, QLocale::ShortFormat) : QString();
    case MatchColumn:
        return statusText(statusOf(r));
    default:
        return {};
    }
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRecord& r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MatchColumn)
            return statusExplanation(r);
        // The whole value, for a column too narrow to show it, and the notes beside the name and the deals.
        if ((index.column() == DealsColumn || index.column() == CompanyNameColumn) && !r.notes.isEmpty())
            return QString(displayText(r, index.column()) + u"\n\n"_s + r.notes);
        return displayText(r, index.column());
    case UniqueIdRole:
        return r.uniqueId;
    case MatchStatusRole:
        return int(statusOf(r));
    case BusinessIdRole:
        return r.matching && !r.matching->businessId.isEmpty() ? r.matching->businessId : r.matchData.businessId;
    case SortRole:
        switch (index.column()) {
        case DealsColumn:
            return r.openDealsCount.value_or(-1);
        case LastUpdateColumn:
            return r.lastUpdate ? r.lastUpdate->toJulianDay() : 0;
        case MatchColumn:
            return int(statusOf(r));
        default:
            return displayText(r, index.column());
        }
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnPriority::Role) {
        // The company, its business id and whether Vainu matched it are what a row is read for.
        switch (section) {
        case CompanyNameColumn:
        case BusinessIdColumn:
        case MatchColumn:
            return ColumnPriority::Essential;
        case UniqueIdColumn:
            return ColumnPriority::High;
        case OwnerColumn:
        case DealsColumn:
            return ColumnPriority::Medium;
        default:
            return ColumnPriority::Low;
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UniqueIdColumn:
        return tr("Unique id");
    case CompanyNameColumn:
        return tr("Company");
    case BusinessIdColumn:
        return tr("Business id");
    case CountryColumn:
        return tr("Country");
    case OwnerColumn:
        return tr("Owner");
    case DealsColumn:
        return tr("Deals");
    case LastUpdateColumn:
        return tr("Last update");
    case MatchColumn:
        return tr("Match");
    default:
        return {};
    }
}

void CustomerTableModel::setRecords(const QList<CustomerRecord>& records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

CustomerRecord CustomerTableModel::recordAt(int row) const
{
    return m_records.value(row);
}

int CustomerTableModel::rowOfId(const QString& uniqueId) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).uniqueId == uniqueId)
            return i;
    }
    return -1;
}

void CustomerTableModel::upsert(const CustomerRecord& record)
{
    const int row = rowOfId(record.uniqueId);
    if (row >= 0) {
        m_records[row] = record;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size()));
    m_records.append(record);
    endInsertRows();
}

void CustomerTableModel::removeById(const QString& uniqueId)
{
    const int row = rowOfId(uniqueId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_records.removeAt(row);
    endRemoveRows();
}

QStringList CustomerTableModel::exportHeader()
{
    // The API's own names, so an export can be imported again as it is.
    return {
        u"unique_id"_s,        u"company_name"_s,        u"business_id"_s,         u"country"_s,     u"owner_email"_s,
        u"open_deals_count"_s, u"won_deals_count"_s,     u"lost_deals_count"_s,    u"last_update"_s, u"notes"_s,
        u"match_status"_s,     u"matched_business_id"_s, u"matched_company_name"_s};
}

QStringList CustomerTableModel::exportRow(const CustomerRecord& r)
{
    return {r.uniqueId,
            r.matchData.companyName,
            r.matchData.businessId,
            r.matchData.country,
            r.ownerEmail,
            count(r.openDealsCount),
            count(r.wonDealsCount),
            count(r.lostDealsCount),
            r.lastUpdate ? r.lastUpdate->toString(Qt::ISODate) : QString(),
            r.notes,
            r.matching ? matchStatusName(r.matching->status) : QString(),
            r.matching ? r.matching->businessId : QString(),
            r.matching ? r.matching->companyName : QString()};
}
