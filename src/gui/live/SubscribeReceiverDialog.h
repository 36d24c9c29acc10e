#pragma once

#include <QDialog>

#include <memory>

class QLineEdit;
class ReceiverService;
class ReceiverSubscription;

namespace Ui {
class SubscribeReceiverDialog;
}

// "Subscribe this receiver": asks for the public URL that reaches the receiver (nothing to ask for
// the Sandbox profile, whose deliveries are local), then creates the webhook with a fresh secret in
// its query and keeps the secret in the keychain. Stays open with the error when a step fails.
// The layout is ui/SubscribeReceiverDialog.ui.
class SubscribeReceiverDialog : public QDialog
{
    Q_OBJECT
public:
    SubscribeReceiverDialog(ReceiverService* service, ReceiverSubscription* subscription, QWidget* parent = nullptr);
    ~SubscribeReceiverDialog() override;

    QLineEdit* urlEdit() const;
    QString errorText() const;

public slots:
    void accept() override;

private:
    void updatePreview();

    std::unique_ptr<Ui::SubscribeReceiverDialog> m_ui;
    ReceiverService* m_service;
    ReceiverSubscription* m_subscription;
};
