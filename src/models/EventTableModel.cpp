#include "models/EventTableModel.h"

#include "core/EventHistory.h"
#include "models/ColumnPriority.h"
#include "models/EventModelReader.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_batchTimer.setInterval(250);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &EventTableModel::flushAppends);
}

EventTableModel::~EventTableModel()
{
    delete m_reader; // joins the reader thread before the members it reports to go away
}

void EventTableModel::setBatchInterval(int ms)
{
    m_batchTimer.setInterval(ms);
}

void EventTableModel::setStore(EventHistory* store)
{
    if (m_store == store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    delete m_reader;
    m_reader = nullptr;
    m_store = store;
    if (m_store) {
        m_reader = new EventModelReader(m_store);
        connect(m_store, &EventHistory::eventsAppended, this, &EventTableModel::onEventsAppended);
        connect(m_store, &EventHistory::eventsUpdated, this, &EventTableModel::onEventsUpdated);
    }
    reload();
}

void EventTableModel::setFilter(const EventFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void EventTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void EventTableModel::reload()
{
    ++m_generation;
    m_appendInFlight = false;
    if (!m_store || !m_store->isOpen()) {
        beginResetModel();
        m_ids.clear();
        m_rows.clear();
        m_cacheOrder.clear();
        m_requestedPages.clear();
        m_pendingAppends.clear();
        m_upTo = 0;
        endResetModel();
        setLoading(false);
        emit reloaded();
        return;
    }
    setLoading(true);
    struct Loaded
    {
        QList<qint64> ids;
        qint64 upTo = 0;
        QString error;
    };
    const quint64 generation = m_generation;
    const EventFilter filter = m_filter;
    m_reader->run<Loaded>(
        this,
        [filter](EventHistoryReader& reader) {
            Loaded loaded;
            loaded.ids = reader.matchingIds(filter, &loaded.upTo, &loaded.error);
            return loaded;
        },
        [this, generation](const Loaded& loaded) {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_ids = loaded.ids;
            m_upTo = loaded.upTo;
            m_rows.clear();
            m_cacheOrder.clear();
            m_cacheOrder.clear();
            m_requestedPages.clear();
            m_error = loaded.error;
            endResetModel();
            // Events committed before the list was read are in it already.
            m_pendingAppends.erase(std::remove_if(m_pendingAppends.begin(), m_pendingAppends.end(),
                                                  [this](qint64 id) { return id <= m_upTo; }),
                                   m_pendingAppends.end());
            setLoading(false);
            if (!m_error.isEmpty())
                emit loadFailed(m_error);
            emit reloaded();
            if (!m_pendingAppends.isEmpty())
                m_batchTimer.start();
        });
}

void EventTableModel::onEventsAppended(const QList<qint64>& ids)
{
    m_pendingAppends += ids;
    if (!m_batchTimer.isActive() && !m_loading && !m_appendInFlight)
        m_batchTimer.start();
}

void EventTableModel::onEventsUpdated(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        if (m_rows.contains(id))
            m_pendingUpdates.append(id);
    }
    if (!m_pendingUpdates.isEmpty() && !m_batchTimer.isActive() && !m_loading && !m_appendInFlight)
        m_batchTimer.start();
}

void EventTableModel::flushAppends()
{
    if (!m_reader || m_loading || m_appendInFlight)
        return;
    QList<qint64> appends;
    for (qint64 id : std::as_const(m_pendingAppends)) {
        if (id > m_upTo)
            appends.append(id);
    }
    m_pendingAppends.clear();
    const QList<qint64> updates = m_pendingUpdates;
    m_pendingUpdates.clear();
    if (appends.isEmpty() && updates.isEmpty())
        return;
    std::sort(appends.begin(), appends.end());
    m_appendInFlight = true;
    const quint64 generation = m_generation;
    const EventFilter filter = m_filter;
    struct Batch
    {
        QList<ShownRow> appended;
        QList<ShownRow> updated;
        qint64 upTo = 0;
    };
    m_reader->run<Batch>(
        this,
        [appends, updates, filter](EventHistoryReader& reader) {
            Batch batch;
            batch.upTo = appends.isEmpty() ? 0 : appends.last();
            // Read in slices so one query never holds a huge IN list.
            for (qsizetype i = 0; i < appends.size(); i += 500)
                batch.appended += shown(reader.rows(appends.mid(i, 500), filter));
            for (qsizetype i = 0; i < updates.size(); i += 500)
                batch.updated += shown(reader.rows(updates.mid(i, 500), EventFilter {}));
            return batch;
        },
        [this, generation](const Batch& batch) {
            if (generation != m_generation)
                return;
            m_appendInFlight = false;
            m_upTo = std::max(m_upTo, batch.upTo);
            storeRows(batch.updated, true);
            QList<ShownRow> fresh;
            const qint64 last = m_ids.isEmpty() ? 0 : m_ids.last();
            for (const ShownRow& row : batch.appended) {
                if (row.row.id > last)
                    fresh.append(row);
            }
            if (!fresh.isEmpty()) {
                const int first = int(m_ids.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                m_ids.reserve(m_ids.size() + fresh.size());
                for (const ShownRow& row : std::as_const(fresh)) {
                    m_ids.append(row.row.id);
                    m_rows.insert(row.row.id, row);
                    m_cacheOrder.push_back(row.row.id);
                }
                endInsertRows();
                trimCache();
                emit rowsAppendedBatch(int(fresh.size()));
            }
            if (!m_pendingAppends.isEmpty() || !m_pendingUpdates.isEmpty())
                m_batchTimer.start();
        });
}

void EventTableModel::requestPage(int page) const
{
    if (!m_reader || m_requestedPages.contains(page))
        return;
    m_requestedPages.insert(page);
    m_lastRequestedPage = page;
    const QList<qint64> ids = m_ids.mid(qsizetype(page) * pageSize(), pageSize());
    auto* self = const_cast<EventTableModel*>(this);
    const quint64 generation = m_generation;
    m_reader->run<QList<ShownRow>>(
        self, [ids](EventHistoryReader& reader) { return shown(reader.rows(ids, EventFilter {})); },
        [self, generation](const QList<ShownRow>& rows) {
            if (generation != self->m_generation)
                return;
            self->trimCache();
            self->storeRows(rows, true);
        });
}

EventTableModel::ShownRow EventTableModel::shown(const EventRow& row)
{
    ShownRow result;
    result.row = row;
    result.arrival = row.firstArrival.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    if (row.isUnrecognised())
        result.changed = tr("(not a company change: %1)").arg(row.problem);
    else if (row.origin == DeliveryOrigin::Test)
        result.changed = tr("(test delivery)");
    else if (!row.hasBefore)
        result.changed = tr("(first seen)");
    else
        result.changed = row.changedFields.isEmpty() ? tr("(no change)") : row.changedFields.join(u", "_s);
    QStringList flags;
    if (row.isUnrecognised())
        flags << tr("unrecognised");
    if (row.origin == DeliveryOrigin::CatchUp)
        flags << tr("catch-up");
    if (row.origin == DeliveryOrigin::Test)
        flags << tr("test");
    if (row.attempts > 1)
        flags << tr("duplicate");
    if (row.maxNumberOfTries > 1)
        flags << tr("retry");
    if (row.stale)
        flags << tr("stale");
    result.flags = flags.join(u' ');
    return result;
}

QList<EventTableModel::ShownRow> EventTableModel::shown(const QList<EventRow>& rows)
{
    QList<ShownRow> result;
    result.reserve(rows.size());
    for (const EventRow& row : rows)
        result.append(shown(row));
    return result;
}

void EventTableModel::storeRows(const QList<ShownRow>& rows, bool notify)
{
    int firstRow = -1;
    int lastRow = -1;
    for (const ShownRow& shownRow : rows) {
        m_rows.insert(shownRow.row.id, shownRow);
        m_cacheOrder.push_back(shownRow.row.id);
        const int index = rowOfEvent(shownRow.row.id);
        if (index < 0)
            continue;
        firstRow = firstRow < 0 ? index : std::min(firstRow, index);
        lastRow = std::max(lastRow, index);
    }
    if (notify && firstRow >= 0)
        emit dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));
}

