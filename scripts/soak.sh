#!/usr/bin/env bash
# Crash soak of the headless receiver: mixed load from several client processes while the receiver is
# killed with SIGKILL at random moments and restarted; then every delivery answered 2xx must be in the
# export exactly once and the database must pass PRAGMA integrity_check (tests/soak/soak.py says how).
# Not a ctest test. Exits 1 when anything answered was lost.
#   scripts/soak.sh [--minutes N] [--clients K] [--seed S] [--keep]
# Environment: BUILD_DIR (default build/): the tree whose bin/vainu-webhooks runs; it is built first.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
if [[ -f $build_dir/CMakeCache.txt ]]; then
    cmake --build "$build_dir" --target vainu-webhooks
else
    BUILD_DIR=$build_dir "$here/scripts/build.sh"
fi
exec python3 "$here/tests/soak/soak.py" run --app "$build_dir/bin/vainu-webhooks" "$@"
