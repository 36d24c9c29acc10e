#!/usr/bin/env bash
# Everything under src/ and tests/ must build with MSVC and Apple Clang as well as here: a POSIX-only header or
# call (unistd.h, signal.h, sys/*, ::kill, fork, clock_gettime, ...) or a Windows-only header sits inside an
# #if/#ifdef block on an operating-system macro (Q_OS_UNIX, Q_OS_WIN, ...; the #else of such a block counts too),
# next to a branch for the other systems that does the same job. Prints one line per unguarded use and exits 1
# if any. Comments and string literals are not read.
#
#   scripts/check-portability.sh [--root DIR]   check DIR/src and DIR/tests (default: this checkout)
#   scripts/check-portability.sh --self-test    show that an unguarded ::kill is caught and a guarded one is not
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
self_test=0
while [ $# -gt 0 ]; do
    case "$1" in
    --root) root=${2:?--root needs a folder}; shift 2 ;;
    --self-test) self_test=1; shift ;;
    *)
        echo "check-portability: unknown argument '$1'. Use --root DIR or --self-test." >&2
        exit 2
        ;;
    esac
done

if [ "$self_test" = 1 ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/src/cli" "$scratch/tests/cli"
    # Guarded POSIX and Windows code, QProcess::kill() and mentions in comments and strings are all fine.
    cat >"$scratch/src/cli/Fine.cpp" <<'EOF'
#include <QProcess>
#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif
void stop(QProcess& process)
{
#if defined(Q_OS_UNIX)
    ::kill(pid_t(process.processId()), SIGTERM);
#else
    GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, DWORD(process.processId()));
#endif
    process.kill(); // not ::kill(pid, SIGKILL)
    qWarning("fork() and clock_gettime() are only named here");
}
EOF
    if ! "$0" --root "$scratch" >"$scratch/clean.out" 2>&1; then
        echo "check-portability self-test: guarded code was refused:" >&2
        cat "$scratch/clean.out" >&2
        exit 1
    fi
    cat >"$scratch/tests/cli/Kills.cpp" <<'EOF'
#include <QProcess>
#include <csignal>

void stop(QProcess& process)
{
    ::kill(pid_t(process.processId()), SIGTERM);
}
EOF
    if "$0" --root "$scratch" >"$scratch/broken.out" 2>&1; then
        echo "check-portability self-test: an unguarded ::kill was not caught." >&2
        exit 1
    fi
    grep -q '^tests/cli/Kills.cpp:6: POSIX-only call kill()' "$scratch/broken.out" || {
        echo "check-portability self-test: the unguarded ::kill was not reported at its line:" >&2
        cat "$scratch/broken.out" >&2
        exit 1
    }
    printf '#include <unistd.h>\n#include <windows.h>\n' >"$scratch/src/cli/Headers.h"
    "$0" --root "$scratch" >"$scratch/headers.out" 2>&1 || true
    grep -q '^src/cli/Headers.h:1: POSIX-only header <unistd.h>' "$scratch/headers.out" \
        && grep -q '^src/cli/Headers.h:2: Windows-only header <windows.h>' "$scratch/headers.out" \
        && ! grep -q 'Fine.cpp' "$scratch/headers.out" || {
        echo "check-portability self-test: unguarded headers were not reported alone:" >&2
        cat "$scratch/headers.out" >&2
        exit 1
    }
    echo "check-portability self-test: passed"
    exit 0
fi

for dir in src tests; do
    if [ ! -d "$root/$dir" ]; then
        echo "check-portability: no $dir folder under '$root'." >&2
        exit 2
    fi
done

files=()
while IFS= read -r -d '' file; do
    files+=("${file#"$root"/}")
