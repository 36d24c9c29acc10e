#!/usr/bin/env bash
# Takes the AppStream screenshots (docs/screenshots/*.png, named in the metainfo) of a built
# vainu-webhooks on the sandbox, in a private X server, keyring and settings folder; then every page (in
# its states) and every dialog in English and Finnish (the ui-shots program of a test build) into
# SHOTS_DIR (default build/screenshots), and a contact sheet of them, docs/screenshots/contact-sheet.png.
# Usage: packaging/make-screenshots.sh BUILD_DIR   Needs: xvfb, imagemagick (import, montage), xdotool:
# scripts/install-deps.sh --screenshots. Build with -DVW_BUILD_TESTS=ON for ui-shots.
# Not a test: it waits fixed times for the window to settle, which is fine for pictures.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:?usage: make-screenshots.sh BUILD_DIR}" && pwd)
out="$here/docs/screenshots"
mkdir -p "$out"
if [[ -z ${VW_IN_KEYRING:-} ]]; then
    exec env VW_IN_KEYRING=1 "$here/scripts/with-keyring.sh" "$0" "$build"
fi

"$here/scripts/install-deps.sh" --screenshots
shots=${SHOTS_DIR:-$build/screenshots}
scratch=$(mktemp -d)
trap 'kill "${app:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_CACHE_HOME=$scratch/cache
export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp &
xvfb=$!
sleep 2
"$build/bin/vainu-webhooks" &
app=$!
sleep 8
# The main window opens at 1100x700 in the top left corner (no window manager).
shot() { import -window root -crop 1100x700+0+0 +repage "$out/$1.png"; }
# The tabs sit below the first-run banner: y 116. The positions below are those of 1100x700; the Live events
# page has the receiver panel (with its catch-up row) above the stream button.
shot webhooks
xdotool mousemove 148 116 click 1 && sleep 5 && shot customer-data # the "Customer data" tab
xdotool mousemove 252 116 click 1 && sleep 2                        # the "Live events" tab
[[ -n ${SHOT_PROBE:-} ]] && { shot probe; exit 0; }
xdotool mousemove "${STREAM_X:-269}" "${STREAM_Y:-266}" click 1       # "Stream changes (2/s)"
sleep 12
xdotool mousemove "${STREAM_X:-269}" "${STREAM_Y:-266}" click 1       # stop the stream
xdotool mousemove 200 "${ROW_Y:-390}" click 1 && sleep 2 && shot live-events # select an event

# Every page and dialog, one language at a time, in the same X server (the app above has quit).
kill "$app" 2>/dev/null || true
wait "$app" 2>/dev/null || true
if [[ -x $build/tests/ui-shots ]]; then
    rm -rf "$shots" && mkdir -p "$shots"
    for language in en fi; do
        VW_SOURCE_DIR=$here XDG_CONFIG_HOME=$scratch/config-$language "$build/tests/ui-shots" "$shots" "$language" >/dev/null
    done
    # Thumbnails 400 pixels wide, labelled with the file name, eight to a row: small enough to keep in git.
    montage -font DejaVu-Sans -label '%t' -pointsize 11 -thumbnail 400x "$shots"/*.png -tile 8x -geometry +4+4 \
        -background '#f4f4f4' "PNG8:$out/contact-sheet.png"
    echo "Every page and dialog in $shots, the contact sheet in $out/contact-sheet.png"
else
    echo "No $build/tests/ui-shots (configure with -DVW_BUILD_TESTS=ON): no contact sheet." >&2
fi
echo "Screenshots in $out; look at them before committing."
