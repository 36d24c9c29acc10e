#include "session/EventFileExport.h"

#include "store/EventStore.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype idsPerRead = 500; // bounds the memory one read holds, whatever the export's size
} // namespace

EventFileExport::Result EventFileExport::write(const EventStore& store, const QList<qint64>& ids, const QString& path,
                                               EventExport::Format format, bool includeTests)
{
    Result result;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    file.write(EventExport::header(format));
    for (qsizetype i = 0; i < ids.size(); i += idsPerRead) {
        for (const StoredEvent& event : store.eventsByIds(ids.mid(i, idsPerRead))) {
            if (event.origin == DeliveryOrigin::Test && !includeTests)
                continue;
            file.write(EventExport::line(format, event));
            ++result.count;
        }
    }
    if (!file.commit()) {
        result.count = 0;
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    return result;
}

EventExport::Format EventFileExport::formatForPath(const QString& path)
{
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? EventExport::Format::Csv : EventExport::Format::JsonLines;
}
