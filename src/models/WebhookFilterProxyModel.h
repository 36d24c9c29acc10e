#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Sorting and filtering of the webhook table. The filter text is split into words; a row stays when
// every word appears (case-insensitively) in at least one of its columns, so "crm example" finds
// a row whose URL holds "example" and whose query holds "crm".
class WebhookFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WebhookFilterProxyModel(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};
