#pragma once

#include "session/TunnelDetector.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QLineEdit;
class ReceiverService;
class ReceiverSubscription;

namespace Ui {
class SubscribeReceiverDialog;
}

// "Subscribe this receiver": asks for the public URL that reaches the receiver (nothing to ask for
// the Sandbox profile, whose deliveries are local), then creates the webhook with a fresh secret in
// its query and keeps the secret in the keychain. Stays open with the error when a step fails. For a Vainu
// profile it looks for a tunnel to the receiver's port (ngrok, cloudflared) and offers its address in one
// click, offers to start one when a tunnel program is installed, or says where to get one.
// The layout is ui/SubscribeReceiverDialog.ui.
class SubscribeReceiverDialog : public QDialog
{
    Q_OBJECT
public:
    SubscribeReceiverDialog(ReceiverService* service, ReceiverSubscription* subscription, QWidget* parent = nullptr);
    ~SubscribeReceiverDialog() override;

    QLineEdit* urlEdit() const;
    QString errorText() const;
    QString tunnelText() const; // what the dialog says about tunnels
    // Looks for a tunnel to the receiver's port again (done once when the dialog opens).
    void findTunnel();

public slots:
    void accept() override;

private:
    void updatePreview();
    void showDetected(const TunnelDetector::Result& result);
    void offerTunnel(const QUrl& tunnelUrl, const QString& sentence);
    void startTunnel();

    std::unique_ptr<Ui::SubscribeReceiverDialog> m_ui;
    ReceiverService* m_service;
    ReceiverSubscription* m_subscription;
    QUrl m_offeredUrl; // the tunnel's public URL with the receiver's path, for "Use …"
};
