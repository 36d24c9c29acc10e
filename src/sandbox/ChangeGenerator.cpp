#include "sandbox/ChangeGenerator.h"

#include <QTimer>

#include <cmath>

ChangeGenerator::ChangeGenerator(std::function<void()> change, QObject* parent)
    : QObject(parent)
    , m_change(std::move(change))
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ChangeGenerator::tick);
}

bool ChangeGenerator::start(double changesPerSecond)
{
    if (!(changesPerSecond > 0) || changesPerSecond > 10000)
        return false;
    m_rate = changesPerSecond;
    const int intervalMs = changesPerSecond <= 100 ? static_cast<int>(std::lround(1000.0 / changesPerSecond)) : 10;
    m_perTick = changesPerSecond * intervalMs / 1000.0;
    m_carry = 0;
    m_timer->start(intervalMs);
    return true;
}

void ChangeGenerator::stop()
{
    m_timer->stop();
    m_rate = 0;
}

bool ChangeGenerator::isRunning() const
{
    return m_timer->isActive();
}

void ChangeGenerator::tick()
{
    m_carry += m_perTick;
    while (m_carry >= 1.0) {
        m_carry -= 1.0;
        ++m_changesMade;
        m_change();
    }
}
