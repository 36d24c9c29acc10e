#include "models/EventRejectedModel.h"

#include "core/EventHistory.h"
#include "models/EventModelReader.h"

#include <QLocale>

using namespace Qt::StringLiterals;

EventRejectedModel::EventRejectedModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setInterval(500);
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &EventRejectedModel::refresh);
}

EventRejectedModel::~EventRejectedModel()
{
    delete m_reader;
}

void EventRejectedModel::setStore(EventHistory* store)
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
        connect(m_store, &EventHistory::rejectedAppended, this, [this] {
            if (!m_refreshTimer.isActive())
                m_refreshTimer.start();
        });
    }
    refresh();
}

void EventRejectedModel::refresh()
{
    if (!m_reader || !m_store->isOpen()) {
        beginResetModel();
        m_requests.clear();
        endResetModel();
        emit refreshed();
        return;
    }
    const int limit = m_limit;
    m_reader->run<QList<RejectedRequest>>(
        this, [limit](EventHistoryReader& reader) { return reader.rejected(limit); },
        [this](const QList<RejectedRequest>& requests) {
            beginResetModel();
            m_requests = requests;
            endResetModel();
            emit refreshed();
        });
}

int EventRejectedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int EventRejectedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventRejectedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RejectedRequest& request = m_requests.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return request.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ArrivalColumn:
        return request.arrival.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    case StatusColumn:
        return request.status;
    case ReasonColumn:
        return request.reason;
    case MethodColumn:
        return request.method;
    case PathColumn:
        return request.path;
    case RemoteColumn:
        return request.remoteAddress;
    case SizeColumn:
        return request.bodySize < 0 ? tr("unknown") : QLocale().formattedDataSize(request.bodySize);
    default:
        return {};
    }
}

QVariant EventRejectedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArrivalColumn:
        return tr("Arrived");
    case StatusColumn:
        return tr("Answer");
    case ReasonColumn:
        return tr("Reason");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case RemoteColumn:
        return tr("From");
    case SizeColumn:
        return tr("Body size");
    default:
        return {};
    }
}
