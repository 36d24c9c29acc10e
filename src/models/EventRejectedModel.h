#pragma once

#include "core/RejectedRequest.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

class EventHistory;
class EventModelReader;

// The store's bounded log of refused requests (newest first), for the Rejected view. Read on a
// reader thread; refreshed at most a few times a second while rejections arrive.
class EventRejectedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ArrivalColumn,
        StatusColumn,
        ReasonColumn,
        MethodColumn,
        PathColumn,
        RemoteColumn,
        SizeColumn,
        BodyColumn, // the start of a kept body (a refused non-JSON delivery); empty when none was kept
        ColumnCount
    };
    enum Role
    {
        RejectedIdRole = Qt::UserRole + 1,
        KeptBodyRole, // QByteArray: the start of the kept body, byte for byte (null when none)
        KeptBodySizeRole, // qint64: the kept body's full size, -1 when none
    };

    explicit EventRejectedModel(QObject* parent = nullptr);
    ~EventRejectedModel() override;

    void setStore(EventHistory* store); // an EventStore; null: empty
    void setLimit(int rows) { m_limit = rows; }
    void refresh();
    const QList<RejectedRequest>& requests() const { return m_requests; }
    // What the log keeps and drops, for the Rejected view to say (the store's limits).
    QString retentionNotice() const;
    // Shows bytes as text: invalid UTF-8 as \xNN, control characters escaped, on one line.
    static QString readableBytes(const QByteArray& bytes, int maxChars);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void refreshed();

private:
    EventHistory* m_store = nullptr;
    EventModelReader* m_reader = nullptr;
    QList<RejectedRequest> m_requests;
    QTimer m_refreshTimer;
    int m_limit = 1000;
};
