#pragma once

#include "api/ApiConnection.h"
#include "session/CatchUpResult.h"

#include <QDateTime>
#include <QObject>

#include <memory>

class CatchUp;
class ReceiverService;

// Catching up for the window: runs session/CatchUp on the active profile's history whenever the
// receiver starts listening after having been stopped (Vainu's retries may have run out meanwhile),
// and on demand ("Catch up now"). It waits for the API connection when the receiver is faster than
// the keychain, and a run in progress is cancelled before the history it reads is replaced.
class CatchUpService : public QObject
{
    Q_OBJECT

public:
    CatchUpService(ReceiverService* receiver, QObject* parent = nullptr);
    ~CatchUpService() override;

    // The active profile's API connection; an empty one (no key yet) means catching up cannot run.
    void setConnection(const ApiConnection& connection);
    bool canRun() const;
    bool isRunning() const { return m_run != nullptr; }
    // False turns off the run when the receiver starts (tests and the settings may).
    void setRunOnReceiverStart(bool enabled) { m_runOnStart = enabled; }

    void start(); // ignored while running or when it cannot run
    void cancel();

    bool hasResult() const { return m_lastFinished.isValid(); }
    CatchUpResult lastResult() const { return m_lastResult; }
    QDateTime lastFinished() const { return m_lastFinished; }

signals:
    void started();
    void progress(qint64 done, qint64 total);
    void finished(const CatchUpResult& result);
    void availabilityChanged(); // canRun() may have changed

private:
    void onReceiverChanged();
    void stopRun();

    ReceiverService* m_receiver;
    ApiConnection m_connection;
    std::unique_ptr<CatchUp> m_run;
    CatchUpResult m_lastResult;
    QDateTime m_lastFinished;
    bool m_wasListening = false;
    bool m_pending = false; // the receiver started before the connection was known
    bool m_runOnStart = true;
};
