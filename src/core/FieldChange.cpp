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
    // Both objects iterate in key order, so one merge walk finds each field's earlier value: the
    // store runs this for every delivery, and a lookup per field cost several times as much.
    struct Ranked
    {
        qsizetype rank; // position among the basic fields; the others after them, by name
        FieldChange change;
    };
    const QStringList& basic = CompanyChange::basicFields();
    QList<Ranked> ranked;
    auto was = before.constBegin();
    QString wasKey = was != before.constEnd() ? was.key() : QString();
    for (auto now = after.constBegin(); now != after.constEnd(); ++now) {
        const QString key = now.key();
        while (was != before.constEnd() && wasKey < key) {
            ++was;
            wasKey = was != before.constEnd() ? was.key() : QString();
        }
        const bool known = was != before.constEnd() && wasKey == key;
        const QJsonValue earlier = known ? was.value() : QJsonValue(QJsonValue::Undefined);
        const QJsonValue current = now.value();
        if (known && sameValue(earlier, current))
            continue;
        const qsizetype rank = basic.indexOf(key);
        ranked.append({rank < 0 ? basic.size() : rank, FieldChange {key, earlier, current}});
    }
    // Stable: fields that are not basic share a rank and keep their order by name.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) { return a.rank < b.rank; });
    QList<FieldChange> changes;
    changes.reserve(ranked.size());
    for (Ranked& entry : ranked)
        changes.append(std::move(entry.change));
    return changes;
}
