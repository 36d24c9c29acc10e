#include "forward/ForwardSchedule.h"

#include <QtMath>

qint64 ForwardSchedule::delayAfter(int tries, double random) const
{
    double delay = double(firstDelayMs) * qPow(factor, qMax(0, tries - 1));
    delay = qMin(delay, double(maxDelayMs));
    delay *= 1.0 + jitter * (2.0 * random - 1.0);
    return qMax<qint64>(1, qRound64(delay));
}

ForwardSchedule ForwardSchedule::fast()
{
    ForwardSchedule schedule;
    schedule.maxTries = 5;
    schedule.firstDelayMs = 10;
    schedule.maxDelayMs = 200;
    return schedule;
}
