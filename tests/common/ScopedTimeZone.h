#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

// Sets the process's local time zone (a POSIX TZ string, so no time zone database is needed) for as long as it
// lives, then puts the one before back. SQLite's 'localtime' and Qt::LocalTime both follow it: they ask the C
// library, which reads TZ again at tzset().
class ScopedTimeZone
{
public:
    explicit ScopedTimeZone(const QByteArray& zone)
        : m_previous(qgetenv("TZ"))
    {
        apply(zone);
    }
    ~ScopedTimeZone() { apply(m_previous); }
    ScopedTimeZone(const ScopedTimeZone&) = delete;
    ScopedTimeZone& operator=(const ScopedTimeZone&) = delete;

private:
    static void apply(const QByteArray& zone)
    {
        if (zone.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", zone);
#ifdef Q_OS_WIN
        _tzset();
#else
        tzset();
#endif
    }

    QByteArray m_previous;
};
