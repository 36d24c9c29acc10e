#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class SubscriptionWarning;
}

// The warning above the Live events table when no webhook of the account delivers to the running receiver
// with its current secret, and its one-click fix ("Subscribe this receiver"). Hidden until told what is wrong.
class SubscriptionWarning : public QFrame
{
    Q_OBJECT
public:
    explicit SubscriptionWarning(QWidget* parent = nullptr);
    ~SubscriptionWarning() override;

    // No webhook points at `receiverUrl`; or `webhooks` point at it, but none with the current secret.
    void showNoWebhook(const QString& receiverUrl);
    void showWrongSecret(int webhooks);
    // The tunnel to the receiver restarted with another address than the one Vainu delivers to.
    void showTunnelMoved(const QString& tunnelUrl, const QString& subscribedUrl);
    bool isTunnelMoved() const { return m_tunnelMoved; }
    QString text() const;

signals:
    void fixRequested();

private:
    void setFixText(bool tunnelMoved);

    std::unique_ptr<Ui::SubscriptionWarning> m_ui;
    bool m_tunnelMoved = false;
};
