#include "core/EventHistory.h"

EventHistory::EventHistory(QObject* parent)
    : QObject(parent)
{ }

EventHistory::~EventHistory() = default;
