#include "core/FieldChange.h"

#include "core/CompanyChange.h"

#include <algorithm>

namespace {
bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    // Integers and doubles are both "Double" to QJsonValue; compare numbers by value.
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble() && a.toInteger() == b.toInteger();
    return a == b;
}
} // namespace

QList<FieldChange> diffCompanyData(const QJsonObject& before, const QJsonObject& after)
{
    const QStringList basic = CompanyChange::basicFields();
    QStringList order;
    for (const QString& field : basic) {
        if (after.contains(field))
            order.append(field);
    }
    QStringList others;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        if (!basic.contains(it.key()))
            others.append(it.key());
    }
    std::sort(others.begin(), others.end());
    order += others;

    QList<FieldChange> changes;
    for (const QString& field : std::as_const(order)) {
        const QJsonValue was = before.value(field);
        const QJsonValue now = after.value(field);
        if (!was.isUndefined() && sameValue(was, now))
            continue;
        changes.append(FieldChange {field, was, now});
    }
    return changes;
}
