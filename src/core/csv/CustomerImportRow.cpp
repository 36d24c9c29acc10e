#include "core/csv/CustomerImportRow.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString CustomerImportRow::errorText() const
{
    QStringList parts;
    for (auto it = errors.cbegin(); it != errors.cend(); ++it) {
        if (it.key() == CustomerField::Ignore)
            parts.append(it.value());
        else
            parts.append(CustomerFields::label(it.key()) + u": "_s + it.value());
    }
    return parts.join(u"; "_s);
}
