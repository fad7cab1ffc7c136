#!/usr/bin/env bash
# Scale of the candidate table on 1,000,000 candidates, with the sqlite3 shell as a peer in
# the same run: the program (open to painted table, each search keystroke, peak memory)
# against the bare SQL it runs for the same screens.
#   scripts/bench-table.sh [FILE]   (default /tmp/campaign-planner-bench-1m.sqlite)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/campaign-planner-bench-1m.sqlite}
[ -x build/tests/bench/table_bench ] || bash scripts/build.sh -DPLANNER_BUILD_BENCHMARKS=ON

echo "== program: table_bench (makes $db on its first run)"
QT_QPA_PLATFORM=offscreen /usr/bin/time -f "table_bench peak RSS %M KB, %e s" \
  build/tests/bench/table_bench --db "$db" 2>&1 | grep -vE 'XDG_RUNTIME|propagateSizeHints'

echo "== peer: sqlite3 shell, the first screen of rows and the counts"
cols="ch.id, c.id, c.name, c.kind, ch.platform, ch.handle, ch.followers, ch.engagement_rate_pct, ch.avg_views, ch.fee_minor, ch.currency, ch.authenticity_pct, c.niches, c.regions"
by_name="FROM candidates c CROSS JOIN channels ch WHERE ch.candidate_id = c.id"
sqlite3 "$db" <<SQL
.timer on
.headers off
SELECT 'first 256 rows by name';
SELECT count(*) FROM (SELECT $cols $by_name ORDER BY c.name, c.id, ch.id LIMIT 256);
SELECT 'counts on open';
SELECT count(*) FROM channels; SELECT count(*) FROM candidates;
SELECT 'search nguyen by name (word prefix, full-text index)';
SELECT count(*) FROM (SELECT $cols $by_name AND c.id IN (SELECT rowid FROM candidate_search WHERE candidate_search MATCH '"nguyen"*') ORDER BY c.name, c.id, ch.id LIMIT 256);
SELECT 'search Nguy as a substring (LIKE, what a plain query would do)';
SELECT count(*) FROM (SELECT $cols $by_name AND (c.name LIKE '%Nguy%' OR ch.handle LIKE '%Nguy%') ORDER BY c.name, c.id, ch.id LIMIT 256);
SELECT 'count of rows matching nguyen (runs in the background in the program)';
SELECT count(*) FROM channels ch CROSS JOIN candidates c WHERE c.id = ch.candidate_id AND c.id IN (SELECT rowid FROM candidate_search WHERE candidate_search MATCH '"nguyen"*');
SQL
