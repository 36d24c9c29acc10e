#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a throw-away, unlocked gnome-keyring as its
# Secret Service, so keychain tests use a real keychain and never touch the user's own.
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ "${VW_IN_KEYRING_SESSION:-}" != 1 ]]; then
    export VW_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/vw-keyring.XXXXXX")
mkdir -p "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export XDG_DATA_HOME=$scratch/data XDG_RUNTIME_DIR=$scratch/runtime

echo -n "vw-test-keyring-password" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$scratch/daemon.log" 2>&1 &
daemon=$!
cleanup() {
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done
if ! dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    echo "with-keyring: gnome-keyring-daemon did not take org.freedesktop.secrets" >&2
    cat "$scratch/daemon.log" >&2
    exit 1
fi
export VW_TEST_KEYRING=1
"$@"
