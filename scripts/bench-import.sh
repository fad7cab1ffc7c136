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

# Names in four scripts, unique handles, followers as platforms and people write them
# (plain, grouped, 1.2M, 15.3K), engagement rates as percentages or shares, fees in rupiah,
# đồng, dollars, rials and tomans; one row in a thousand has followers nobody can read.
if [ ! -f "$csv" ]; then
  awk -v n="$rows" -v seed=1 '
    function grouped(value, sep,    text, out) {
      text = sprintf("%d", value); out = "";
      while (length(text) > 3) { out = sep substr(text, length(text) - 2) out; text = substr(text, 1, length(text) - 3); }
      return text out;
    }
    BEGIN {
      srand(seed);
      split("Nguyễn Thu Hà|Trần Minh Anh|Lê Hoàng Nam|Phạm Ngọc Lan|Putri Lestari|Budi Santoso|Dewi Anggraini|Agus Pratama|سارا محمدی|علی رضایی|نگار احمدی|مهسا کریمی|Maya Tan|Daniel Lee|Aisyah Rahman|Rizky Ramadhan", names, "|");
      split("Instagram|TikTok|YouTube|Facebook|X|LinkedIn|Blog|Podcast", platforms, "|");
      split("Beauty|Fashion|Food|Tech|Travel|Finance|Parenting|Gaming|Fitness|Health|Education|Lifestyle", niches, "|");
      split("Vietnam|Indonesia|Iran|Malaysia|VN-SG|ID-JK|IR-23|US", countries, "|");
      split("influencer|creator|KOL|KOC", kinds, "|");
      print "Full name,Username,Platform,Type,Followers,ER,Avg views,Price,Category,Country";
      for (i = 1; i <= n; i++) {
        platform = platforms[int(rand() * 8) + 1];
        followers = int(10 ^ (2 + 5.3 * rand()));
        r = rand();
        if (r < 0.001) f = "n/a";
        else if (r < 0.1 && followers >= 1000000) f = sprintf("%.1fM", followers / 1000000);
        else if (r < 0.2 && followers >= 10000) f = sprintf("%.1fK", followers / 1000);
        else if (r < 0.4) f = "\"" grouped(followers, ",") "\"";
        else f = sprintf("%d", followers);
        er = (rand() < 0.6) ? sprintf("%.1f%%", 0.5 + 6 * rand()) : sprintf("%.3f", 0.005 + 0.06 * rand());
        views = (platform == "YouTube" || platform == "TikTok") ? sprintf("%d", followers / (2 + int(rand() * 8))) : "";
        fee = int(followers / 100) + 10;
        c = rand();
        if (c < 0.3) price = "Rp " grouped(fee * 1000, ".");
        else if (c < 0.55) price = grouped(fee * 2000, ".") " ₫";
        else if (c < 0.8) price = sprintf("$%d", fee / 10 + 20);
        else if (c < 0.9) price = sprintf("%d IRR", fee * 50000);
        else price = sprintf("%d تومان", fee * 5000);
        printf "%s %d,@u%d_%s,%s,%s,%s,%s,%s,%s,%s,%s\n", names[int(rand() * 16) + 1], i, i, tolower(platform), platform, kinds[int(rand() * 4) + 1], f, er, views, price, niches[int(rand() * 12) + 1], countries[int(rand() * 8) + 1];
      }
    }' > "$csv"
fi

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
