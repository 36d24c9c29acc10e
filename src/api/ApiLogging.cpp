#include "api/ApiLogging.h"

// Warnings only by default: the command line prints ApiError's sentence itself, and request traces would clutter
// its stderr. QT_LOGGING_RULES="vainu.api.debug=true" shows every request (method, path, status, attempt).
Q_LOGGING_CATEGORY(lcApi, "vainu.api", QtWarningMsg)
