#!/usr/bin/env bash
# CSV export of a 100,000-row candidate table (target: under 0.5 s to a finished file), with
# the sqlite3 shell's `.mode csv` export of the same rows, in the same order, from the same
# file as the peer in the same run. Prints medians of repetitions (wall and CPU), the
# parts (cursor alone, writer alone, a bare QSqlQuery), and the machine's load before and
# after: other work on the machine moves these figures a lot.
#   scripts/bench-export.sh [FILE]   (default /tmp/campaign-planner-bench-export-100k.sqlite)
#   BUILD_DIR=build REPETITIONS=5 scripts/bench-export.sh
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/campaign-planner-bench-export-100k.sqlite}
build=${BUILD_DIR:-build}
reps=${REPETITIONS:-5}
out=$(mktemp --suffix=.csv)
trap 'rm -f "$out"' EXIT

bash scripts/setup.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_BUILD_BENCHMARKS=ON \
    > build-configure.log 2>&1 || { cat build-configure.log; exit 1; }
fi
cmake --build "$build" --target export_bench --parallel "$(nproc)" > /dev/null

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== machine: $(nproc) cores, load average before: $(load)"
# With one repetition Google Benchmark prints each result itself (no _median line).
results='_median'
[ "$reps" -gt 1 ] || results='^[A-Z][A-Za-z]+[/ ]'
echo "== program: export_bench (makes $db on its first run), median of $reps repetitions"
"$build/tests/bench/export_bench" --db "$db" --out "$out" \
  --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true 2>&1 \
  | grep -E "^Benchmark|^-----|$results|^generated|peak memory"

# The program's query by name (CandidateSql: rowColumns, fromJoin, orderBy), every column
# the export writes; the shell writes them as they are stored (no tier, no neutralising).
columns="ch.id, c.id, c.name, c.kind, ch.platform, ch.handle, ch.followers, ch.engagement_rate_pct, ch.avg_views, ch.fee_minor, ch.currency, ch.authenticity_pct, c.niches, c.regions"
by_name="FROM candidates c CROSS JOIN channels ch WHERE ch.candidate_id = c.id ORDER BY c.name ASC, c.id ASC, ch.id ASC"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
walls=() cpus=()
for _ in $(seq "$reps"); do
  rm -f "$out"
  read -r wall cpu < <({ /usr/bin/time -f '%e %U %S' sqlite3 "$db" \
                           -cmd '.headers on' -cmd '.mode csv' -cmd ".output $out" \
                           "SELECT $columns $by_name" > /dev/null; } 2>&1 \
                       | awk '{ print $1, $2 + $3 }')
  walls+=("$wall"); cpus+=("$cpu")
done
echo "== peer: sqlite3 shell, .mode csv of the same rows by name into a file ($reps runs)"
printf '   %-40s median %6.0f ms wall, %6.0f ms CPU, %s rows, %s bytes\n' "sqlite3 .mode csv" \
  "$(printf '%s\n' "${walls[@]}" | median | awk '{ print $1 * 1000 }')" \
  "$(printf '%s\n' "${cpus[@]}" | median | awk '{ print $1 * 1000 }')" \
  "$(($(wc -l < "$out") - 1))" "$(stat -c %s "$out")"
echo "== load average after: $(load)"