void EventTableModel::trimCache()
{
    if (m_rows.size() < m_cacheLimit)
        return;
    // Keep the pages around the one read last (where the user looks) and the newest two pages
    // (where live events arrive and auto-scroll shows them); of the others, forget the rows cached
    // longest ago, a couple of pages' worth at a time: freeing the whole cache at once held the
    // GUI thread for over 20 ms.
    const int pages = int((m_ids.size() + pageSize() - 1) / pageSize());
    QSet<int> keptPages {pages - 1, pages - 2};
    if (m_lastRequestedPage >= 0)
        keptPages += {m_lastRequestedPage - 1, m_lastRequestedPage, m_lastRequestedPage + 1};
    const qsizetype target = m_cacheLimit - 2 * pageSize();
    for (size_t visits = m_cacheOrder.size(); visits > 0 && m_rows.size() > target; --visits) {
        const qint64 id = m_cacheOrder.front();
        m_cacheOrder.pop_front();
        const auto cached = m_rows.find(id);
        if (cached == m_rows.end())
            continue; // forgotten already, or cached again later in the queue
        const int row = rowOfEvent(id);
        const int page = row < 0 ? -1 : row / pageSize();
        if (row >= 0 && keptPages.contains(page)) {
            m_cacheOrder.push_back(id);
            continue;
        }
        m_requestedPages.remove(page); // read again when shown
        m_rows.erase(cached);
    }
    // Rows stored more than once (updates) leave stale entries behind; start over when they pile up.
    if (m_cacheOrder.size() > size_t(4 * m_cacheLimit)) {
        m_cacheOrder.clear();
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
            m_cacheOrder.push_back(it.key());
        std::sort(m_cacheOrder.begin(), m_cacheOrder.end());
    }
}

