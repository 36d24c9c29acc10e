// A storage fault for the files of one folder, switched on and off while the program runs: loaded with
// LD_PRELOAD into the real receiver (tst_storagefaults), it makes the C library's calls that SQLite writes
// with fail as a full disk, a read-only file system or a failing disk would. Tests run as root, so
// permission bits cannot stop a write; this can.
//
//   VW_FAULT_DIR     the folder whose files fail (the receiver's --data-dir)
//   VW_FAULT_SWITCH  a file outside it; while it exists, its first word names the fault:
//                      full      write, pwrite, ftruncate fail with ENOSPC
//                      readonly  opening for writing, write, pwrite, ftruncate, fsync fail with EROFS
//                      fsync     fsync and fdatasync fail with EIO (the bytes were written, not made durable)
//
// Linux only (file descriptors are named through /proc/self/fd). Every other file, and every call while the
// switch file is absent, goes straight to the C library. CMake builds it on Linux only; the guard says so to
// scripts/check-portability.sh (there is no LD_PRELOAD to shim elsewhere, so no other branch).
#if defined(__linux__)
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

enum class Fault
{
    None,
    Full,
    ReadOnly,
    Fsync
};

Fault currentFault()
{
    const char* switchFile = std::getenv("VW_FAULT_SWITCH");
    if (!switchFile)
        return Fault::None;
    // Raw system calls: this runs inside open() and write(), which must not call themselves.
    const long fd = syscall(SYS_openat, AT_FDCWD, switchFile, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return Fault::None;
    char word[16] = {};
    const long got = syscall(SYS_read, fd, word, sizeof word - 1);
    syscall(SYS_close, fd);
    if (got <= 0)
        return Fault::None;
    if (std::strncmp(word, "full", 4) == 0)
        return Fault::Full;
    if (std::strncmp(word, "readonly", 8) == 0)
        return Fault::ReadOnly;
    if (std::strncmp(word, "fsync", 5) == 0)
        return Fault::Fsync;
    return Fault::None;
}

// True when `path` lies inside VW_FAULT_DIR (compared after resolving links, as /proc names files).
bool inFaultFolder(const char* path)
{
    static char folder[4096];
    static size_t folderLength = 0;
    if (folderLength == 0) {
        const char* dir = std::getenv("VW_FAULT_DIR");
        if (!dir || !realpath(dir, folder))
            return false;
        folderLength = std::strlen(folder);
    }
    return std::strncmp(path, folder, folderLength) == 0 && (path[folderLength] == '/' || path[folderLength] == 0);
}

bool fdInFaultFolder(int fd)
{
    char link[64];
    char path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = readlink(link, path, sizeof path - 1);
    if (length <= 0)
        return false;
    path[length] = 0;
    return inFaultFolder(path);
}

// The error a call on this descriptor fails with now, or 0. `kind` says what the call does.
enum class Call
{
    Write,
    Sync
};

int failureFor(int fd, Call call)
{
    const Fault fault = currentFault();
    if (fault == Fault::None)
        return 0;
    int error = 0;
    switch (fault) {
    case Fault::Full:
        error = call == Call::Write ? ENOSPC : 0;
        break;
    case Fault::ReadOnly:
        error = EROFS;
        break;
    case Fault::Fsync:
        error = call == Call::Sync ? EIO : 0;
        break;
    case Fault::None:
        break;
    }
    return error != 0 && fdInFaultFolder(fd) ? error : 0;
}

int openFailure(const char* path, int flags)
{
    if ((flags & (O_WRONLY | O_RDWR | O_CREAT)) == 0 || currentFault() != Fault::ReadOnly)
        return 0;
    char resolved[4096];
    // A file not there yet: judge by its folder.
    if (realpath(path, resolved))
        return inFaultFolder(resolved) ? EROFS : 0;
    char folder[4096];
    std::strncpy(folder, path, sizeof folder - 1);
    folder[sizeof folder - 1] = 0;
    char* slash = std::strrchr(folder, '/');
    if (!slash)
        return 0;
    *slash = 0;
    return realpath(folder[0] ? folder : "/", resolved) && inFaultFolder(resolved) ? EROFS : 0;
}

template <typename Function>
Function real(const char* name)
{
    return reinterpret_cast<Function>(dlsym(RTLD_NEXT, name));
}

mode_t modeOf(int flags, va_list arguments)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? mode_t(va_arg(arguments, int)) : 0;
}

} // namespace

#define VW_FAIL_WITH(error_expression)                                                                                 \
    if (const int vwError = (error_expression); vwError != 0) {                                                        \
        errno = vwError;                                                                                               \
        return -1;                                                                                                     \
    }

namespace {

// open() or open64() of the C library, unless the fault refuses it.
int openChecked(const char* name, const char* path, int flags, mode_t mode)
{
    VW_FAIL_WITH(openFailure(path, flags));
    return real<int (*)(const char*, int, ...)>(name)(path, flags, mode);
}

} // namespace

extern "C" {

int open(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeOf(flags, arguments);
    va_end(arguments);
    return openChecked("open", path, flags, mode);
}

int open64(const char* path, int flags, ...)
{
    va_list arguments;
    va_start(arguments, flags);
    const mode_t mode = modeOf(flags, arguments);
    va_end(arguments);
    return openChecked("open64", path, flags, mode);
}

ssize_t write(int fd, const void* buffer, size_t count)
{
    VW_FAIL_WITH(failureFor(fd, Call::Write));
    static const auto next = real<ssize_t (*)(int, const void*, size_t)>("write");
    return next(fd, buffer, count);
}

ssize_t pwrite(int fd, const void* buffer, size_t count, off_t offset)
{
    VW_FAIL_WITH(failureFor(fd, Call::Write));
    static const auto next = real<ssize_t (*)(int, const void*, size_t, off_t)>("pwrite");
    return next(fd, buffer, count, offset);
}

ssize_t pwrite64(int fd, const void* buffer, size_t count, off64_t offset)
{
    VW_FAIL_WITH(failureFor(fd, Call::Write));
    static const auto next = real<ssize_t (*)(int, const void*, size_t, off64_t)>("pwrite64");
    return next(fd, buffer, count, offset);
}

int ftruncate(int fd, off_t length)
{
    VW_FAIL_WITH(failureFor(fd, Call::Write));
    static const auto next = real<int (*)(int, off_t)>("ftruncate");
    return next(fd, length);
}

int ftruncate64(int fd, off64_t length)
{
    VW_FAIL_WITH(failureFor(fd, Call::Write));
    static const auto next = real<int (*)(int, off64_t)>("ftruncate64");
    return next(fd, length);
}

int fsync(int fd)
{
    VW_FAIL_WITH(failureFor(fd, Call::Sync));
    static const auto next = real<int (*)(int)>("fsync");
    return next(fd);
}

int fdatasync(int fd)
{
    VW_FAIL_WITH(failureFor(fd, Call::Sync));
    static const auto next = real<int (*)(int)>("fdatasync");
    return next(fd);
}

} // extern "C"

#endif // __linux__
