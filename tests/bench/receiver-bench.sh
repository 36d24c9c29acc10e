#!/usr/bin/env bash
# Compares the headless receiver (durable storage: WAL, synchronous=FULL) with a plain Node.js
# receiver that only parses the JSON, with wrk at 1 and 50 connections, 10 s each; then checks
# that the events in the store match the 2xx answers wrk counted.
# Usage: tests/bench/receiver-bench.sh [BUILD_DIR]   (not a ctest test)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
app="$build/bin/vainu-webhooks"
duration=${DURATION:-10s}
qt_port=${QT_PORT:-18787}
node_port=${NODE_PORT:-18790}
data=$(mktemp -d)
trap 'kill $qt_pid $node_pid 2>/dev/null || true; rm -rf "$data"' EXIT

VAINU_WEBHOOK_SECRET=benchsecret "$app" --headless --port "$qt_port" --data-dir "$data" >"$data/headless.log" 2>&1 &
qt_pid=$!
node "$here/node-baseline.js" "$node_port" >/dev/null &
node_pid=$!
for _ in $(seq 50); do
    grep -q "Listening on" "$data/headless.log" 2>/dev/null && break
    sleep 0.1
done
sleep 0.5

declare -A rate p50 p99 ok
run() { # name url connections
    local out
    out=$(wrk -t "$(( $3 < 2 ? 1 : 2 ))" -c "$3" -d "$duration" --latency -s "$here/receiver-deliveries.lua" "$2")
    local line
    line=$(grep '^RESULT' <<<"$out")
    local req err dur
    req=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    err=$(sed -E 's/.*errors_status=([0-9]+).*/\1/' <<<"$line")
    dur=$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<<"$line")
    rate[$1-$3]=$(awk -v r="$req" -v d="$dur" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
    p50[$1-$3]=$(sed -E 's/.*p50_us=([0-9]+).*/\1/' <<<"$line")
    p99[$1-$3]=$(sed -E 's/.*p99_us=([0-9]+).*/\1/' <<<"$line")
    ok[$1-$3]=$(( req - err ))
}

for c in 1 50; do
    run qt "http://127.0.0.1:$qt_port/vainu/webhook?secret=benchsecret" "$c"
    run node "http://127.0.0.1:$node_port/vainu/webhook" "$c"
done

kill -TERM "$qt_pid"
wait "$qt_pid" || true
events=$("$app" events export --format jsonl --data-dir "$data" | wc -l)
answered=$(( ${ok[qt-1]} + ${ok[qt-50]} ))

printf "%-6s %5s %12s %10s %10s\n" server conns deliveries/s p50_ms p99_ms
for c in 1 50; do
    for s in qt node; do
        printf "%-6s %5s %12s %10.2f %10.2f\n" "$s" "$c" "${rate[$s-$c]}" \
            "$(awk -v v="${p50[$s-$c]}" 'BEGIN { print v / 1000 }')" "$(awk -v v="${p99[$s-$c]}" 'BEGIN { print v / 1000 }')"
    done
    echo "ratio qt/node at $c connection(s): $(awk -v a="${rate[qt-$c]}" -v b="${rate[node-$c]}" 'BEGIN { printf "%.2f", a / b }')x"
done
echo "2xx answered by the receiver: $answered; events in the store: $events"
# wrk does not count requests still in flight when it stops; those may be stored without a counted answer.
if (( events < answered )); then
    echo "FAIL: the store has fewer events than 2xx answers" >&2
    exit 1
fi
if (( events > answered + 50 + 1 )); then
    echo "FAIL: the store has more events than answers plus in-flight requests" >&2
    exit 1
fi
echo "OK: every answered delivery is in the store"
