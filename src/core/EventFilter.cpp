#include "core/EventFilter.h"

bool EventFilter::isEmpty() const
{
    return company.trimmed().isEmpty() && businessId.trimmed().isEmpty() && field.trimmed().isEmpty() && !from.isValid()
        && !to.isValid();
}
