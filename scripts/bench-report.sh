#!/usr/bin/env bash
# The media plan report of a 500-entry shortlist (targets: written in at most 3 s, under
# 10 MB), as a PDF in English and in Persian and as HTML: a file of 2,000 synthetic
# candidates, a campaign, and 500 of them put on its shortlist with the sqlite3 shell; then
# "campaigns report" timed with /usr/bin/time (wall seconds, peak memory) and the file's
# size. Prints the machine's load before and after: other work moves these figures.
#   scripts/bench-report.sh [FILE]   (default /tmp/campaign-planner-bench-report.sqlite)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/campaign-planner-bench-report.sqlite}
build=${BUILD_DIR:-build}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

bash scripts/setup.sh
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo > build-configure.log 2>&1 \
    || { cat build-configure.log; exit 1; }
fi
cmake --build "$build" --target campaign-planner-cli --parallel "$(nproc)" > /dev/null
cli="$build/app/cli/campaign-planner-cli"

if [ ! -f "$db" ]; then
  "$cli" --db "$db" generate --count 2000 --seed 16 > /dev/null
  "$cli" --db "$db" campaigns create "Bench 500" --goal awareness --budget 900000000000 \
    --currency VND --start 2027-01-10 --end 2027-03-31 > /dev/null
  # One entry on each of the first 500 candidates' first channel, as "shortlist add" makes.
  sqlite3 "$db" "INSERT INTO shortlist_entries (campaign_id, candidate_id, platform, format, deliverables)
    SELECT (SELECT id FROM campaigns WHERE name = 'Bench 500'), c.id, ch.platform,
           CASE WHEN ch.platform IN ('youtube', 'tiktok') THEN 'video'
                WHEN ch.platform IN ('tv', 'radio', 'print') THEN 'appearance' ELSE 'post' END, 1
    FROM candidates c JOIN channels ch ON ch.id = (SELECT MIN(id) FROM channels WHERE candidate_id = c.id)
    ORDER BY c.id LIMIT 500"
fi
entries=$(sqlite3 "$db" "SELECT COUNT(*) FROM shortlist_entries")

load() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== machine: $(nproc) cores, load average before: $(load)"
echo "== shortlist: $entries entries; 2,000 candidates in the file"
for run in "en pdf" "fa pdf" "vi pdf" "fa html"; do
  set -- $run
  file="$out/report-$1.$2"
  QT_QPA_PLATFORM=offscreen /usr/bin/time -o "$out/time" -f '%e %M %U %S' "$cli" --db "$db" campaigns report \
    "Bench 500" "$file" --language "$1" > /dev/null 2> "$out/err" || { cat "$out/err"; exit 1; }
  read -r wall kb user sys < "$out/time"
  size=$(stat -c %s "$file")
  pages=""
  [ "$2" = pdf ] && pages=", $(pdfinfo "$file" | awk '/^Pages:/ { print $2 }') pages"
  printf '%-4s %-4s  %5.2f s wall, %5.2f s CPU  peak %6.1f MB  file %6.2f MB%s\n' "$1" "$2" "$wall" \
    "$(echo "$user + $sys" | bc -l)" "$(echo "$kb / 1024" | bc -l)" \
    "$(echo "$size / 1048576" | bc -l)" "$pages"
done
echo "== load average after: $(load)"
