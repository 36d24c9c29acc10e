#pragma once

#include "core/CustomerRecord.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Why one item of a batch create was refused (docs/api-choices.md: "errors" of a 400 batch answer).
struct BatchItemError
{
    int index = -1;
    QString uniqueId;
    QMap<QString, QStringList> fieldErrors;
};

// A batch create is not atomic: every valid item is stored. stored has one entry per input item, in input
// order, empty where the item was refused; errors says why.
struct BatchCreateResult
{
    QList<std::optional<CustomerRecord>> stored;
    QList<BatchItemError> errors;
    QString detail; // the server's summary, e.g. "2 of 10 objects were not stored."

    bool allStored() const { return errors.isEmpty(); }
};
