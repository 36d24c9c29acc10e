#!/usr/bin/env bash
# Builds the Debian package with CPack and checks it from the outside, as a user's machine would
# see it: the exact file list, the control fields, the installed programs, the desktop file, the
# AppStream data, the versions named in the changelogs, the systemd unit, and lintian.
#
# Usage: check-deb.sh BUILD_DIR VERSION [WITH_SANDBOX]
#   VERSION is the version of project(); WITH_SANDBOX is ON when the build has vainu-sandbox.
# Needs: cpack, dpkg-deb, dpkg-shlibdeps (dpkg-dev), desktop-file-validate (desktop-file-utils),
# appstreamcli (appstream), lintian, systemd-analyze (systemd); scripts/install-deps.sh --test installs them.
set -euo pipefail

build=${1:?usage: check-deb.sh BUILD_DIR VERSION [WITH_SANDBOX]}
build=$(cd "$build" && pwd)
version=${2:?usage: check-deb.sh BUILD_DIR VERSION [WITH_SANDBOX]}
with_sandbox=${3:-OFF}
app_id=com.vainu.Webhooks
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian systemd-analyze; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing; run scripts/install-deps.sh --test" >&2; exit 1; }
done

# ctest runs after the build (scripts/test.sh); cpack packages what is built, so say so when it is not.
programs=(vainu-webhooks)
[[ $with_sandbox == ON ]] && programs+=(vainu-sandbox)
for program in "${programs[@]}"; do
    [[ -x $build/bin/$program ]] || { echo "FAIL: $build/bin/$program is not built; build first (cmake --build $build)" >&2; exit 1; }
done

scratch="$build/test-home/packaging"
rm -rf "$scratch"
mkdir -p "$scratch/root"
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch" >cpack.log 2>&1) || {
    cat "$scratch/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
}
debs=("$scratch"/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "FAIL: expected one .deb in $scratch, found: ${debs[*]}" >&2; exit 1; }
deb=${debs[0]}
echo "Package: $deb"

# --- control fields ----------------------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == vainu-webhooks ]] || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version-1" ]] || fail "Version is '$(field Version)', expected '$version-1'"
[[ $(field Architecture) == "$(dpkg --print-architecture)" ]] || fail "Architecture is '$(field Architecture)'"
depends=$(field Depends)
for dep in libsecret-1-0 libsqlite3-0 libqt6svg6 libqt6core6 libqt6widgets6 libc6; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
# The store reaches SQLite through its C API only: no Qt SQL, no Qt SQLite driver.
if grep -Eq "(^|, )libqt6sql6" <<<"$depends"; then
    fail "Depends names Qt SQL, which the program does not use: $depends"
fi
grep -q gnome-keyring <<<"$(field Recommends)" || fail "Recommends lacks a keyring: $(field Recommends)"

# --- the exact file list -----------------------------------------------------------------------
dpkg-deb -x "$deb" "$scratch/root"
root="$scratch/root"
expected=(
    usr/bin/vainu-webhooks
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    usr/share/man/man1/vainu-webhooks.1.gz
    usr/share/doc/vainu-webhooks/copyright
    usr/share/doc/vainu-webhooks/changelog.gz
    usr/share/doc/vainu-webhooks/changelog.Debian.gz
    usr/share/lintian/overrides/vainu-webhooks
    usr/lib/systemd/system/vainu-webhooks-receiver.service
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
if [[ $with_sandbox == ON ]]; then
    expected+=(usr/bin/vainu-sandbox usr/share/man/man1/vainu-sandbox.1.gz)
fi
actual=$(cd "$root" && find . -type f -o -type l | sed 's|^\./||' | sort)
wanted=$(printf '%s\n' "${expected[@]}" | sort)
if [[ $actual != "$wanted" ]]; then
    fail "file list differs (< in the package, > expected):"
    diff <(echo "$actual") <(echo "$wanted") >&2 || true
fi
bad_dirs=$(cd "$root" && find . -type d ! -perm 0755)
[[ -z $bad_dirs ]] || fail "directories not 0755: $bad_dirs"

# --- documents ---------------------------------------------------------------------------------
for page in "$root"/usr/share/man/man1/*.gz "$root"/usr/share/doc/vainu-webhooks/*.gz; do
    gzip -t "$page" || fail "$page is not valid gzip"
done
for page in "$root"/usr/share/man/man1/*.1.gz; do
    # groff's own warnings (bad macros, unknown escapes) go to stderr.
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null || true)
    [[ -z $warnings ]] || fail "man page $page: $warnings"
done
deb_top=$(zcat "$root/usr/share/doc/vainu-webhooks/changelog.Debian.gz" | head -n1)
[[ $deb_top == "vainu-webhooks ($version-1) "* ]] ||
    fail "changelog.Debian does not start with version $version-1: $deb_top"
zcat "$root/usr/share/doc/vainu-webhooks/changelog.gz" | grep -q "^## \[$version\]" ||
    fail "CHANGELOG.md has no '## [$version]' section"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo has no <release version=\"$version\">"

# --- the installed programs run from the unpacked tree, against the system's Qt --------------
out=$("$root/usr/bin/vainu-webhooks" --version) || fail "vainu-webhooks --version exited with $?"
[[ $out == "Vainu Webhooks $version" ]] || fail "vainu-webhooks --version printed '$out'"
if [[ $with_sandbox == ON ]]; then
    out=$("$root/usr/bin/vainu-sandbox" --version) || fail "vainu-sandbox --version exited with $?"
    [[ $out == *"$version"* ]] || fail "vainu-sandbox --version printed '$out'"
fi
file -b "$root/usr/bin/vainu-webhooks" | grep -q ', stripped' || fail "vainu-webhooks is not stripped"

# --- validators ----------------------------------------------------------------------------------
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"

# The receiver's unit, checked against the unpacked package as its root (so ExecStart must name a
# program the package ships); --recursive-errors=no because that root has none of systemd's own
# units, --man=no because its Documentation= page is checked with the man pages above.
unit=vainu-webhooks-receiver.service
systemd-analyze --root="$root" --man=no --recursive-errors=no verify "/usr/lib/systemd/system/$unit" ||
    fail "systemd-analyze verify $unit"
exec_start=$(sed -n 's/^ExecStart=//p' "$root/usr/lib/systemd/system/$unit")
[[ $exec_start == "/usr/bin/vainu-webhooks --headless --require-secret "* ]] ||
    fail "$unit does not run the headless receiver with a required secret: $exec_start"
for setting in DynamicUser=yes StateDirectory=vainu-webhooks EnvironmentFile=/etc/vainu-webhooks/receiver.env \
    NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes CapabilityBoundingSet=; do
    grep -qx "$setting" "$root/usr/lib/systemd/system/$unit" || fail "$unit lacks $setting"
done

# lintian: errors and warnings fail; overridden tags must be justified in the shipped overrides
# file (packaging/linux/lintian-overrides).
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" 2>&1 | tee "$scratch/lintian.log" ||
    fail "lintian found errors or warnings (see above)"

if ((failures > 0)); then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "All package checks passed."
