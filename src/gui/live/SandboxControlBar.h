#pragma once

#include <QWidget>

#include <memory>

class ReceiverService;

namespace Ui {
class SandboxControlBar;
}

// For the Sandbox profile, the buttons that make the built-in sandbox send deliveries to the receiver:
// one company change, or a steady stream of them (through ReceiverService::sandboxControl()). Shown only
// while the service's profile is the Sandbox and its sandbox runs.
class SandboxControlBar : public QWidget
{
    Q_OBJECT
public:
    explicit SandboxControlBar(QWidget* parent = nullptr);
    ~SandboxControlBar() override;

    void setService(ReceiverService* service);
    bool isAvailable() const { return m_available; }

public slots:
    void simulateChange();
    void setStreaming(bool on);

signals:
    void availabilityChanged(bool available);
    void statusMessage(const QString& message);

private:
    void update();

    std::unique_ptr<Ui::SandboxControlBar> m_ui;
    ReceiverService* m_service = nullptr; // cleared when it is destroyed
    bool m_available = false;
};
