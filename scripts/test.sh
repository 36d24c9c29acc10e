#!/usr/bin/env bash
# Quick start (2): install what is missing, build with warnings as errors (GCC, then Clang), check formatting and
# the translation catalogues, and run every test inside a throw-away real keychain session.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build/test}
"$here/scripts/install-deps.sh" --test

BUILD_DIR=$build_dir "$here/scripts/build.sh" -DVW_WARNINGS_AS_ERRORS=ON -DVW_BUILD_TESTS=ON
# The second compiler: the whole tree again with Clang 14, warnings as errors, in its own folder. The tests run
# on the GCC build; this one shows that nothing only GCC accepts got in (README, "Building elsewhere").
BUILD_DIR=$build_dir-clang "$here/scripts/build.sh" --clang -DVW_WARNINGS_AS_ERRORS=ON -DVW_BUILD_TESTS=ON
cmake --build "$build_dir" --target format-check
"$here/scripts/check-translations.sh" "$build_dir"

"$here/scripts/with-keyring.sh" ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)"
