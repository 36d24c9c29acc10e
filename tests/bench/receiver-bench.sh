#!/usr/bin/env bash
# Compares the headless receiver (durable storage: WAL, synchronous=FULL, a 2xx only after COMMIT)
# with a plain Node.js receiver that only parses the JSON (keep-alive on both sides), with wrk at 1
# and 50 connections; then checks that the events in the store match the 2xx answers wrk counted.
# Two floors run in the same rounds (tests/bench/receiver-floor): Qt HTTP Server parsing the JSON
# and nothing else ("floor"), and the same plus one SQLite insert with group commit ("floor-db").
#
# Usage: tests/bench/receiver-bench.sh [BUILD_DIR]   (not a ctest test; build with BUILD_TYPE=Release)
# Environment:
#   DURATION=10s   length of each wrk run
#   RUNS=1         rounds; each figure is the median of the rounds (run 3 or 5 on a busy machine)
#   HISTORY=FILE   an events.sqlite (e.g. live-bench's history of a million events) copied into the receiver's
#                  store first: the same figures with that history behind the answers
#   CALLGRIND=1    also count instructions per delivery with valgrind --tool=callgrind under
#                  wrk -c 50 (CALLGRIND_SECONDS=20): unlike deliveries/s it does not depend on the
#                  machine's load, so it is the figure to compare between commits.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build}
app="$build/bin/vainu-webhooks"
duration=${DURATION:-10s}
runs=${RUNS:-1}
qt_port=${QT_PORT:-18787}
node_port=${NODE_PORT:-18790}
floor_port=${FLOOR_PORT:-18791}
floor_db_port=${FLOOR_DB_PORT:-18792}
floor="$build/bin/receiver-floor"
lua="$here/receiver-deliveries.lua"
data=$(mktemp -d)
qt_pid='' node_pid='' cg_pid='' floor_pid='' floor_db_pid=''
trap 'kill $qt_pid $node_pid $cg_pid $floor_pid $floor_db_pid 2>/dev/null || true; rm -rf "$data"' EXIT

count_events() { # data dir: every event once, test deliveries too (quicker than an export of millions)
    "$app" events stats --by origin --include-tests --json --data-dir "$1" |
        grep -o '"count": *[0-9]*' | awk -F: '{ n += $2 } END { print n + 0 }'
}

wait_for_listening() { # log file
    for _ in $(seq 300); do
        grep -q "Listening on" "$1" 2>/dev/null && return 0
        sleep 0.1
    done
    echo "the receiver did not start; see $1" >&2
    exit 1
}

echo "load before: $(uptime)"
mkdir -p "$data/store"
history_events=0
if [[ -n ${HISTORY:-} ]]; then
    cp "$HISTORY" "$data/store/events.sqlite"
    history_events=$(count_events "$data/store")
    echo "history: $history_events events ($(du -h "$HISTORY" | cut -f1)) before the first delivery"
fi
VAINU_WEBHOOK_SECRET=benchsecret "$app" --headless --port "$qt_port" --data-dir "$data/store" >"$data/headless.log" 2>&1 &
qt_pid=$!
node "$here/node-baseline.js" "$node_port" >/dev/null &
node_pid=$!
"$floor" "$floor_port" >"$data/floor.log" 2>&1 &
floor_pid=$!
"$floor" "$floor_db_port" "$data/floor.sqlite" >"$data/floor-db.log" 2>&1 &
floor_db_pid=$!
wait_for_listening "$data/headless.log"
wait_for_listening "$data/floor.log"
wait_for_listening "$data/floor-db.log"
sleep 0.5

declare -A rates p50s p99s
answered=0
run() { # name url connections
    local out line req err dur
    out=$(wrk -t "$(($3 < 2 ? 1 : 2))" -c "$3" -d "$duration" --latency -s "$lua" "$2")
    line=$(grep '^RESULT' <<<"$out")
    req=$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")
    err=$(sed -E 's/.*errors_status=([0-9]+).*/\1/' <<<"$line")
    dur=$(sed -E 's/.*duration_us=([0-9]+).*/\1/' <<<"$line")
    rates[$1-$3]+="$(awk -v r="$req" -v d="$dur" 'BEGIN { printf "%.0f", r / (d / 1e6) }') "
    p50s[$1-$3]+="$(sed -E 's/.*p50_us=([0-9]+).*/\1/' <<<"$line") "
    p99s[$1-$3]+="$(sed -E 's/.*p99_us=([0-9]+).*/\1/' <<<"$line") "
    if [[ $1 == qt ]]; then
        answered=$((answered + req - err))
    fi
}
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for ((r = 1; r <= runs; ++r)); do
    for c in 1 50; do
        run qt "http://127.0.0.1:$qt_port/vainu/webhook?secret=benchsecret" "$c"
        run node "http://127.0.0.1:$node_port/vainu/webhook" "$c"
        run floor "http://127.0.0.1:$floor_port/vainu/webhook" "$c"
        run floor-db "http://127.0.0.1:$floor_db_port/vainu/webhook" "$c"
    done
