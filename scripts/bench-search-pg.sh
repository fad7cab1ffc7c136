#!/usr/bin/env bash
# The candidate search on a team database (PostgreSQL) for a long name searched whole, by the
# shape of its query, in one run (issue 15): candidate_search holds ROWS candidates' terms
# ("name N hN") and one candidate whose name has WORDS words; each query finds that one.
#   1. one subquery per typed word, as the search was: c.id IN (SELECT rowid FROM
#      candidate_search WHERE ' ' || terms LIKE '% word%') AND ..., for 16, 64 and 128 words
#      (its planning time grows far faster than the words: 570 never finished);
#   2. one subquery with a LIKE per word (WORDS of them);
#   3. one subquery with LIKE ALL over an array of the patterns, as the program asks now, for
#      1 word (the peer: an ordinary search) and for WORDS words.
# Prints each query's planning and execution time as EXPLAIN ANALYZE gives them (JIT included
# when the server uses it). Starts its own server with scripts/pg-test-server.sh, stops it.
#   scripts/bench-search-pg.sh [ROWS] [WORDS]      (defaults 100000 and 570)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
words=${2:-570}

eval "$(bash scripts/pg-test-server.sh start)"
trap 'bash scripts/pg-test-server.sh stop "$PLANNER_PG_DIR" > /dev/null' EXIT
echo "== machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== $rows candidates and one of $words words; PostgreSQL on port $PGPORT"

psql -q -v ON_ERROR_STOP=1 <<SQL
CREATE TABLE candidates (id BIGINT PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE channels (id BIGSERIAL PRIMARY KEY, candidate_id BIGINT NOT NULL REFERENCES candidates (id),
                       handle TEXT NOT NULL);
CREATE TABLE candidate_search (rowid BIGINT PRIMARY KEY, terms TEXT NOT NULL);
INSERT INTO candidates SELECT g, 'name ' || g FROM generate_series(1, $rows) g;
INSERT INTO candidates SELECT 0, string_agg('w' || g, ' ') FROM generate_series(1, $words) g;
INSERT INTO channels (candidate_id, handle) SELECT id, '@h' || id FROM candidates;
INSERT INTO candidate_search SELECT id, CASE WHEN id = 0 THEN name ELSE name || ' h' || id END FROM candidates;
ANALYZE;
SQL

# Runs the query the SELECT given builds (\gexec) under EXPLAIN ANALYZE and prints its times
# and the rows it found.
measure() {
  local label=$1 build=$2
  local plan
  plan=$(psql -X -q -v ON_ERROR_STOP=1 <<< "SELECT 'EXPLAIN (ANALYZE, SUMMARY) SELECT c.id, c.name, ch.handle
    FROM candidates c JOIN channels ch ON ch.candidate_id = c.id WHERE ' || ($build) || ' ORDER BY c.name' \gexec")
  printf '%-44s planning %10s ms  execution %10s ms  JIT %8s ms  rows %s\n' "$label" \
    "$(sed -n 's/.*Planning Time: \([0-9.]*\).*/\1/p' <<< "$plan")" \
    "$(sed -n 's/.*Execution Time: \([0-9.]*\).*/\1/p' <<< "$plan")" \
    "$(sed -n 's/.*Timing:.*Total \([0-9.]*\).*/\1/p' <<< "$plan" | head -1)" \
    "$(sed -n '0,/actual time/s/.*actual time=[0-9.]*\.\.[0-9.]* rows=\([0-9]*\).*/\1/p' <<< "$plan")"
}
pattern="'% w' || g || '%'"
for n in 16 64 128; do
  measure "a subquery per word, $n words" \
    "SELECT string_agg(format('c.id IN (SELECT rowid FROM candidate_search WHERE (%L || terms) LIKE %L)', ' ', $pattern), ' AND ') FROM generate_series(1, $n) g"
done
measure "a LIKE per word in one subquery, $words words" \
  "SELECT 'c.id IN (SELECT rowid FROM candidate_search WHERE ' || string_agg(format('(%L || terms) LIKE %L', ' ', $pattern), ' AND ') || ')' FROM generate_series(1, $words) g"
for n in 1 "$words"; do
  measure "LIKE ALL (array), $n words" \
    "SELECT format('c.id IN (SELECT rowid FROM candidate_search WHERE (%L || terms) LIKE ALL (CAST(%L AS text[])))', ' ', array_agg($pattern ORDER BY g DESC)::text) FROM generate_series(1, $n) g"
done
echo "== load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
