#include "models/WebhookTableModel.h"

#include "models/ColumnPriority.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

WebhookTableModel::WebhookTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int WebhookTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_webhooks.size());
}

int WebhookTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WebhookTableModel::typeDisplayName(const QString& type)
{
    if (type == Webhook::companyChangeType())
        return tr("Company change");
    return type;
}

QString WebhookTableModel::maskedQuery(const QString& query)
{
    static const QRegularExpression secretName(u"secret|token|key|pass|auth|sig"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const bool question = query.startsWith(u'?');
    QStringList parts = (question ? query.mid(1) : query).split(u'&');
    for (QString& part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals > 0 && equals + 1 < part.size() && secretName.match(part.left(equals)).hasMatch())
            part = part.left(equals + 1) + u"••••••••"_s;
    }
    return (question ? u"?"_s : QString()) + parts.join(u'&');
}

void WebhookTableModel::setSecretsShown(bool shown)
{
    if (shown == m_secretsShown)
        return;
    m_secretsShown = shown;
    if (!m_webhooks.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString WebhookTableModel::shownQuery(const Webhook& webhook) const
{
    return m_secretsShown ? webhook.query : maskedQuery(webhook.query);
}

QString WebhookTableModel::shownDeliveryUrl(const Webhook& webhook) const
{
    const QString url = webhook.deliveryUrl().toString(QUrl::PrettyDecoded);
    const qsizetype question = url.indexOf(u'?');
    if (m_secretsShown || question < 0)
        return url;
    return url.left(question) + maskedQuery(url.mid(question));
}

QString WebhookTableModel::displayText(const Webhook& webhook, int column) const
{
    switch (column) {
    case UrlColumn:
        return webhook.webhookUrl;
    case QueryColumn:
        return shownQuery(webhook);
    case TypeColumn:
        return typeDisplayName(webhook.type);
    case IdColumn:
        return webhook.id;
    case OwnerColumn:
        return webhook.username;
    default:
        return {};
    }
}

QVariant WebhookTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Webhook& webhook = m_webhooks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return displayText(webhook, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case UrlColumn:
            return tr("Vainu posts company changes to:\n%1").arg(shownDeliveryUrl(webhook));
        case QueryColumn: {
            QString tip = tr("Vainu posts company changes to:\n%1").arg(shownDeliveryUrl(webhook));
            if (!m_secretsShown)
                tip += u"\n"_s + tr("Secrets are masked: choose \"Show secrets\" in the context menu to see them.");
            return tip;
        }
        case TypeColumn:
            return webhook.type;
        default:
            return displayText(webhook, index.column());
        }
    case Qt::AccessibleTextRole:
        return displayText(webhook, index.column());
    case WebhookIdRole:
        return webhook.id;
    case WebhookUrlRole:
        return webhook.webhookUrl;
    case DeliveryUrlRole:
        return webhook.deliveryUrl().toString(QUrl::FullyEncoded);
    default:
        return {};
    }
}

QVariant WebhookTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == ColumnPriority::Role)
        return section == UrlColumn ? ColumnPriority::Essential : ColumnPriority::Medium;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrlColumn:
        return tr("URL");
    case QueryColumn:
        return tr("Query");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("ID");
    case OwnerColumn:
        return tr("Owner");
    default:
        return {};
    }
}

void WebhookTableModel::setWebhooks(const QList<Webhook>& webhooks)
{
    beginResetModel();
    m_webhooks = webhooks;
    endResetModel();
}

Webhook WebhookTableModel::webhookAt(int row) const
{
    return m_webhooks.value(row);
}

int WebhookTableModel::rowOfId(const QString& id) const
{
    for (qsizetype row = 0; row < m_webhooks.size(); ++row) {
        if (m_webhooks.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

void WebhookTableModel::removeById(const QString& id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_webhooks.removeAt(row);
    endRemoveRows();
}
