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

// An event's data before its change, as SQL over a row of `events`: its own copy (before version 5) or the data
// of the event it was compared with. NULL for a company's first event.
inline constexpr char beforeDataColumn[]
    = "coalesce(before_data, (SELECT b.data FROM events AS b WHERE b.id = events.before_event))";
// True when the event had a state before it (not the company's first), as a SQL condition on `events`.
inline constexpr char hasBeforeCondition[] = "(before_data IS NOT NULL OR before_event IS NOT NULL)";
} // namespace Schema
