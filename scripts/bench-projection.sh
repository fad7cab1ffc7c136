#!/usr/bin/env bash
# Goal ranking at scale on 1,000,000 candidates (1.33 M channels), with peers in the same
# run: the program (rank in memory and from the file, the goal-fit sort of the table, a
# shortlist suggested from 10,000 candidates) against the sqlite3 shell reading the same
# columns of the same file. Prints medians of repetitions (wall and CPU), each benchmark's
# peak memory, the whole run's peak RSS, and the machine's load before and after.
#   scripts/bench-projection.sh [FILE]   (default /tmp/campaign-planner-bench-1m.sqlite)
#   BUILD_DIR=build REPETITIONS=5 scripts/bench-projection.sh
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/campaign-planner-bench-1m.sqlite}
build=${BUILD_DIR:-build}
reps=${REPETITIONS:-5}

bash scripts/setup.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_BUILD_BENCHMARKS=ON \
    > build-configure.log 2>&1 || { cat build-configure.log; exit 1; }
fi
cmake --build "$build" --target projection_bench --parallel "$(nproc)" > /dev/null

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== machine: $(nproc) cores, load average before: $(load)"
# With one repetition Google Benchmark prints each result itself (no _median line).
results='_median'
[ "$reps" -gt 1 ] || results='^[A-Z][A-Za-z]+[/ ]'
echo "== program: projection_bench (makes $db on its first run), median of $reps repetitions"
timelog=$(mktemp)
/usr/bin/time -v -o "$timelog" "$build/tests/bench/projection_bench" --db "$db" \
  --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true 2>&1 \
  | grep -E "^Benchmark|^-----|$results|^SuggestShortlist runs|^generated|peak memory"
# Not the maximum resident size: each benchmark resets the kernel's high-water mark (the
# program prints the whole run's peak above).
grep -E 'Elapsed \(wall|User time|System time' "$timelog" | sed 's/^\s*/   whole run: /'
rm -f "$timelog"

columns="ch.id, ch.candidate_id, ch.platform, ch.followers, ch.engagement_rate_pct, ch.avg_views, ch.fee_minor, ch.currency, ch.authenticity_pct, c.niches, c.regions"
from="FROM channels ch CROSS JOIN candidates c WHERE c.id = ch.candidate_id"
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
peer() {
  local what=$1 sql=$2 walls=() cpus=()
  for _ in $(seq "$reps"); do
    read -r wall cpu < <({ /usr/bin/time -f '%e %U %S' sqlite3 "$db" "$sql" > /dev/null; } 2>&1 \
                         | awk '{ print $1, $2 + $3 }')
    walls+=("$wall"); cpus+=("$cpu")
  done
  printf '   %-58s median %6.0f ms wall, %6.0f ms CPU\n' "$what" \
    "$(printf '%s\n' "${walls[@]}" | median | awk '{ print $1 * 1000 }')" \
    "$(printf '%s\n' "${cpus[@]}" | median | awk '{ print $1 * 1000 }')"
}
echo "== peer: sqlite3 shell on the same file, the same columns ($reps runs each)"
peer "every row of the ranking query, printed to /dev/null" "SELECT $columns $from ORDER BY ch.id"
peer "the same scan, every column read, one sum printed" \
  "SELECT sum(ch.id + ch.candidate_id + length(ch.platform) + ch.followers + ifnull(ch.engagement_rate_pct, 0) + ifnull(ch.avg_views, 0) + ifnull(ch.fee_minor, 0) + length(ifnull(ch.currency, '')) + ifnull(ch.authenticity_pct, 0) + length(c.niches) + length(c.regions)) $from"
echo "== load average after: $(load)"
