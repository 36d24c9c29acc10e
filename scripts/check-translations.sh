#!/usr/bin/env bash
# Fails when a committed .ts catalogue is out of date with the sources (a string was added, changed
# or removed without `cmake --build build --target update_translations`), or when a Finnish or
# Swedish message has no finished translation.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The same options as the update_translations target in translations/CMakeLists.txt.
options=(-silent -locations none -no-obsolete -extensions cpp,h,ui src ui)

stale=0
for ts in "$here"/translations/*.ts; do
    cp "$ts" "$scratch/"
    copy="$scratch/$(basename "$ts")"
    extra=()
    # The English catalogue holds only the plural forms; the source texts serve for the rest.
    [[ $(basename "$ts") == *_en.ts ]] && extra=(-pluralonly)
    (cd "$here" && "$lupdate" "${options[@]}" "${extra[@]}" -ts "$copy")
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

# Every message needs a translation: an unfinished one would show English in a Finnish or Swedish UI.
untranslated=0
for ts in "$here"/translations/*.ts; do
    count=$(grep -c 'type="unfinished"' "$ts" || true)
    if [[ $count -ne 0 ]]; then
        echo "Untranslated: $count message(s) in translations/$(basename "$ts"):" >&2
        # The source text of each unfinished message, for the translator.
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | sed 's/^ *<source>/  /; s/<\/source>$//' | head -20 >&2
        untranslated=1
    fi
done
if [[ $untranslated -ne 0 ]]; then
    echo "Translate them in translations/*.ts (Qt Linguist or by hand) and see translations/README.md." >&2
    exit 1
fi
echo "Translation catalogues up to date and complete."
