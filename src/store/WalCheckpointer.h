#pragma once

#include "store/StoreOptions.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

// Copies the write-ahead log into the database file on a thread and connection of its own, so
// the writer's COMMITs do not wait while thousands of pages are copied and the database file is
// fsynced. The writer asks for a checkpoint when its WAL grows (EventWriter's WAL hook); it still
// checkpoints itself past a higher mark, which is then quick because little is left to copy, and
// lets SQLite start the WAL over from the beginning.
class WalCheckpointer : public QThread
{
    Q_OBJECT

public:
    WalCheckpointer(StoreOptions options, QString databasePath, QObject* parent = nullptr);
    ~WalCheckpointer() override; // stops and waits

    void request(); // thread-safe and cheap; requests made while one runs are merged
    void stop();

protected:
    void run() override;

private:
    StoreOptions m_options;
    QString m_databasePath;
    QMutex m_mutex;
    QWaitCondition m_wake;
    bool m_requested = false;
    bool m_stopping = false;
};
