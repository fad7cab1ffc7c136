#!/usr/bin/env bash
# Workbooks against CSV with the same rows (issue 20), with the real CLI:
#   1. "generate" a campaign file of CANDIDATES candidates;
#   2. "candidates export" of every channel to .xlsx (--preset xlsx) and to CSV (plain):
#      the export time of the workbook is the issue's figure (target: 100,000 rows in 2 s);
#   3. "import" of each file into a fresh campaign file: the workbook's time over the CSV's
#      is the issue's ratio (target: at most 3x).
# Prints wall time and peak RSS (/usr/bin/time) of each step and the load of the machine.
#   scripts/bench-workbook.sh [CANDIDATES]      (default 70000, about 100,000 channels)
#   BUILD_DIR=build WORK_DIR=/tmp/bench-workbook scripts/bench-workbook.sh
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-70000}
build=${BUILD_DIR:-build}
work=${WORK_DIR:-/tmp/campaign-planner-bench-workbook}
cli="$build/app/cli/campaign-planner-cli"
cmake --build "$build" --target campaign-planner-cli --parallel 2 > /dev/null
rm -rf "$work" && mkdir -p "$work"

timed() { # LABEL COMMAND...: runs it, prints its wall time and peak memory
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s system, %M KB peak" "$@" > "$work/out.txt" 2> "$work/time.txt" || {
    cat "$work/time.txt"; exit 1; }
  tail -1 "$work/time.txt"
  tail -1 "$work/out.txt"
}

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$cli" --db "$work/source.sqlite" generate --count "$count" > /dev/null
timed "export .xlsx" "$cli" --db "$work/source.sqlite" candidates export "$work/all.xlsx" --preset xlsx
timed "export .csv " "$cli" --db "$work/source.sqlite" candidates export "$work/all.csv" --preset plain
ls -l "$work/all.xlsx" "$work/all.csv" | awk '{print $5, $9}'
timed "import .csv " "$cli" --db "$work/from-csv.sqlite" import "$work/all.csv"
timed "import .xlsx" "$cli" --db "$work/from-xlsx.sqlite" import "$work/all.xlsx"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
