#pragma once

#include "store/StoreOptions.h"

#include <QSqlDatabase>
#include <QString>

// Opens SQLite connections to the event database with the right pragmas. A connection belongs to
// the thread that opened it; the writer and every reading thread have their own.
namespace StoreDatabase {
enum class Mode
{
    Writer,
    Reader
};
// On failure *error is set and the returned database is not open.
QSqlDatabase open(const QString& connectionName, const QString& path, Mode mode, const StoreOptions& options,
                  QString* error);
} // namespace StoreDatabase
