#!/usr/bin/env bash
# The layer arrows of docs/ARCHITECTURE.md, checked on the #include lines under src/: each layer includes only
# the layers it may depend on, and core and models include Qt Core headers only (checked when
# --qtcore names Qt Core's include folder). Prints one line per violation and exits 1 if any.
# The configure step checks vw_models' links as well (src/models/CMakeLists.txt).
#
#   scripts/check-layers.sh [--root DIR] [--qtcore DIR]   check DIR/src (default: this checkout)
#   scripts/check-layers.sh --self-test [--qtcore DIR]    show that a broken arrow is caught
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
qtcore=""
self_test=0
while [ $# -gt 0 ]; do
    case "$1" in
    --root) root=${2:?--root needs a folder}; shift 2 ;;
    --qtcore) qtcore=${2:?--qtcore needs a folder}; shift 2 ;;
    --self-test) self_test=1; shift ;;
    *)
        echo "check-layers: unknown argument '$1'. Use --root DIR, --qtcore DIR or --self-test." >&2
        exit 2
        ;;
    esac
done
if [ -n "$qtcore" ] && [ ! -e "$qtcore/QObject" ]; then
    echo "check-layers: '$qtcore' is not Qt Core's include folder (it has no QObject header)." >&2
    exit 2
fi

if [ "$self_test" = 1 ]; then
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/src/models" "$scratch/src/store" "$scratch/src/core"
    printf '#include "core/EventRow.h"\n#include <QObject>\n' >"$scratch/src/models/Fine.h"
    printf '#include "core/EventRow.h"\n' >"$scratch/src/store/Fine.h"
    printf '#pragma once\n' >"$scratch/src/core/EventRow.h"
    qt_args=()
    [ -n "$qtcore" ] && qt_args=(--qtcore "$qtcore")
    if ! "$0" --root "$scratch" "${qt_args[@]}" >"$scratch/clean.out" 2>&1; then
        echo "check-layers self-test: a tree that keeps the arrows was refused:" >&2
        cat "$scratch/clean.out" >&2
        exit 1
    fi
    printf '#include "store/EventStore.h"\n' >"$scratch/src/models/UsesStore.h"
    [ -n "$qtcore" ] && printf '#include <QWidget>\n' >>"$scratch/src/models/UsesStore.h"
    if "$0" --root "$scratch" "${qt_args[@]}" >"$scratch/broken.out" 2>&1; then
        echo "check-layers self-test: models including the store was not caught." >&2
        exit 1
    fi
    grep -q 'src/models/UsesStore.h:1: models must not include "store/' "$scratch/broken.out" || {
        echo "check-layers self-test: the store include was not reported:" >&2
        cat "$scratch/broken.out" >&2
        exit 1
    }
    if [ -n "$qtcore" ]; then
        grep -q 'src/models/UsesStore.h:2: models must not include <QWidget>' "$scratch/broken.out" || {
            echo "check-layers self-test: the Qt Widgets include was not reported:" >&2
            cat "$scratch/broken.out" >&2
            exit 1
        }
    fi
    if [ -n "$qtcore" ]; then
        mkdir -p "$scratch/src/session"
        printf '#include "store/EventStore.h"\n#include <QNetworkReply>\n#include <QWidget>\n' >"$scratch/src/session/UsesWidget.h"
        "$0" --root "$scratch" "${qt_args[@]}" >"$scratch/widgets.out" 2>&1 || true
        grep -q 'src/session/UsesWidget.h:3: session must not include <QWidget>' "$scratch/widgets.out" \
            && ! grep -q 'UsesWidget.h:[12]:' "$scratch/widgets.out" || {
            echo "check-layers self-test: a widget header in the session layer was not reported alone:" >&2
            cat "$scratch/widgets.out" >&2
            exit 1
        }
    fi
    echo "check-layers self-test: passed"
    exit 0
fi

