#!/usr/bin/env bash
# Quick start (2): install what is missing, build with warnings as errors (GCC, then Clang), check formatting
# and the translation catalogues, and run every test inside a throw-away real keychain session.
#
#   scripts/test.sh              what CI runs, in build/test
#   scripts/test.sh --sanitize   every test again on a build with AddressSanitizer and UndefinedBehaviorSanitizer,
#                                in build/sanitize (slower; the suppressions for Qt and the system are in
#                                tests/sanitizers/)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

if [[ "${1:-}" == "--sanitize" ]]; then
    build_dir=${BUILD_DIR:-$here/build/sanitize}
    "$here/scripts/install-deps.sh" --test
    # Not with warnings as errors: the instrumentation makes GCC warn about code it does not warn about
    # otherwise; the normal build checks the warnings.
    BUILD_DIR=$build_dir "$here/scripts/build.sh" -DVW_BUILD_TESTS=ON -DVW_BUILD_BENCHMARKS=OFF \
        "-DVW_SANITIZE=address;undefined"
    supp="$here/tests/sanitizers"
    # verify_asan_link_order=0: tst_storagefaults preloads its fault shim (LD_PRELOAD) ahead of the ASan
    # runtime the receiver links; the shim only wraps the C library's file calls (open, write, fsync, …) and passes on to the next definition, which
    # is ASan's interceptor, so the order is harmless and ASan's start-up check would only refuse to run.
    export ASAN_OPTIONS="detect_leaks=1:check_initialization_order=1:strict_init_order=1:verify_asan_link_order=0"
    export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp"
    "$here/scripts/with-keyring.sh" ctest --test-dir "$build_dir" --output-on-failure --timeout 1200 -j "$(nproc)"
    exit
fi

build_dir=${BUILD_DIR:-$here/build/test}
"$here/scripts/install-deps.sh" --test

BUILD_DIR=$build_dir "$here/scripts/build.sh" -DVW_WARNINGS_AS_ERRORS=ON -DVW_BUILD_TESTS=ON
# The second compiler: the whole tree again with Clang 14, warnings as errors, in its own folder. The tests run
# on the GCC build; this one shows that nothing only GCC accepts got in (README, "Building elsewhere").
BUILD_DIR=$build_dir-clang "$here/scripts/build.sh" --clang -DVW_WARNINGS_AS_ERRORS=ON -DVW_BUILD_TESTS=ON
cmake --build "$build_dir" --target format-check
"$here/scripts/check-translations.sh" "$build_dir"

"$here/scripts/with-keyring.sh" ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$(nproc)"
