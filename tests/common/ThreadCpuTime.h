#pragma once

#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <ctime>
#endif

// CPU time the calling thread has used, in nanoseconds (the benchmarks under tests/bench). On a shared, loaded
// machine a gap in the event loop is mostly time the thread was not scheduled; the CPU time used within the gap
// is the part the code is to blame for. QElapsedTimer measures wall time only, so each system's own thread
// clock is read: clock_gettime(CLOCK_THREAD_CPUTIME_ID) on Linux and macOS, GetThreadTimes on Windows.
inline qint64 threadCpuNanoseconds()
{
#if defined(Q_OS_WIN)
    FILETIME creation {}, exit {}, kernel {}, user {};
    if (!GetThreadTimes(GetCurrentThread(), &creation, &exit, &kernel, &user))
        return 0;
    const auto ticks = [](const FILETIME& t) { return (qint64(t.dwHighDateTime) << 32) | qint64(t.dwLowDateTime); };
    return (ticks(kernel) + ticks(user)) * 100; // FILETIME counts 100 ns
#elif defined(Q_OS_UNIX)
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
#else
    return 0;
#endif
}
