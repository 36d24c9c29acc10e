#include "store/WalCheckpointer.h"

#include "store/SqliteConnection.h"

#include <QLoggingCategory>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCheckpointer, "vainu.store.checkpointer")

WalCheckpointer::WalCheckpointer(StoreOptions options, QString databasePath, QObject* parent)
    : QThread(parent)
    , m_options(std::move(options))
    , m_databasePath(std::move(databasePath))
{
    setObjectName(u"WalCheckpointer"_s);
}

WalCheckpointer::~WalCheckpointer()
{
    stop();
    wait();
}

void WalCheckpointer::request()
{
    QMutexLocker locker(&m_mutex);
    m_requested = true;
    m_wake.wakeOne();
}

void WalCheckpointer::stop()
{
    QMutexLocker locker(&m_mutex);
    m_stopping = true;
    m_wake.wakeOne();
}

void WalCheckpointer::run()
{
    SqliteConnection connection;
    QString error;
    if (!connection.open(m_databasePath, m_options, &error)) {
        // Not fatal: the writer's own checkpoints keep the WAL bounded.
        qCWarning(lcCheckpointer) << "no background checkpoints:" << error;
        return;
    }
    for (;;) {
        {
            QMutexLocker locker(&m_mutex);
            while (!m_requested && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            m_requested = false;
        }
        // PASSIVE: never blocks the writer, which keeps appending to the WAL meanwhile; copies
        // what no reader still needs.
        const int result
            = sqlite3_wal_checkpoint_v2(connection.handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (result != SQLITE_OK && result != SQLITE_BUSY)
            qCWarning(lcCheckpointer) << "checkpoint failed:" << sqlite3_errmsg(connection.handle());
    }
}
