#include "store/EventFilterSql.h"

#include "store/Schema.h"
#include "store/SqliteStatement.h"

#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

// LIKE with the user's text taken literally: % and _ are escaped.
QString likePattern(const QString& text)
{
    QString escaped = text.trimmed();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return QString(u"%"_s + escaped + u"%"_s);
}

} // namespace

QString EventFilterSql::condition(const EventFilter& filter, QVariantList* binds)
{
    QStringList parts;
    if (!filter.company.trimmed().isEmpty()) {
        parts << u"company_name LIKE ? ESCAPE '\\'"_s;
        binds->append(likePattern(filter.company));
    }
    if (!filter.businessId.trimmed().isEmpty()) {
        // Without hyphens and spaces on both sides: a customer record's "25578642" is Vainu's "2557864-2".
        QString id = filter.businessId;
        id.remove(u'-').remove(u' ');
        parts << u"replace(replace(business_id, '-', ''), ' ', '') LIKE ? ESCAPE '\\'"_s;
        binds->append(likePattern(id));
    }
    if (!filter.field.trimmed().isEmpty()) {
        // changed_fields is a comma-separated list: match one whole name. The first event of a company
        // lists every field (nothing was known before); it is not a change of any of them.
        parts << QString::fromLatin1(Schema::hasBeforeCondition)
                + u" AND (',' || coalesce(changed_fields, '') || ',') LIKE ? ESCAPE '\\'"_s;
        QString name = filter.field.trimmed();
        name.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        binds->append(QString(u"%,"_s + name + u",%"_s));
    }
    if (filter.from.isValid()) {
        parts << u"first_arrival >= ?"_s;
        binds->append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        parts << u"first_arrival < ?"_s;
        binds->append(filter.to.toMSecsSinceEpoch());
    }
    return parts.isEmpty() ? u"1"_s : parts.join(u" AND "_s);
}

int EventFilterSql::bind(SqliteStatement& statement, int first, const QVariantList& binds)
{
    for (const QVariant& value : binds) {
        if (value.typeId() == QMetaType::QString)
            statement.bindText(first++, value.toString());
        else
            statement.bind(first++, value.toLongLong());
    }
    return first;
}
