#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTemporaryFile>

#include <functional>
#include <memory>

// One difference that catching up found between a company's snapshot and Get Companies.
struct CatchUpChange
{
    QString companyKey; // the business id
    QString uniqueId; // the customer data record of the snapshot's event
    qint64 snapshotEventId = 0; // the snapshot compared with: recorded only if it is still the company's state
    QJsonObject data; // the company's data as a delivery would carry it now
};

// The changes of one catch-up run, written to a temporary file as they are found and recorded together
// at the end (EventStore::recordCatchUp), so a run holds no more than one page in memory and a run that
// fails half-way records nothing. One JSON object per line.
class CatchUpChanges
{
    Q_DECLARE_TR_FUNCTIONS(CatchUpChanges)

public:
    bool open(QString* error);
    bool append(const CatchUpChange& change, QString* error);
    bool finish(QString* error); // everything appended is in the file
    qint64 count() const { return m_count; }
    QString fileName() const;

    // Reads a file written by append(); stops early when visit returns false.
    static bool read(const QString& fileName, const std::function<bool(const CatchUpChange&)>& visit, QString* error);

private:
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_count = 0;
};
