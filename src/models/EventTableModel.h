#pragma once

#include "core/EventFilter.h"
#include "core/EventRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <deque>

class EventHistory;
class EventModelReader;

// The Live events table: every stored event that matches the filter, oldest first, read lazily.
// The model holds only the ids of the matching events; rows are read in pages of pageSize() on a
// reader thread when the view first asks for them (a placeholder shows until then), and kept in a
// bounded cache. New events are collected from the store's signals and appended in one batch per
// batch interval (default 250 ms), so a burst of deliveries costs a few repaints a second.
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ArrivalColumn,
        CompanyColumn,
        BusinessIdColumn,
        ChangedFieldsColumn,
        TriesColumn,
        ReceivedColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Role
    {
        EventIdRole = Qt::UserRole + 1,
        CompanyKeyRole,
        ChangedFieldsRole, // QStringList
        LoadedRole, // false while the row is a placeholder
        StaleRole,
        // true for a body kept raw because it could not be read as a company change (shown with a badge)
        UnrecognisedRole,
    };

    explicit EventTableModel(QObject* parent = nullptr);
    ~EventTableModel() override;

    // Reads this history (an EventStore) from now on (null: empty). It must outlive the model or be unset first.
    void setStore(EventHistory* store);
    EventHistory* store() const { return m_store; }

    void setFilter(const EventFilter& filter);
    EventFilter filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_error; }

    void setBatchInterval(int ms);
    static int pageSize() { return 200; }
    // Rows kept in memory (default 20,000): a view shows a few dozen, so this is many screens of
    // scrolling. Beyond it the rows far from the last page read and from the newest rows are dropped
    // and read again when shown, also while live events stream in.
    void setCacheLimit(int rows) { m_cacheLimit = std::max(rows, 8 * pageSize()); }
    int cachedRowCount() const { return int(m_rows.size()); }

    qint64 eventId(int row) const;
    int rowOfEvent(qint64 id) const; // -1 when not shown
    QList<qint64> eventIds() const { return m_ids; }
    const EventRow* cachedRow(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadingChanged(bool loading);
    void reloaded(); // a filter or store change finished loading
    void rowsAppendedBatch(int count); // live events that match the filter were appended
    void loadFailed(const QString& message);

private:
    // A row with its display texts, formatted on the reader thread: the view asks for them on every repaint,
    // and while events stream in with auto-scroll every repaint shows new rows.
    struct ShownRow
    {
        EventRow row;
        QString arrival;
        QString changed;
        QString flags;
    };
    static ShownRow shown(const EventRow& row);
    static QList<ShownRow> shown(const QList<EventRow>& rows);

    void onEventsAppended(const QList<qint64>& ids);
    void onEventsUpdated(const QList<qint64>& ids);
    void flushAppends();
    void requestPage(int page) const;
    void storeRows(const QList<ShownRow>& rows, bool notify);
    void trimCache();
    void setLoading(bool loading);

    EventHistory* m_store = nullptr;
    EventModelReader* m_reader = nullptr;
    EventFilter m_filter;
    QList<qint64> m_ids; // ascending
    qint64 m_upTo = 0; // highest event id the id list accounts for
    QHash<qint64, ShownRow> m_rows;
    std::deque<qint64> m_cacheOrder; // ids in the order they were cached, oldest first
    mutable QSet<int> m_requestedPages;
    mutable int m_lastRequestedPage = -1;
    int m_cacheLimit = 20000;
    QList<qint64> m_pendingAppends;
    QList<qint64> m_pendingUpdates;
    QTimer m_batchTimer;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_appendInFlight = false;
    QString m_error;
};
