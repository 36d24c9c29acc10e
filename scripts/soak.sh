#!/usr/bin/env bash
# Crash soak of the headless receiver: mixed load from several client processes while the receiver is
# killed with SIGKILL at random moments and restarted; then every delivery answered 2xx must be in the
# export exactly once and the database must pass PRAGMA integrity_check (tests/soak/soak.py says how).
# Not a ctest test. Exits 1 when anything answered was lost.
#   scripts/soak.sh [--minutes N] [--clients K] [--seed S] [--keep] [--faults]
# --faults also fails the receiver's writes or fsync for moments under load (full disk, read-only, EIO)
# through the storage-fault shim of the tests (needs a tree configured with -DVW_BUILD_TESTS=ON).
# Environment: BUILD_DIR (default build/): the tree whose bin/vainu-webhooks runs; it is built first.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build}
args=() targets=(vainu-webhooks)
for arg in "$@"; do
    if [[ $arg == --faults ]]; then
        args+=(--fault-shim "$build_dir/tests/libvw_storage_fault_shim.so")
        targets+=(vw_storage_fault_shim)
    else
        args+=("$arg")
    fi
done
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    BUILD_DIR=$build_dir "$here/scripts/build.sh"
fi
cmake --build "$build_dir" --target "${targets[@]}"
exec python3 "$here/tests/soak/soak.py" run --app "$build_dir/bin/vainu-webhooks" "${args[@]}"