qint64 EventTableModel::eventId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int EventTableModel::rowOfEvent(qint64 id) const
{
    const auto found = std::lower_bound(m_ids.cbegin(), m_ids.cend(), id);
    if (found == m_ids.cend() || *found != id)
        return -1;
    return int(found - m_ids.cbegin());
}

const EventRow* EventTableModel::cachedRow(int row) const
{
    const auto found = m_rows.constFind(eventId(row));
    return found == m_rows.constEnd() ? nullptr : &found.value().row;
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == EventIdRole)
        return eventId(index.row());
    const auto cached = m_rows.constFind(eventId(index.row()));
    const ShownRow* shownRow = cached == m_rows.constEnd() ? nullptr : &cached.value();
    const EventRow* row = shownRow ? &shownRow->row : nullptr;
    if (!row) {
        if (role == Qt::DisplayRole || role == LoadedRole)
            requestPage(index.row() / pageSize());
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == ArrivalColumn)
            return tr("Loading…");
        return {};
    }
    switch (role) {
    case LoadedRole:
        return true;
    case CompanyKeyRole:
        return row->companyKey;
    case ChangedFieldsRole:
        return row->changedFields;
    case StaleRole:
        return row->stale;
    case UnrecognisedRole:
        return row->isUnrecognised();
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn || (row->isUnrecognised() && index.column() == ChangedFieldsColumn)) {
            QStringList notes;
            if (row->isUnrecognised())
                notes << tr("Unrecognised delivery: the body is JSON but could not be read as a company change "
                            "(%1). It was kept as received; its raw body is in the details and in the export.")
                             .arg(row->problem);
            if (row->origin == DeliveryOrigin::CatchUp)
                notes << tr("Found by catching up: the receiver was not running when this change happened, so it "
                            "was found by comparing the company's last known state with Vainu's current data.");
            if (row->origin == DeliveryOrigin::Test)
                notes << tr("A test delivery: the app posted it to its own public URL to check that deliveries "
                            "reach this receiver. It is not part of any company's history and not exported.");
            if (row->attempts > 1)
                notes << tr("Received %n times: the later requests were duplicates of the first.", nullptr,
                            row->attempts);
            if (row->maxNumberOfTries > 1)
                notes << tr("Vainu needed %n tries to deliver this change.", nullptr, row->maxNumberOfTries);
            if (row->stale)
                notes << tr("Stale: a newer change of this company had arrived already, so this one did not "
                            "update the company's known state.");
            return notes.join(u'\n');
        }
        if (index.column() == ArrivalColumn)
            return QLocale().toString(row->firstArrival.toLocalTime(), QLocale::LongFormat);
        // The whole value, for a column too narrow to show it.
        if (index.column() == CompanyColumn || index.column() == BusinessIdColumn
            || index.column() == ChangedFieldsColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TriesColumn || index.column() == ReceivedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case ArrivalColumn:
        return shownRow->arrival;
    case CompanyColumn:
        return row->companyName;
    case BusinessIdColumn:
        return row->businessId;
    case ChangedFieldsColumn:
        return shownRow->changed;
    case TriesColumn:
        return row->maxNumberOfTries;
    case ReceivedColumn:
        return row->attempts;
    case FlagsColumn:
        return shownRow->flags;
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnPriority::Role) {
        // When it came and for which company; what changed comes next.
        if (section == ArrivalColumn || section == CompanyColumn)
            return ColumnPriority::Essential;
        return section == ChangedFieldsColumn ? ColumnPriority::High : ColumnPriority::Medium;
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArrivalColumn:
        return tr("Arrived");
    case CompanyColumn:
        return tr("Company");
    case BusinessIdColumn:
        return tr("Business id");
    case ChangedFieldsColumn:
        return tr("Changed fields");
    case TriesColumn:
        return tr("Tries");
    case ReceivedColumn:
        return tr("Received");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}
