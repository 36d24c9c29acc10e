#!/usr/bin/env bash
# Fails when a committed .ts catalogue is out of date with the sources: a string was added,
# changed or removed without `cmake --build build --target update_translations`.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

stale=0
for ts in "$here"/translations/*.ts; do
    cp "$ts" "$scratch/"
    copy="$scratch/$(basename "$ts")"
    (cd "$here" && "$lupdate" -silent -locations none -no-obsolete -extensions cpp,h,ui src ui -ts "$copy")
    if ! cmp -s "$ts" "$copy"; then
        echo "Translation catalogue out of date: translations/$(basename "$ts")" >&2
        diff -u "$ts" "$copy" | head -40 >&2 || true
        stale=1
    fi
done
if [[ $stale -ne 0 ]]; then
    echo "Run: cmake --build build --target update_translations (then translate the new strings)" >&2
    exit 1
fi
