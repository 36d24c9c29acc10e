#include "store/EventFilter.h"

#include <QStringList>

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

bool EventFilter::isEmpty() const
{
    return company.trimmed().isEmpty() && businessId.trimmed().isEmpty() && field.trimmed().isEmpty() && !from.isValid()
        && !to.isValid();
}

QString EventFilter::sqlCondition(QVariantList* binds) const
{
    QStringList parts;
    if (!company.trimmed().isEmpty()) {
        parts << u"company_name LIKE ? ESCAPE '\\'"_s;
        binds->append(likePattern(company));
    }
    if (!businessId.trimmed().isEmpty()) {
        parts << u"business_id LIKE ? ESCAPE '\\'"_s;
        binds->append(likePattern(businessId));
    }
    if (!field.trimmed().isEmpty()) {
        // changed_fields is a comma-separated list: match one whole name. The first event of a company
        // lists every field (nothing was known before); it is not a change of any of them.
        parts << u"before_data IS NOT NULL AND (',' || coalesce(changed_fields, '') || ',') LIKE ? ESCAPE '\\'"_s;
        QString name = field.trimmed();
        name.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        binds->append(QString(u"%,"_s + name + u",%"_s));
    }
    if (from.isValid()) {
        parts << u"first_arrival >= ?"_s;
        binds->append(from.toMSecsSinceEpoch());
    }
    if (to.isValid()) {
        parts << u"first_arrival < ?"_s;
        binds->append(to.toMSecsSinceEpoch());
    }
    return parts.isEmpty() ? u"1"_s : parts.join(u" AND "_s);
}
