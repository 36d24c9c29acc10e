#pragma once

#include "core/Webhook.h"

#include <QAbstractTableModel>
#include <QList>

// The account's webhook configurations as a flat table. The model only holds what the server last
// answered; sorting and filtering live in WebhookFilterProxyModel.
class WebhookTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UrlColumn,
        QueryColumn,
        TypeColumn,
        IdColumn,
        OwnerColumn,
        ColumnCount
    };
    enum Role
    {
        WebhookIdRole = Qt::UserRole + 1, // the webhook's id, whatever the column
        WebhookUrlRole, // webhook_url, whatever the column
        DeliveryUrlRole, // the address Vainu posts to: webhook_url + query
        SortRole, // the raw value the column sorts by
    };
    Q_ENUM(Column)

    explicit WebhookTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setWebhooks(const QList<Webhook>& webhooks);
    const QList<Webhook>& webhooks() const { return m_webhooks; }
    Webhook webhookAt(int row) const;
    int rowOfId(const QString& id) const; // -1 when absent
    void removeById(const QString& id);

    // Secrets in the Query column and its tooltip: masked ("secret=••••••••") unless shown on demand.
    void setSecretsShown(bool shown);
    bool secretsShown() const { return m_secretsShown; }
    // The query with the value of every parameter that looks like a secret (secret, token, key, password,
    // auth, signature) replaced by bullets: "?secret=abc&crm=x" -> "?secret=••••••••&crm=x".
    static QString maskedQuery(const QString& query);

    // A readable name for a webhook type; unknown types are shown as the server sent them.
    static QString typeDisplayName(const QString& type);

private:
    QString displayText(const Webhook& webhook, int column) const;

    QString shownQuery(const Webhook& webhook) const;
    QString shownDeliveryUrl(const Webhook& webhook) const;

    QList<Webhook> m_webhooks;
    bool m_secretsShown = false;
};
