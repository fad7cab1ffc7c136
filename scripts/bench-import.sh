#!/usr/bin/env bash
# Import of a generated candidate CSV (1,000,000 rows by default) with peers in the same run:
#   1. the program: campaign-planner-cli import into a fresh campaign file (every value read
#      and checked, candidates, channels and search terms written with their indexes);
#   2. the sqlite3 shell's .import of the same file into a fresh database (one table of text,
#      no index, no check): the floor the program's import is compared with;
#   3. the sqlite3 shell loading the same rows into the program's own tables and indexes
#      (values copied as text, no search terms): what the indexes alone cost SQLite.
# Prints wall time, CPU time and peak RSS (/usr/bin/time -v) of each, and the machine's load;
# then import_bench splits the program's time: reading the CSV alone, reading and checking
# every value without a database, and (INSERTER=1, a minute more) the same checked rows
# written through CandidateStore::addMany's QSqlQuery path instead of CandidateBulkWriter.
#   scripts/bench-import.sh [ROWS]
#   BUILD_DIR=build-import WORK_DIR=/tmp/bench-import INSERTER=1 scripts/bench-import.sh 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
build=${BUILD_DIR:-build}
work=${WORK_DIR:-/tmp/campaign-planner-bench-import}

bash scripts/setup.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLANNER_BUILD_BENCHMARKS=ON \
    > build-configure.log 2>&1 || { cat build-configure.log; exit 1; }
fi
cmake --build "$build" --target campaign-planner-cli import_bench --parallel "$(nproc)" > /dev/null
cli="$build/app/cli/campaign-planner-cli"
mkdir -p "$work"
csv="$work/candidates-$rows.csv"

bash scripts/make-candidates-csv.sh "$rows" "$csv"

load() { cut -d' ' -f1-3 /proc/loadavg; }
# measure NAME OUT ERR COMMAND...: runs the command under /usr/bin/time -v, its standard
# output and error to the files OUT and ERR, and prints one line.
measure() {
  local name=$1 out=$2 err=$3 log
  shift 3
  log=$(mktemp)
  /usr/bin/time -v -o "$log" "$@" > "$out" 2> "$err"
  awk -F': ' -v name="$name" '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); wall = (n == 3) ? t[1] * 3600 + t[2] * 60 + t[3] : t[1] * 60 + t[2] }
    /User time/ { user = $2 } /System time/ { sys = $2 } /Maximum resident/ { rss = $2 }
    END { printf "   %-44s %7.2f s wall %7.2f s CPU %8.1f MB peak RSS\n", name, wall, user + sys, rss / 1024;
          printf "%.3f\n", wall > "/dev/fd/3" }' "$log" 3> "$work/last.wall"
  rm -f "$log"
}

echo "== machine: $(nproc) cores, load average before: $(load)"
echo "== file: $csv ($(du -m "$csv" | cut -f1) MB, $rows rows)"
rm -f "$work"/program.sqlite* "$work"/shell.db* "$work"/schema.sqlite*
measure "program: campaign-planner-cli import" "$work/program.out" "$work/program.err" \
  "$cli" --db "$work/program.sqlite" import "$csv"
echo "     it printed: $(cat "$work/program.out"); $(wc -l < "$work/program.err") rejected rows on stderr"
program_wall=$(cat "$work/last.wall")
measure "sqlite3 shell: .import into a fresh database" /dev/null "$work/shell.err" \
  sqlite3 "$work/shell.db" ".import --csv $csv raw"
shell_wall=$(cat "$work/last.wall")
# Issue 14's targets: the program at most 3x the shell's wall time, the file at most 2.5x the CSV.
csv_bytes=$(stat -c %s "$csv")
file_bytes=$(stat -c %s "$work/program.sqlite")
awk -v p="$program_wall" -v s="$shell_wall" -v f="$file_bytes" -v c="$csv_bytes" 'BEGIN {
  printf "   program/shell wall time: %.2fx (target at most 3x)\n", p / s;
  printf "   file size: %.1f MB for a %.1f MB CSV: %.2fx (target at most 2.5x)\n", f / 1048576, c / 1048576, f / c }'
sqlite3 "$work/program.sqlite" "SELECT '   largest parts: ' || group_concat(name || ' ' || mb || ' MB', ', ') FROM (SELECT name, round(sum(pgsize) / 1048576.0, 1) AS mb FROM dbstat GROUP BY name ORDER BY sum(pgsize) DESC LIMIT 6)" 2>/dev/null || true
"$cli" --db "$work/schema.sqlite" candidates list > /dev/null
measure "sqlite3 shell: the rows into the planner tables" /dev/null "$work/schema.err" \
  sqlite3 "$work/schema.sqlite" ".import --csv --schema temp $csv raw" \
  "INSERT INTO candidates (id, name, kind, niches, regions) SELECT rowid, \"Full name\", 'influencer', Category, Country FROM temp.raw" \
  "INSERT INTO channels (candidate_id, platform, handle, followers) SELECT rowid, lower(Platform), Username, Followers FROM temp.raw"
filter='ReadCsv|ReadAndCheck'
[ "${INSERTER:-0}" = 1 ] && filter="$filter|CandidateInserterFreshFile"
echo "== where the program's time goes (import_bench, one run each)"
"$build/tests/bench/import_bench" --csv "$csv" --benchmark_filter="$filter" 2>/dev/null \
  | grep -E '^(Read|Candidate)' | sed 's/^/   /'
echo "== load average after: $(load)"
