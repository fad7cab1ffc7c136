#!/usr/bin/env bash
# Workbooks against CSV with the same rows (issue 20), with the real CLI:
#   1. "generate" a campaign file of CANDIDATES candidates;
#   2. "candidates export" of every channel to .xlsx (--preset xlsx) and to CSV (plain):
#      the export time of the workbook is the issue's figure (target: 100,000 rows in 2 s);
#   3. "import" of each file into a fresh campaign file: the workbook's time over the CSV's
#      is the issue's ratio (target: at most 3x);
#   4. the peer: LibreOffice converting the same CSV to .xlsx (when soffice is installed);
#   5. export_bench in the same run: exactly 100,000 rows to .xlsx with the program's writer
#      and with the libxlsxwriter writer it replaced (the "before"), and to CSV, wall and CPU.
# Prints wall and CPU time and peak RSS (/usr/bin/time) of each step and the load of the
# machine; everything runs nice'd (the machine is shared).
#   scripts/bench-workbook.sh [CANDIDATES]      (default 70000, about 100,000 channels)
#   BUILD_DIR=build WORK_DIR=/tmp/bench-workbook scripts/bench-workbook.sh
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-70000}
build=${BUILD_DIR:-build}
work=${WORK_DIR:-/tmp/campaign-planner-bench-workbook}
cli="$build/app/cli/campaign-planner-cli"
cmake --build "$build" --target campaign-planner-cli --parallel 2 > /dev/null
cmake --build "$build" --target export_bench --parallel 2 > /dev/null 2>&1 \
  || echo "export_bench is not built: configure $build with -DPLANNER_BUILD_BENCHMARKS=ON"
rm -rf "$work" && mkdir -p "$work"

timed() { # LABEL COMMAND...: runs it, prints its wall time and peak memory
  local label=$1; shift
  nice /usr/bin/time -f "$label: %e s wall, %U s user, %S s system, %M KB peak" "$@" > "$work/out.txt" 2> "$work/time.txt" || {
    cat "$work/time.txt"; exit 1; }
  tail -1 "$work/time.txt"
  tail -1 "$work/out.txt"
}

echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
nice "$cli" --db "$work/source.sqlite" generate --count "$count" > /dev/null
timed "export .xlsx" "$cli" --db "$work/source.sqlite" candidates export "$work/all.xlsx" --preset xlsx
timed "export .csv " "$cli" --db "$work/source.sqlite" candidates export "$work/all.csv" --preset plain
ls -l "$work/all.xlsx" "$work/all.csv" | awk '{print $5, $9}'
timed "import .csv " "$cli" --db "$work/from-csv.sqlite" import "$work/all.csv"
timed "import .xlsx" "$cli" --db "$work/from-xlsx.sqlite" import "$work/all.xlsx"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v soffice > /dev/null; then
  # A profile of its own, made before the timed run (its first start builds it).
  lo=(soffice "-env:UserInstallation=file://$work/lo-profile" --headless --norestore)
  "${lo[@]}" --convert-to xlsx --outdir "$work/lo-first" "$work/all.csv" > /dev/null 2>&1 || true
  timed "LibreOffice .csv -> .xlsx" "${lo[@]}" --convert-to xlsx --outdir "$work/lo" "$work/all.csv"
fi
if [ -x "$build/tests/bench/export_bench" ]; then
  echo "== export_bench: 100,000 rows (median of 3; Time is wall, CPU the process's thread)"
  nice "$build/tests/bench/export_bench" --out "$work/bench.csv" \
    --benchmark_filter='WorkbookExport|ExportByName/plain' --benchmark_repetitions=3 \
    --benchmark_report_aggregates_only=true 2>&1 | grep -E '^Benchmark|_median|^generated'
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
