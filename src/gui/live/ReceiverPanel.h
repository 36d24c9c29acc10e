#pragma once

#include "store/StoreCounters.h"

#include <QGroupBox>

#include <memory>

class CatchUpService;
class Sparkline;
class ReceiverCheck;
struct ReceiverCheckResult;
class ReceiverService;
struct CatchUpResult;

namespace Ui {
class ReceiverPanel;
}

// The receiver's status at the top of the Live events page: the URL to give Vainu (copyable),
// address, port, path, whether a secret is set, Start/Stop, the last start error, the counters, and a
// sparkline of the events received per minute over the last hour.
// The layout is ui/ReceiverPanel.ui.
class ReceiverPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReceiverPanel(QWidget* parent = nullptr);
    ~ReceiverPanel() override;

    void setService(ReceiverService* service);
    void setCatchUpService(CatchUpService* service);
    void setCounters(const StoreCounters& counters);
    void refresh();

    QString urlText() const;
    QString stateText() const;
    QString errorText() const;
    QString catchUpText() const;
    QString nextStepText() const; // empty when hidden
    QString checkText() const; // the outcome of "Test the public URL"
    Sparkline* rateSparkline() const; // events received per minute over the last hour

signals:
    void subscribeRequested();
    void settingsRequested(); // "Set the public URL…"

private:
    void refreshCatchUp();
    void refreshNextStep();
    void showCatchUpProgress(qint64 done, qint64 total);
    void testPublicUrl();
    void showCheckResult(const ReceiverCheckResult& result);
    void followStore(); // the sparkline: seeded from the store's last hour, then fed by its new events

    std::unique_ptr<Ui::ReceiverPanel> m_ui;
    ReceiverService* m_service = nullptr;
    CatchUpService* m_catchUp = nullptr;
    ReceiverCheck* m_check;
    quint64 m_seedGeneration = 0;
    qint64 m_seededUpTo = 0; // the events counted by the seed; newer ones are counted as they come
    QMetaObject::Connection m_storeConnection; // the followed store's new events
};