done
echo "load after:  $(uptime)"

peak_rss=$(awk '/^VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$qt_pid/status" 2>/dev/null || echo "?")
end_rss=$(awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$qt_pid/status" 2>/dev/null || echo "?")
kill -TERM "$qt_pid"
wait "$qt_pid" || true
qt_pid=
events=$(($(count_events "$data/store") - history_events))
echo "receiver memory: peak (VmHWM) $peak_rss MB, resident at the end (VmRSS) $end_rss MB"
# Every delivery is read, deduplicated and diffed in the transaction that stores it, before its 2xx: nothing is
# left to read when the load stops (the issue's "reading lag" is zero by construction; the count above checks it).

echo "median of $runs round(s) of $duration; keep-alive on all; node parses the JSON and stores nothing"
echo "floor: Qt HTTP Server parsing the JSON only; floor-db: the same plus one SQLite insert, group commit"
printf "%-8s %5s %12s %10s %10s   %s\n" server conns deliveries/s p50_ms p99_ms "all rounds (deliveries/s)"
for c in 1 50; do
    for s in qt node floor floor-db; do
        printf "%-8s %5s %12s %10.2f %10.2f   %s\n" "$s" "$c" "$(median "${rates[$s-$c]}")" \
            "$(awk -v v="$(median "${p50s[$s-$c]}")" 'BEGIN { print v / 1000 }')" \
            "$(awk -v v="$(median "${p99s[$s-$c]}")" 'BEGIN { print v / 1000 }')" "${rates[$s-$c]}"
    done
    for s in qt floor floor-db; do
        echo "ratio $s/node at $c connection(s): $(awk -v a="$(median "${rates[$s-$c]}")" \
            -v b="$(median "${rates[node-$c]}")" 'BEGIN { printf "%.2f", a / b }')x"
    done
    echo "ratio qt/floor-db (the durable floor) at $c connection(s): $(awk -v a="$(median "${rates[qt-$c]}")" \
        -v b="$(median "${rates[floor-db-$c]}")" 'BEGIN { printf "%.2f", a / b }')x"
done
echo "2xx answered by the receiver: $answered; events in the store: $events"
# wrk does not count requests still in flight when it stops; those may be stored without a counted answer.
if ((events < answered)); then
    echo "FAIL: the store has fewer events than 2xx answers" >&2
    exit 1
fi
if ((events > answered + runs * (50 + 1))); then
    echo "FAIL: the store has more events than answers plus in-flight requests" >&2
    exit 1
fi
echo "OK: every answered delivery is in the store"

if [[ ${CALLGRIND:-0} == 1 ]]; then
    # Instructions per delivery in the whole receiver process (all threads: HTTP, store writer, the
    # headless log), counted after start-up and a warm-up, for CALLGRIND_SECONDS under wrk -c 50.
    cg="$data/callgrind"
    mkdir -p "$cg/store"
    VAINU_WEBHOOK_SECRET=benchsecret valgrind --tool=callgrind --callgrind-out-file="$cg/out" \
        "$app" --headless --port "$qt_port" --data-dir "$cg/store" >"$cg/headless.log" 2>&1 &
    cg_pid=$!
    wait_for_listening "$cg/headless.log"
    wrk -t 1 -c 2 -d 2s -s "$lua" "http://127.0.0.1:$qt_port/vainu/webhook?secret=benchsecret" >/dev/null
    sleep 1
    callgrind_control -z "$cg_pid" >/dev/null 2>&1
    before=$(grep -c " event " "$cg/headless.log")
    wrk -t 2 -c 50 -d "${CALLGRIND_SECONDS:-20}s" -s "$lua" "http://127.0.0.1:$qt_port/vainu/webhook?secret=benchsecret" \
        >/dev/null
    sleep 2 # let the last answers and log lines out
    callgrind_control -d "$cg_pid" >/dev/null 2>&1
    after=$(grep -c " event " "$cg/headless.log")
    kill -TERM "$cg_pid"
    wait "$cg_pid" || true
    cg_pid=
    dump="$cg/out.1" # the dump taken right after the load
    total=$(callgrind_annotate "$dump" 2>/dev/null | grep -m1 "PROGRAM TOTALS" | awk '{ gsub(",", "", $1); print $1 }')
    echo "callgrind: $((after - before)) deliveries, $total instructions, $((total / (after - before))) instructions per delivery (all threads)"
    # Per stage: the inclusive count of the function that does it, per delivery. The stages overlap where one calls
    # the other (the handler reads the delivery; the writer's store() runs the statements).
    callgrind_annotate --inclusive=yes --threshold=100 "$dump" 2>/dev/null |
        awk -v deliveries=$((after - before)) -f "$here/callgrind-stages.awk"
fi