done < <(cd "$root" && find src tests -type f \( -name '*.h' -o -name '*.hpp' -o -name '*.cpp' -o -name '*.c' \) -print0 | sort -z)
if [ ${#files[@]} -eq 0 ]; then
    echo "check-portability: no C++ files under '$root/src' or '$root/tests'." >&2
    exit 2
fi

# One awk program reads every file: a stack of the open #if blocks, each marked when its condition (of any
# branch so far) names an operating system; a use is guarded when any open block is marked.
cd "$root"
set +e
awk '
function osMacro(text) {
    return text ~ /Q_OS_[A-Z0-9_]+|_WIN32|_WIN64|_MSC_VER|__MINGW32__|__unix__|__unix|__APPLE__|__linux__|__linux/
}
function guarded(   i) {
    for (i = 1; i <= depth; i++)
        if (os[i])
            return 1
    return 0
}
function report(what) {
    printf "%s:%d: %s outside an #ifdef Q_OS_UNIX / Q_OS_WIN block; put it there, with a branch for the other systems that does the same job.\n", FILENAME, FNR, what
    problems++
}
FNR == 1 { depth = 0; inComment = 0 }
{
    line = $0
    # Block comments, also across lines.
    if (inComment) {
        if (index(line, "*/") == 0)
            next
        line = substr(line, index(line, "*/") + 2)
        inComment = 0
    }
    while (match(line, /\/\*/)) {
        rest = substr(line, RSTART + 2)
        if (index(rest, "*/") == 0) {
            line = substr(line, 1, RSTART - 1)
            inComment = 1
            break
        }
        line = substr(line, 1, RSTART - 1) " " substr(rest, index(rest, "*/") + 2)
    }
    if (line ~ /^[ \t]*#[ \t]*(if|ifdef|ifndef)([ \t(]|$)/) {
        os[++depth] = osMacro(line)
        next
    }
    if (line ~ /^[ \t]*#[ \t]*elif([ \t(]|$)/) {
        if (depth > 0 && osMacro(line))
            os[depth] = 1
        next
    }
    if (line ~ /^[ \t]*#[ \t]*endif/) {
        if (depth > 0)
            depth--
        next
    }
    if (line ~ /^[ \t]*#[ \t]*include[ \t]*</) {
        header = line
        sub(/^[^<]*</, "", header)
        sub(/>.*$/, "", header)
        if (!guarded()) {
            if (header ~ /^(unistd|signal|pthread|dlfcn|poll|fcntl|netdb|termios|pwd|grp|dirent|syslog|spawn|libgen|sched|semaphore)\.h$/ \
                || header ~ /^(sys|netinet|arpa)\//)
                report("POSIX-only header <" header ">")
            else if (tolower(header) ~ /^(windows|qt_windows|winsock2|ws2tcpip|io|process|direct|conio|tlhelp32|shlobj|shellapi)\.h$/)
                report("Windows-only header <" header ">")
        }
        next
    }
    # Code: without string and character literals and // comments.
    gsub(/"([^"\\]|\\.)*"/, "\"\"", line)
    gsub(/\047([^\047\\]|\\.)*\047/, "\047\047", line)
    sub(/\/\/.*$/, "", line)
    if (guarded())
        next
    rest = line
    while (match(rest, /(^|[^A-Za-z0-9_.>])(::)?(kill|killpg|fork|vfork|exec[lv]p?e?|waitpid|clock_gettime|nanosleep|usleep|getpid|getppid|getuid|geteuid|getgid|setenv|unsetenv|sigaction|sigprocmask|socketpair|isatty|fsync|fdatasync|mkstemp|readlink|symlink|realpath|sysconf|dup2|fileno|popen|pclose)[ \t]*\(/)) {
        call = substr(rest, RSTART, RLENGTH)
        sub(/^[^A-Za-z_:]*(::)?/, "", call)
        sub(/[ \t]*\($/, "", call)
        report("POSIX-only call " call "()")
        rest = substr(rest, RSTART + RLENGTH)
    }
    if (match(line, /(^|[^A-Za-z0-9_])(SIGKILL|SIGHUP|SIGPIPE|SIGUSR1|SIGUSR2|SIGCHLD|SIGALRM|SIGQUIT|SIGSTOP|SIGCONT|CLOCK_[A-Z_]+)([^A-Za-z0-9_]|$)/)) {
        name = substr(line, RSTART, RLENGTH)
        gsub(/[^A-Z0-9_]/, "", name)
        report("POSIX-only name " name)
    }
}
END {
    exit problems > 0 ? 1 : 0
}
' "${files[@]}"
status=$?
set -e
if [ "$status" -ne 0 ]; then
    echo "check-portability: POSIX- or Windows-only code outside a guard in src/ or tests/ (README, \"Building elsewhere\")."
    exit 1
fi
echo "check-portability: ${#files[@]} files under src/ and tests/ build on Linux, macOS and Windows (no unguarded system-only code)."
