#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class ReceiverService;
class ReceiverSubscription;

// "Subscribe this receiver": asks for the public URL that reaches the receiver (nothing to ask for
// the Sandbox profile, whose deliveries are local), then creates the webhook with a fresh secret in
// its query and keeps the secret in the keychain. Stays open with the error when a step fails.
class SubscribeReceiverDialog : public QDialog
{
    Q_OBJECT
public:
    SubscribeReceiverDialog(ReceiverService* service, ReceiverSubscription* subscription, QWidget* parent = nullptr);

    QLineEdit* urlEdit() const { return m_url; }
    QString errorText() const;

public slots:
    void accept() override;

private:
    void updatePreview();

    ReceiverService* m_service;
    ReceiverSubscription* m_subscription;
    QLabel* m_intro;
    QLineEdit* m_url;
    QLabel* m_preview;
    QCheckBox* m_removeOthers;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
