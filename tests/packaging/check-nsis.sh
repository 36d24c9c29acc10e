#!/usr/bin/env bash
# Builds the Windows installer from this (Linux) build tree with Debian's makensis: CPack fills in
# packaging/windows/NSIS.template.in and makensis must compile it. Then checks the script it compiled: the
# per-user or per-machine page, the Start menu shortcut of the window program, the uninstaller and its entry in
# Apps. The programs inside are this tree's Linux ones; the Windows programs are built and packaged only by
# .github/workflows/windows.yml (README, "Packages").
#
#   check-nsis.sh BUILD_DIR VERSION
set -euo pipefail
build=${1:?usage: check-nsis.sh BUILD_DIR VERSION}
version=${2:?usage: check-nsis.sh BUILD_DIR VERSION}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -G NSIS -B "$scratch" >"$scratch/cpack.log" 2>&1; then
    echo "check-nsis: cpack -G NSIS failed:" >&2
    cat "$scratch/cpack.log" >&2
    find "$scratch" -name NSISOutput.log -exec tail -20 {} \; >&2
    exit 1
fi
installers=("$scratch"/vainu-webhooks-"$version"-*.exe)
[ -s "${installers[0]}" ] || {
    echo "check-nsis: no installer vainu-webhooks-$version-*.exe was made:" >&2
    ls -l "$scratch" >&2
    exit 1
}
script=$(find "$scratch/_CPack_Packages" -name project.nsi | head -1)
failures=0
expect() {
    grep -qF -- "$1" "$script" || {
        echo "check-nsis: the installer script lacks $2 ($1)."
        failures=$((failures + 1))
    }
}
expect '!insertmacro MULTIUSER_PAGE_INSTALLMODE' "the page that asks for all users or only for me"
expect '!insertmacro MULTIUSER_INIT' "the install mode's initialisation"
expect '!define MULTIUSER_USE_PROGRAMFILES64' "64-bit Program Files for all users"
expect 'CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\Vainu Webhooks.lnk" "$INSTDIR\bin\vainu-webhooks.exe"' \
    "the Start menu shortcut of the window program"
expect 'WriteUninstaller "$INSTDIR\Uninstall Vainu Webhooks.exe"' "the uninstaller"
expect 'Software\Microsoft\Windows\CurrentVersion\Uninstall\com.vainu.Webhooks' "the entry in Apps"
expect 'vainu-webhooks.ico' "the app's icon"
if grep -q 'RequestExecutionLevel admin' "$script"; then
    echo "check-nsis: the installer still asks every user for administrator rights (RequestExecutionLevel admin)."
    failures=$((failures + 1))
fi
[ "$failures" -eq 0 ] || exit 1
echo "check-nsis: $(basename "${installers[0]}") built; per-user or per-machine, Start menu shortcut, uninstaller."
