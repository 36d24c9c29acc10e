#pragma once

#include <QObject>

#include <functional>

class QTimer;

// Calls `change` N times per second until stopped. Rates above 100/s run several changes per tick
// of 10 ms, so the sandbox's thread is not woken thousands of times a second.
class ChangeGenerator : public QObject
{
    Q_OBJECT

public:
    explicit ChangeGenerator(std::function<void()> change, QObject* parent = nullptr);

    bool start(double changesPerSecond); // false for a rate outside 0 < rate <= 10000
    void stop();
    bool isRunning() const;
    double rate() const { return m_rate; }
    qint64 changesMade() const { return m_changesMade; }

private:
    void tick();

    std::function<void()> m_change;
    QTimer* m_timer;
    double m_rate = 0;
    double m_perTick = 0;
    double m_carry = 0;
    qint64 m_changesMade = 0;
};
