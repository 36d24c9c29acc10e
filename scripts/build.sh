#!/usr/bin/env bash
# Configures and builds into BUILD_DIR (default: build/). Extra arguments go to CMake's configure step.
#
#   scripts/build.sh [CMAKE_ARGS...]           GCC (the system's c++), into build/
#   scripts/build.sh --clang [CMAKE_ARGS...]   Clang 14 (Debian's clang-14), into build/clang unless BUILD_DIR
#                                              names another folder: the second compiler CI builds with
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
compiler=()
default_dir=$here/build
if [[ "${1:-}" == "--clang" ]]; then
    shift
    compiler=(-DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14)
    default_dir=$here/build/clang
fi
build_dir=${BUILD_DIR:-$default_dir}
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} "${compiler[@]}" "$@" >/dev/null
cmake --build "$build_dir"
