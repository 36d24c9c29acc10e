#pragma once

#include <QJsonObject>
#include <QTreeWidget>

// Before and after of a company's fields for one event: every field of the delivery, the changed
// ones first, highlighted and marked, with the earlier value when the company was known before.
class FieldDiffView : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        FieldColumn,
        BeforeColumn,
        AfterColumn
    };
    static constexpr int ChangedRole = Qt::UserRole + 1; // bool, on the field column's item

    explicit FieldDiffView(QWidget* parent = nullptr);

    void showDiff(const QJsonObject& before, const QJsonObject& after, bool beforeKnown);
    QStringList highlightedFields() const;
};
