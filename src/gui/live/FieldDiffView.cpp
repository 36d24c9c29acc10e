#include "gui/live/FieldDiffView.h"

#include "core/CompanyChange.h"
#include "core/FieldChange.h"
#include "gui/common/StatusPalette.h"

#include <QHeaderView>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {
QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 15);
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
    }
}
} // namespace

FieldDiffView::FieldDiffView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(u"fieldDiffView"_s);
    setAccessibleName(tr("Changed fields"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    // Before and after share the width: a fixed "before" column pushed the new values out of
    // sight in a narrow detail pane.
    header()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(BeforeColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(AfterColumn, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
}

void FieldDiffView::showDiff(const QJsonObject& before, const QJsonObject& after, bool beforeKnown)
{
    clear();
    const QList<FieldChange> changes = beforeKnown ? diffCompanyData(before, after) : QList<FieldChange>();
    QStringList changed;
    for (const FieldChange& change : changes)
        changed.append(change.field);
    QStringList order = changed;
    for (const QString& field : CompanyChange::basicFields()) {
        if (!order.contains(field) && after.contains(field))
            order.append(field);
    }
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    // The warning colours of the palette: a changed row stands out in light and dark themes alike.
    const QColor changedBackground = StatusPalette::background(StatusPalette::Status::Warning, palette());
    const QColor changedText = palette().color(QPalette::Text);
    for (const QString& field : std::as_const(order)) {
        const bool isChanged = changed.contains(field);
        auto* item = new QTreeWidgetItem(this);
        item->setText(FieldColumn, isChanged ? u"● "_s + field : field);
        item->setData(FieldColumn, ChangedRole, isChanged);
        item->setData(FieldColumn, Qt::AccessibleTextRole, isChanged ? tr("%1, changed").arg(field) : field);
        item->setText(BeforeColumn,
                      !beforeKnown ? tr("(not known)")
                                   : (before.contains(field) ? valueText(before.value(field)) : tr("(absent)")));
        item->setText(AfterColumn, valueText(after.value(field)));
        if (isChanged) {
            QFont bold = font();
            bold.setBold(true);
            for (int column = 0; column < 3; ++column) {
                item->setBackground(column, changedBackground);
                item->setForeground(column, changedText);
            }
            item->setFont(FieldColumn, bold);
            item->setFont(AfterColumn, bold);
            QFont struck = font();
            struck.setStrikeOut(true);
            item->setFont(BeforeColumn, struck);
        } else if (!beforeKnown) {
            item->setForeground(BeforeColumn, palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
}

QStringList FieldDiffView::highlightedFields() const
{
    QStringList fields;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = topLevelItem(i);
        if (item->data(FieldColumn, ChangedRole).toBool())
            fields.append(item->text(FieldColumn).mid(2));
    }
    return fields;
}
