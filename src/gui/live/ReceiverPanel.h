#pragma once

#include "store/StoreCounters.h"

#include <QGroupBox>

#include <memory>

class ReceiverService;

namespace Ui {
class ReceiverPanel;
}

// The receiver's status at the top of the Live events page: the URL to give Vainu (copyable),
// address, port, path, whether a secret is set, Start/Stop, the last start error, and the counters.
// The layout is ui/ReceiverPanel.ui.
class ReceiverPanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit ReceiverPanel(QWidget* parent = nullptr);
    ~ReceiverPanel() override;

    void setService(ReceiverService* service);
    void setCounters(const StoreCounters& counters);
    void refresh();

    QString urlText() const;
    QString stateText() const;
    QString errorText() const;

signals:
    void subscribeRequested();

private:
    std::unique_ptr<Ui::ReceiverPanel> m_ui;
    ReceiverService* m_service = nullptr;
};
