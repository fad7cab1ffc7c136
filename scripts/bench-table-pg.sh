#!/usr/bin/env bash
# The candidate table on a team database on PostgreSQL beside the same table on an SQLite file,
# in the same run (issue 15): table_bench's cases (open to the first painted table, search
# keystrokes to the repainted table) first on the file, then on the server, both holding the
# same N synthetic candidates (made once by table_bench's generator). Starts its own server
# with scripts/pg-test-server.sh and stops it at the end; the load average is printed around
# each part.
#   scripts/bench-table-pg.sh [COUNT] [BENCHMARK_FILTER]
#   BUILD_DIR=build scripts/bench-table-pg.sh 100000
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-100000}
# (google benchmark adds /iterations:5 to each name)
filter=${2:-'OpenToFirstPaintedTable|FilterKeystroke/by_name/(n|ngu|nguyen|dewi|1234)/|FilterKeystroke/by_followers/(n|nguyen|1234)/'}
build=${BUILD_DIR:-build}
bench="$build/tests/bench/table_bench"
[ -x "$bench" ] || cmake --build "$build" --parallel 2 --target table_bench > /dev/null
file=${SQLITE_FILE:-/tmp/campaign-planner-bench-$count.sqlite}

# A server already running (PGHOST, PGPORT, PGUSER set, e.g. by pg-test-server.sh) is used
# when KEEP_SERVER=1, and its database bench_table kept for the next run (filling it is slow).
if [ "${KEEP_SERVER:-0}" != 1 ]; then
  eval "$(bash scripts/pg-test-server.sh start)"
  trap 'bash scripts/pg-test-server.sh stop "$PLANNER_PG_DIR" > /dev/null' EXIT
fi
psql -q -d postgres -c "CREATE DATABASE bench_table" 2>/dev/null || true
uri="postgresql://$PGUSER@127.0.0.1:$PGPORT/bench_table"

load() { cut -d' ' -f1-3 /proc/loadavg; }
run() {
  QT_QPA_PLATFORM=offscreen /usr/bin/time -f "   peak RSS %M KB, %e s" \
    "$bench" --db "$1" --count "$count" --benchmark_filter="$filter" 2>&1 \
    | grep -vE 'XDG_RUNTIME|propagateSizeHints|^\*\*\*|^-{5,}|^Run on|^CPU Caches|^  L[0-9]|^Load Average'
}
echo "== machine: $(nproc) cores; $count candidates; cases: $filter"
echo "== SQLite file $file (made on its first run); load average before: $(load)"
run "$file"
echo "== PostgreSQL $uri (filled on its first run); load average before: $(load)"
run "$uri"
echo "   stored on the server: $(psql -At -d bench_table -c 'SELECT count(*) FROM candidates') candidates," \
  "$(psql -At -d bench_table -c 'SELECT count(*) FROM channels') channels"
echo "== load average after: $(load)"
