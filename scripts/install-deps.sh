#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages the build, the app and the tests need, and nothing when they
# are all present already. Works as root or through sudo.
set -euo pipefail

packages=(
    cmake ninja-build g++ dpkg-dev file clang-format
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev qtkeychain-qt6-dev libsqlite3-dev
    # Qt Charts' CMake package needs Qt6OpenGL's, which Debian 12's qt6-charts-dev does not pull in.
    libqt6opengl6-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6svg6 libsecret-1-0 gnome-keyring libsecret-tools dbus
)
if [[ "${1:-}" == "--test" ]]; then
    # The tests also need a private D-Bus session, an X server for screenshots, and load tools.
    packages+=(dbus-x11 xvfb xauth imagemagick wrk nodejs curl procps)
    # The Clang build (scripts/build.sh --clang): Debian 12's clang-14.
    packages+=(clang-14)
    # npm for the workflow linter (scripts/check-workflows.sh), unless the nodejs installed already brings it
    # (NodeSource's package does, and conflicts with Debian's npm).
    command -v npm >/dev/null || packages+=(npm)
    # The package test (tests/packaging): lintian, the desktop-file and AppStream validators, man,
    # systemd-analyze for the receiver's unit.
    packages+=(lintian desktop-file-utils appstream man-db groff-base systemd)
    # The Windows installer script, compiled on Linux (tests/packaging/check-nsis.sh).
    packages+=(nsis)
fi
if [[ "${1:-}" == "--fuzz" ]]; then
    # scripts/fuzz.sh only: Clang 14 and its runtime libraries (libFuzzer, the sanitizers).
    packages+=(clang-14 libclang-rt-14-dev)
fi
if [[ "${1:-}" == "--screenshots" ]]; then
    # packaging/make-screenshots.sh only: a private X server, xdotool, and ImageMagick's montage for the
    # contact sheet.
    packages+=(dbus-x11 xvfb xauth imagemagick xdotool)
fi

install_workflow_lint() {
    # The workflow linter itself: the npm package pinned by scripts/workflow-lint/package-lock.json, into a
    # cache folder of this user (not a global npm install; scripts/check-workflows.sh).
    [[ "${1:-}" == "--test" ]] && "$(dirname "$0")/check-workflows.sh" --install
    return 0
}

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    install_workflow_lint "$@"
    exit 0
fi

echo "Installing: ${missing[*]}"
sudo=()
[[ $(id -u) -ne 0 ]] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
install_workflow_lint "$@"
