#!/usr/bin/env bash
# Fuzzes the parsers that take bytes we do not control (tests/fuzz) with libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer (Clang 14), each target for N seconds, and prints per target the executions,
# executions per second, coverage and CPU time. Builds into build/fuzz (BUILD_DIR), apart from the other builds.
# Exits non-zero when a target crashed, leaked, timed out or ran out of memory; the reproducer is copied into
# tests/fuzz/corpus/<target>/ (commit it with the fix: the test build replays it from then on).
#
#   scripts/fuzz.sh [--seconds N] [--merge] [TARGET...]   default: 60 seconds, every target
#   --merge   add the inputs that found new coverage to tests/fuzz/corpus/<target>/ (only those)
#   --list    name the targets
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build/fuzz}
seconds=60
merge=0
targets=()
all_targets=(business_id csv csv_mapping delivery_reading forward_answer request_head response_parsers)
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --merge) merge=1; shift ;;
    --list) printf '%s\n' "${all_targets[@]}"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option '$1'. Use --seconds N, --merge, --list or target names." >&2; exit 2 ;;
    *)
        if [[ ! " ${all_targets[*]} " == *" $1 "* ]]; then
            echo "fuzz.sh: no target '$1'. Targets: ${all_targets[*]}" >&2
            exit 2
        fi
        targets+=("$1"); shift ;;
    esac
done
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")

"$here/scripts/install-deps.sh" --fuzz

# Our libraries get ASan, UBSan and libFuzzer's coverage instrumentation; only the fuzz programs link libFuzzer
# itself (its main). Qt is not instrumented: overflows inside Qt are not seen, ours are.
CC=clang-14 CXX=clang++-14 cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVW_FUZZ=ON "-DVW_SANITIZE=fuzzer-no-link;address;undefined" -DVW_BUILD_TESTS=ON -DVW_BUILD_BENCHMARKS=OFF \
    >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
failed=0
summary=()
for target in "${targets[@]}"; do
    seeds="$here/tests/fuzz/corpus/$target"
    work="$build_dir/corpus/$target" # what this machine found, kept between runs
    artifacts="$build_dir/artifacts/$target/"
    log="$build_dir/logs/$target.log"
    mkdir -p "$work" "$artifacts" "$(dirname "$log")"
    echo "== $target: ${seconds}s (log: $log)"
    start_cpu=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat) # this shell's and its children's ticks
    set +e
    "$build_dir/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=20000 \
        -print_final_stats=1 -artifact_prefix="$artifacts" "$work" "$seeds" >"$log" 2>&1
    rc=$?
    set -e
    end_cpu=$(awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat)
    cpu=$(awk -v t=$((end_cpu - start_cpu)) -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", t / hz }')
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1)
    line="$target: ${runs:-?} executions, ${rate:-?}/s, ${cov:-cov: ?}, ${cpu}s CPU"
    if [ $rc -ne 0 ]; then
        failed=1
        reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
        kind=$(grep -o -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer): [a-z-]+|runtime error|SUMMARY: [A-Za-z]+' "$log" || true)
        line="$line: FAILED (${kind:-exit $rc})"
        if [ -n "$reproducer" ] && [ -f "$reproducer" ]; then
            kept="$seeds/$(basename "$reproducer")"
            cp "$reproducer" "$kept"
            line="$line, reproducer $reproducer, kept as $kept"
        fi
        tail -n 40 "$log" >&2
    elif [ $merge = 1 ]; then
        "$build_dir/fuzz/fuzz_$target" -merge=1 -max_len=20000 "$seeds" "$work" >>"$log" 2>&1
    fi
    echo "$line"
    summary+=("$line")
done
echo
echo "Summary:"
printf '  %s\n' "${summary[@]}"
exit $failed
