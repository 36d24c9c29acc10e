#include "store/CatchUpChanges.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

bool CatchUpChanges::open(QString* error)
{
    m_file = std::make_unique<QTemporaryFile>(QDir::temp().filePath(u"vainu-webhooks-catch-up-XXXXXX.jsonl"_s));
    m_count = 0;
    if (!m_file->open()) {
        *error = tr("Cannot create a temporary file in \"%1\": %2. Free some disk space and try again.")
                     .arg(QDir::toNativeSeparators(QDir::tempPath()), m_file->errorString());
        m_file.reset();
        return false;
    }
    return true;
}

bool CatchUpChanges::append(const CatchUpChange& change, QString* error)
{
    const QJsonObject line {{u"company_key"_s, change.companyKey},
                            {u"unique_id"_s, change.uniqueId},
                            {u"snapshot_event_id"_s, change.snapshotEventId},
                            {u"data"_s, change.data}};
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (!m_file || m_file->write(bytes) != bytes.size()) {
        *error = tr("Cannot write the changes found to a temporary file: %1. Free some disk space and try again.")
                     .arg(m_file ? m_file->errorString() : tr("it is not open"));
        return false;
    }
    ++m_count;
    return true;
}

bool CatchUpChanges::finish(QString* error)
{
    if (m_file && m_file->flush())
        return true;
    *error = tr("Cannot write the changes found to a temporary file: %1. Free some disk space and try again.")
                 .arg(m_file ? m_file->errorString() : tr("it is not open"));
    return false;
}

QString CatchUpChanges::fileName() const
{
    return m_file ? m_file->fileName() : QString();
}

bool CatchUpChanges::read(const QString& fileName, const std::function<bool(const CatchUpChange&)>& visit,
                          QString* error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the changes found from \"%1\": %2.").arg(fileName, file.errorString());
        return false;
    }
    while (!file.atEnd()) {
        const QByteArray bytes = file.readLine();
        if (bytes.trimmed().isEmpty())
            continue;
        const QJsonObject line = QJsonDocument::fromJson(bytes).object();
        CatchUpChange change;
        change.companyKey = line.value(u"company_key"_s).toString();
        change.uniqueId = line.value(u"unique_id"_s).toString();
        change.snapshotEventId = line.value(u"snapshot_event_id"_s).toInteger();
        change.data = line.value(u"data"_s).toObject();
        if (change.companyKey.isEmpty()) {
            *error = tr("The file of changes found, \"%1\", is damaged.").arg(fileName);
            return false;
        }
        if (!visit(change))
            break;
    }
    return true;
}
