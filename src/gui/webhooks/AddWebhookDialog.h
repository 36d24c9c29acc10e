#pragma once

#include "core/ApiError.h"
#include "core/Webhook.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class CreateWebhookCall;
class QLabel;
class VainuClient;

namespace Ui {
class AddWebhookDialog;
}

// Asks for a webhook's address, query parameters and type, checks them as the user types, and
// creates the webhook. The dialog stays open until Vainu accepts it; Vainu's objections appear next
// to the field they name.
class AddWebhookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddWebhookDialog(VainuClient* client, QWidget* parent = nullptr);
    ~AddWebhookDialog() override;

    // What OK would send.
    Webhook webhook() const;
    QString query() const;
    void addParameter(const QString& name, const QString& value);
    void generateSecret();
    // Puts each of Vainu's objections next to its field; the rest below the form.
    void showServerError(const ApiError& error);

    void accept() override;
    void reject() override;

signals:
    // recovered: Vainu's answer was lost, and the webhook was found in the list afterwards.
    void webhookCreated(const Webhook& webhook, bool recovered);

private:
    enum class Severity
    {
        Info,
        Warning,
        Error
    };
    static void setMessage(QLabel* label, Severity severity, const QString& text);

    void validate();
    void queryEdited();
    void clearServerErrors();
    void setBusy(bool busy);
    void removeSelectedParameter();

    std::unique_ptr<Ui::AddWebhookDialog> m_ui;
    VainuClient* m_client;
    QPointer<CreateWebhookCall> m_call;
    bool m_urlValid = false;
};