# What each layer may include besides itself (docs/ARCHITECTURE.md, "Layers", with the arrows
# followed through: app -> gui, cli -> session -> api, store, receiver, forward, secrets, sandbox;
# gui -> models -> core; receiver -> store -> core; forward -> store -> core; api, secrets, sandbox -> core).
declare -A allowed=(
    [core]=""
    [api]="core"
    [secrets]="core"
    [sandbox]="core"
    [store]="core"
    [models]="core"
    [receiver]="store core"
    [forward]="store core"
    [session]="api store receiver forward secrets sandbox core"
    [cli]="session api store receiver forward secrets sandbox core"
    [gui]="session models api store receiver forward secrets sandbox core"
    [app]="gui cli session models api store receiver forward secrets sandbox core"
)
qt_core_only=" core models "
no_widgets=" session cli " # run without a display: no Qt Widgets header (checked with --qtcore)
layer_include='^[[:space:]]*#[[:space:]]*include[[:space:]]*"([a-z]+)/'
qt_include='^[[:space:]]*#[[:space:]]*include[[:space:]]*<(Q[A-Za-z0-9_/]*)(\.h)?>'

if [ ! -d "$root/src" ]; then
    echo "check-layers: no src folder under '$root'." >&2
    exit 2
fi
violations=0
files=0
for dir in "$root"/src/*/; do
    layer=$(basename "$dir")
    if [ -z "${allowed[$layer]+set}" ]; then
        echo "src/$layer: a folder that is not a layer of docs/ARCHITECTURE.md; add its arrows there and in scripts/check-layers.sh."
        violations=$((violations + 1))
        continue
    fi
    while IFS= read -r -d '' file; do
        files=$((files + 1))
        relative=${file#"$root"/}
        number=0
        while IFS= read -r line || [ -n "$line" ]; do
            number=$((number + 1))
            if [[ $line =~ $layer_include ]]; then
                target=${BASH_REMATCH[1]}
                if [ "$target" != "$layer" ] && [ -n "${allowed[$target]+set}" ] \
                    && [[ " ${allowed[$layer]} " != *" $target "* ]]; then
                    echo "$relative:$number: $layer must not include \"$target/...\" (docs/ARCHITECTURE.md: $layer may use: ${allowed[$layer]:-Qt Core only})."
                    violations=$((violations + 1))
                fi
            elif [ -n "$qtcore" ] && [[ $qt_core_only == *" $layer "* ]] \
                && [[ $line =~ $qt_include ]]; then
                header=${BASH_REMATCH[1]}${BASH_REMATCH[2]}
                header=${header#QtCore/}
                if [ ! -e "$qtcore/$header" ]; then
                    echo "$relative:$number: $layer must not include <${BASH_REMATCH[1]}${BASH_REMATCH[2]}> (not a Qt Core header: $layer is Qt Core only)."
                    violations=$((violations + 1))
                fi
            elif [ -n "$qtcore" ] && [[ $no_widgets == *" $layer "* ]] \
                && [[ $line =~ $qt_include ]]; then
                header=${BASH_REMATCH[1]}${BASH_REMATCH[2]}
                header=${header#QtWidgets/}
                if [ -e "$qtcore/../QtWidgets/$header" ]; then
                    echo "$relative:$number: $layer must not include <${BASH_REMATCH[1]}${BASH_REMATCH[2]}> (a Qt Widgets header: $layer runs without a display)."
                    violations=$((violations + 1))
                fi
            fi
        done <"$file"
    done < <(find "$dir" -type f \( -name '*.h' -o -name '*.cpp' \) -print0 | sort -z)
done

if [ "$files" -eq 0 ]; then
    echo "check-layers: no C++ files under '$root/src'." >&2
    exit 2
fi
if [ "$violations" -gt 0 ]; then
    echo "check-layers: $violations problem(s) with the layer arrows of docs/ARCHITECTURE.md; move the shared type down a layer (e.g. to src/core) or put it behind an interface there."
    exit 1
fi
echo "check-layers: $files files under src/ keep the layer arrows${qtcore:+ (core and models use Qt Core only)}."
