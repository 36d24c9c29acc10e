#pragma once

#include <QLoggingCategory>

// Requests are logged by method, path and status. The API key is never logged.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
