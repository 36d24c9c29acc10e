#pragma once

#include <QString>

class SqliteConnection;

// The store's schema, versioned with PRAGMA user_version. Each migration step moves the database
// from version N to N + 1 inside one transaction; a database newer than this build is refused.
namespace Schema {
int currentVersion();
// Brings the database up to targetVersion (the current one unless a test wants an older one).
// On failure returns false and says why in *error.
bool migrate(SqliteConnection& db, QString* error, int targetVersion = currentVersion());
// Builds the indexes that only make reads faster, where missing (seconds on a long history the first time).
bool ensureReadIndexes(SqliteConnection& db, QString* error);
} // namespace Schema
