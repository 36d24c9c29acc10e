#!/usr/bin/env bash
# Runs every benchmark under tests/bench/ on a Release build, each with its baseline measured in the
# same run, and prints the figures that the README's Performance section quotes.
#   RUNS=3 scripts/bench.sh            (RUNS: rounds of the receiver benchmark; medians are printed)
#   LIVE_ROWS=1000000 scripts/bench.sh (the size of the history the Live events page opens; default 100000)
#   CATCHUP_COMPANIES=20000 scripts/bench.sh (the companies a catch-up compares; default 100000)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${BUILD_DIR:-$here/build/bench}
"$here/scripts/install-deps.sh" --test
BUILD_DIR=$build_dir BUILD_TYPE=Release "$here/scripts/build.sh" -DVW_BUILD_TESTS=ON -DVW_BUILD_BENCHMARKS=ON
cmake --build "$build_dir" --target customer-import-bench live-bench catchup-bench

echo "== Receiver: headless receiver with durable storage vs a Node.js receiver that only parses JSON"
RUNS=${RUNS:-3} "$here/tests/bench/receiver-bench.sh" "$build_dir"

echo "== Forwarding: the receiver with one loopback forward target vs without, and the forwarding lag"
RUNS=${RUNS:-3} "$here/tests/bench/forward-bench.sh" "$build_dir"

echo "== Customer data: 10,000 CSV rows imported into the sandbox"
"$build_dir/bin/customer-import-bench" 10000

echo "== Catch-up: ${CATCHUP_COMPANIES:-100000} companies compared with Get Companies (baseline: the calls alone)"
"$build_dir/bin/catchup-bench" "${CATCHUP_COMPANIES:-100000}"

echo "== Live events: the page's event loop while deliveries stream in (and the same load without the page)"
QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/live-bench" flow --seconds 10
QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/live-bench" flow --seconds 10 --no-page

echo "== Live events: opening a history of ${LIVE_ROWS:-100000} events"
history=$(mktemp -d)
trap 'rm -rf "$history"' EXIT
QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/live-bench" open --rows "${LIVE_ROWS:-100000}" --data-dir "$history"

echo "== Live events: the Overview tab's aggregates over the same ${LIVE_ROWS:-100000} events (baseline: the SQL alone)"
QT_QPA_PLATFORM=offscreen "$build_dir/tests/bench/live-bench" overview --rows "${LIVE_ROWS:-100000}" --data-dir "$history"
