#!/usr/bin/env bash
# Import of a generated candidate CSV (1,000,000 rows by default) into a team database on
# PostgreSQL, beside psql's own bulk load of the same file in the same run (issue 15, point 2):
#   1. the program: campaign-planner-cli --db postgresql://... import (every value read and
#      checked; candidates, channels and search terms sent with COPY into the schema's tables
#      with their indexes, one transaction);
#   2. psql -c "\copy ..." of the same file into a plain table of the CSV's ten columns (text,
#      no index, no check): the floor the program is compared with (target: at most 2x);
#   3. psql -c "\copy ..." of the rows the program stored (dumped as COPY text) into an empty
#      team database of the same schema: what the server alone takes to store them with the
#      schema's keys, indexes, checks and triggers, with nothing read or checked on the client.
# The program's own breakdown (PLANNER_COPY_TIMING: seconds each table's COPYs took end to
# end, taking ids) is printed under its line.
# Starts its own server with scripts/pg-test-server.sh and stops it at the end.
#   scripts/bench-import-pg.sh [ROWS]
#   BUILD_DIR=build WORK_DIR=/tmp/bench-import-pg scripts/bench-import-pg.sh 1000000
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
build=${BUILD_DIR:-build}
work=${WORK_DIR:-/tmp/campaign-planner-bench-import-pg}

bash scripts/setup.sh
# Configured once (RelWithDebInfo unless the build folder says otherwise), then only the CLI.
[ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build "$build" --parallel "$(nproc)" --target campaign-planner-cli > /dev/null
cli="$build/app/cli/campaign-planner-cli"
mkdir -p "$work"
csv="$work/candidates-$rows.csv"
bash scripts/make-candidates-csv.sh "$rows" "$csv"
# The server's owner reads the file for nothing (\copy reads it on the client), but the
# folder must be reachable by the user running psql.
chmod 755 "$work"

eval "$(bash scripts/pg-test-server.sh start)"
trap 'bash scripts/pg-test-server.sh stop "$PLANNER_PG_DIR" > /dev/null' EXIT
psql -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE bench_program" -c "CREATE DATABASE bench_psql" \
  -c "CREATE DATABASE bench_schema"
uri="postgresql://$PGUSER@127.0.0.1:$PGPORT/bench_program"

load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
echo "== machine: $(nproc) cores, load average before: $(load)"
echo "== file: $csv ($(du -m "$csv" | cut -f1) MB, $rows rows); server: PostgreSQL on port $PGPORT"

# The schema first (an empty team database is set up on first open), so that only the import
# is timed.
"$cli" --db "$uri" candidates list > /dev/null
start=$(now)
PLANNER_COPY_TIMING=1 "$cli" --db "$uri" import "$csv" > "$work/program.out" 2> "$work/program.err"
program_wall=$(echo "$(now) - $start" | bc)
echo "   program: campaign-planner-cli import          $(printf '%7.2f' "$program_wall") s wall"
echo "     it printed: $(cat "$work/program.out"); $(grep -vc '^copy timing\|^  ' "$work/program.err") rejected rows on stderr"
grep '^copy timing\|^  ' "$work/program.err" | sed 's/^/     /' || true

psql -q -v ON_ERROR_STOP=1 -d bench_psql -c "CREATE TABLE raw (full_name text, username text, platform text,
  type text, followers text, er text, avg_views text, price text, category text, country text)"
start=$(now)
psql -q -v ON_ERROR_STOP=1 -d bench_psql -c "\\copy raw FROM '$csv' WITH (FORMAT csv, HEADER true)"
psql_wall=$(echo "$(now) - $start" | bc)
echo "   psql: \\copy into a plain table                $(printf '%7.2f' "$psql_wall") s wall"

# The server alone: the rows the program stored, as COPY text, into the same schema, empty.
candidates="candidates (id, name, kind, niches, regions, notes, changed_by, changed_at)"
channels="channels (candidate_id, platform, handle, followers, engagement_rate_pct, avg_views, fee_minor, currency, authenticity_pct, languages)"
psql -q -v ON_ERROR_STOP=1 -d bench_program -c "\\copy $candidates TO '$work/candidates.copy'" \
  -c "\\copy $channels TO '$work/channels.copy'" -c "\\copy candidate_search (rowid, terms) TO '$work/search.copy'"
schema_uri="postgresql://$PGUSER@127.0.0.1:$PGPORT/bench_schema"
"$cli" --db "$schema_uri" candidates list > /dev/null
start=$(now)
psql -q -v ON_ERROR_STOP=1 -d bench_schema -c "BEGIN" -c "SET LOCAL planner.bulk_load = 'on'" \
  -c "\\copy $candidates FROM '$work/candidates.copy'" -c "\\copy $channels FROM '$work/channels.copy'" \
  -c "\\copy candidate_search (rowid, terms) FROM '$work/search.copy'" -c "COMMIT"
schema_wall=$(echo "$(now) - $start" | bc)
echo "   psql: \\copy of the stored rows into the schema $(printf '%7.2f' "$schema_wall") s wall (the server's part)"

echo "   stored: $(psql -At -d bench_program -c 'SELECT count(*) FROM candidates') candidates," \
  "$(psql -At -d bench_program -c 'SELECT count(*) FROM channels') channels;" \
  "psql: $(psql -At -d bench_psql -c 'SELECT count(*) FROM raw') rows"
awk -v p="$program_wall" -v s="$psql_wall" -v f="$schema_wall" 'BEGIN {
  printf "   program/psql wall time: %.2fx (target at most 2x); into the schema alone: %.2fx\n", p / s, f / s }'
echo "== load average after: $(load)"
