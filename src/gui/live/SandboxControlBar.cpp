#include "gui/live/SandboxControlBar.h"

#include "gui/live/LivePageText.h"
#include "session/ReceiverService.h"
#include "session/SandboxControl.h"
#include "ui_LiveSandboxBar.h"

SandboxControlBar::SandboxControlBar(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SandboxControlBar>())
{
    m_ui->setupUi(this);
    m_ui->simulateChangeButton->setText(LivePageText::tr("Simulate a company &change"));
    m_ui->simulateChangeButton->setToolTip(
        LivePageText::tr("The sandbox changes a random tracked company and delivers the change here"));
    m_ui->streamChangesButton->setText(LivePageText::tr("Stream changes (2/s)"));
    m_ui->sandboxNote->setText(
        LivePageText::tr("Sandbox profile: these buttons make the built-in sandbox send deliveries."));
    hide();
    connect(m_ui->simulateChangeButton, &QPushButton::clicked, this, &SandboxControlBar::simulateChange);
    connect(m_ui->streamChangesButton, &QPushButton::toggled, this, &SandboxControlBar::setStreaming);
}

SandboxControlBar::~SandboxControlBar() = default;

void SandboxControlBar::setService(ReceiverService* service)
{
    if (ReceiverService* old = m_service) {
        disconnect(old, nullptr, this, nullptr);
        if (SandboxControl* control = old->sandboxControl())
            disconnect(control, nullptr, this, nullptr);
    }
    m_service = service;
    if (service) {
        connect(service, &ReceiverService::changed, this, &SandboxControlBar::update);
        connect(service, &QObject::destroyed, this, [this] {
            m_service = nullptr;
            update();
        });
        if (SandboxControl* control = service->sandboxControl())
            connect(control, &SandboxControl::failed, this, &SandboxControlBar::statusMessage);
    }
    update();
}

void SandboxControlBar::update()
{
    const bool available = m_service != nullptr && m_service->isSandbox() && m_service->sandboxControlUrl().isValid();
    setVisible(available);
    if (!available && m_ui->streamChangesButton->isChecked())
        m_ui->streamChangesButton->setChecked(false);
    if (available != m_available) {
        m_available = available;
        emit availabilityChanged(available);
    }
}

void SandboxControlBar::simulateChange()
{
    ReceiverService* service = m_service;
    if (service == nullptr)
        return;
    if (!service->isListening())
        emit statusMessage(LivePageText::tr("The receiver is stopped: start it to see the change arrive."));
    if (SandboxControl* control = service->sandboxControl())
        control->simulateChanges(1);
}

void SandboxControlBar::setStreaming(bool on)
{
    if (m_ui->streamChangesButton->isChecked() != on)
        m_ui->streamChangesButton->setChecked(on); // comes back here through toggled()
    else if (m_service != nullptr)
        m_service->sandboxControl()->setStreaming(on);
}
