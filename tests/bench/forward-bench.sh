#!/usr/bin/env bash
# Forwarding under load: two headless receivers in the same rounds, one without forwarding and one forwarding
# every delivery to a loopback target (tests/bench/forward-target.js, a Node.js server that answers 200 at once),
# each under wrk at 50 connections with realistic deliveries (receiver-deliveries.lua). Prints the deliveries/s of
# both and their ratio (target: forwarding on >= 0.8x off), then the forwarding lag: from the event's arrival at the
# receiver (events.first_arrival) to its arrival at the target, p50 and p99, and how long the backlog took to drain.
#
# Usage: tests/bench/forward-bench.sh [BUILD_DIR]   (not a ctest test; build with BUILD_TYPE=Release)
# Environment: DURATION=10s (each wrk run), RUNS=1 (rounds; medians are printed)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
app="$build/bin/vainu-webhooks"
duration=${DURATION:-10s}
runs=${RUNS:-1}
off_port=${OFF_PORT:-18793}
on_port=${ON_PORT:-18794}
target_port=${TARGET_PORT:-18795}
lua="$here/receiver-deliveries.lua"
data=$(mktemp -d)
off_pid= on_pid= target_pid=
trap 'kill $off_pid $on_pid $target_pid 2>/dev/null || true; rm -rf "$data"' EXIT

wait_for_listening() { # log file
    for _ in $(seq 300); do
        grep -q "Listening on" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "did not start; see $1" >&2
    cat "$1" >&2
    exit 1
}

echo "load before: $(uptime)"
mkdir -p "$data/off" "$data/on"
node "$here/forward-target.js" "$target_port" "$data/target.log" >"$data/target.out" 2>&1 &
target_pid=$!
VAINU_WEBHOOK_SECRET=benchsecret "$app" --headless --port "$off_port" --data-dir "$data/off" >"$data/off.log" 2>&1 &
off_pid=$!
VAINU_WEBHOOK_SECRET=benchsecret "$app" --headless --port "$on_port" --data-dir "$data/on" \
    --forward-to "http://127.0.0.1:$target_port/hook" >"$data/on.log" 2>&1 &
on_pid=$!
wait_for_listening "$data/target.out"
wait_for_listening "$data/off.log"
wait_for_listening "$data/on.log"
sleep 0.5

declare -A rates
run() { # name port
    local out line req dur
    out=$(wrk -t 2 -c 50 -d "$duration" --latency -s "$lua" "http://127.0.0.1:$2/vainu/webhook?secret=benchsecret")
    line=$(grep '^RESULT' <<<"$out")
    req=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    dur=$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<<"$line")
    rates[$1]+="$(awk -v r="$req" -v d="$dur" 'BEGIN { printf "%.0f", r / (d / 1e6) }') "
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
pending() { # forwards not delivered yet in the forwarding receiver's store
    sqlite3 -readonly "$data/on/events.sqlite" "SELECT count(*) FROM forwards WHERE state <> 'delivered'" 2>/dev/null || echo 1
}

drain_seconds=""
for ((r = 1; r <= runs; ++r)); do
    run off "$off_port"
    run on "$on_port"
    start=$(date +%s.%N)
    while [ "$(pending)" != 0 ]; do sleep 0.2; done
    drain_seconds+="$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') "
done

off=$(median "${rates[off]}")
on=$(median "${rates[on]}")
echo "deliveries/s at 50 connections: forwarding off $off, on $on (rounds: off ${rates[off]}| on ${rates[on]})"
awk -v a="$on" -v b="$off" 'BEGIN { printf "forwarding on / off: %.2fx (target >= 0.8x)\n", a / b }'
echo "backlog drained after the load: ${drain_seconds}s"
kill "$on_pid" && wait "$on_pid" 2>/dev/null || true
on_pid=
sqlite3 -readonly "$data/on/events.sqlite" "SELECT id, first_arrival FROM events" >"$data/stored.txt"
python3 - "$data/stored.txt" "$data/target.log" <<'PY'
import sys
stored = {}
for line in open(sys.argv[1]):
    event_id, arrival = line.strip().split('|')
    stored[event_id] = int(arrival)
lags = []
seen = set()
duplicates = 0
for line in open(sys.argv[2]):
    event_id, at = line.split()
    if event_id in seen:
        duplicates += 1
        continue
    seen.add(event_id)
    lags.append(float(at) - stored[event_id])
lags.sort()
def pct(p):
    return lags[min(len(lags) - 1, int(p * len(lags)))]
print(f"forwarded {len(seen)} of {len(stored)} events ({duplicates} sent twice)")
print(f"forwarding lag, arrival at the receiver to arrival at the target: p50 {pct(0.5):.0f} ms, p99 {pct(0.99):.0f} ms")
PY
echo "load after: $(uptime)"
