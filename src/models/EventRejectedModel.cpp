#include "models/EventRejectedModel.h"

#include "core/EventHistory.h"
#include "core/Utf8.h"
#include "models/ColumnPriority.h"
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
    if (role == RejectedIdRole)
        return request.id;
    if (role == KeptBodyRole)
        return request.hasKeptBody() ? QVariant(request.body) : QVariant();
    if (role == KeptBodySizeRole)
        return request.keptBodySize;
    if (role == Qt::ToolTipRole && index.column() == BodyColumn && request.hasKeptBody())
        return tr("Kept body (%1, as received):\n%2")
            .arg(QLocale().formattedDataSize(request.keptBodySize), readableBytes(request.body, 2000));
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
    case BodyColumn:
        return request.hasKeptBody() ? readableBytes(request.body, 120) : QString();
    default:
        return {};
    }
}

QString EventRejectedModel::readableBytes(const QByteArray& bytes, int maxChars)
{
    QString out;
    auto appendEscaped = [&out](unsigned char byte) { out += u"\\x%1"_s.arg(byte, 2, 16, QChar(u'0')); };
    QByteArrayView rest(bytes);
    while (!rest.isEmpty() && out.size() < maxChars) {
        const qsizetype bad = Utf8::firstInvalidByte(rest);
        const QString valid = QString::fromUtf8(rest.first(bad < 0 ? rest.size() : bad));
        for (const QChar c : valid) {
            if (c == u'\n')
                out += u"\\n"_s;
            else if (c == u'\r')
                out += u"\\r"_s;
            else if (c == u'\t')
                out += u"\\t"_s;
            else if (c.unicode() < 0x20)
                appendEscaped(static_cast<unsigned char>(c.unicode()));
            else
                out += c;
        }
        if (bad < 0)
            break;
        appendEscaped(static_cast<unsigned char>(rest.at(bad)));
        rest = rest.sliced(bad + 1);
    }
    if (out.size() > maxChars)
        out.truncate(maxChars);
    return out;
}

QString EventRejectedModel::retentionNotice() const
{
    const RejectedRetention retention = m_store ? m_store->rejectedRetention() : RejectedRetention {};
    return tr("Only the newest %1 refused requests are kept, and of the bodies kept with them at most %2 "
              "together; older ones are dropped first.")
        .arg(QLocale().toString(retention.rows), QLocale().formattedDataSize(retention.bodyBytes));
}

QVariant EventRejectedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == BodyColumn)
        return retentionNotice();
    if (orientation == Qt::Horizontal && role == ColumnPriority::Role)
        return section == ArrivalColumn || section == ReasonColumn ? ColumnPriority::Essential : ColumnPriority::Medium;
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
    case BodyColumn:
        return tr("Kept body");
    default:
        return {};
    }
}
