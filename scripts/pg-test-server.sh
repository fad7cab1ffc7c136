#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests (issue 15): a cluster made with initdb in a
# temporary folder, run by a non-root user on a port of its own, its socket in that folder.
#
#   eval "$(bash scripts/pg-test-server.sh start)"   starts it, prints the settings to export
#   bash scripts/pg-test-server.sh env [DIR]          prints them again for a running server
#   bash scripts/pg-test-server.sh stop [DIR]         stops it and removes its folder
#   bash scripts/pg-test-server.sh restart [DIR]      restarts it (fast: sessions are ended),
#                                                     as the tests of a server restart do
#
# DIR defaults to $PLANNER_PG_DIR (set by start). The settings: PLANNER_PG_DIR, PGHOST, PGPORT,
# PGUSER, PGDATABASE and PLANNER_TEST_PG, the URI the tests connect to
# (postgresql://USER@127.0.0.1:PORT/DATABASE). Authentication is "trust" on 127.0.0.1 only:
# a test server, never one for data.
set -euo pipefail

pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
os_user="${PLANNER_PG_OS_USER:-planner-pg}"
db_user=planner
database=planner_test
first_port="${PLANNER_PG_PORT:-54329}"

# Runs a PostgreSQL program as the server's owner (PostgreSQL refuses to run as root).
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$os_user" -- "$@"
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

print_env() {
  local dir="$1"
  local port
  port="$(cat "$dir/port")"
  echo "export PLANNER_PG_DIR='$dir'"
  echo "export PGHOST=127.0.0.1"
  echo "export PGPORT=$port"
  echo "export PGUSER=$db_user"
  echo "export PGDATABASE=$database"
  echo "export PLANNER_TEST_PG='postgresql://$db_user@127.0.0.1:$port/$database'"
}

start() {
  if [ ! -x "$pg_bin/initdb" ]; then
    echo "pg-test-server: $pg_bin/initdb not found (install the postgresql package: scripts/setup.sh)" >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id "$os_user" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$os_user"
  fi
  local dir
  dir="$(mktemp -d "${TMPDIR:-/tmp}/planner-pg.XXXXXX")"
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$os_user" "$dir"
  as_owner "$pg_bin/initdb" --pgdata="$dir/data" --username="$db_user" --auth=trust \
    --encoding=UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # A test server: nothing needs to survive a crash, so skip the disk flushes.
  local port="$first_port" tries=0
  while :; do
    if ! port_in_use "$port" && as_owner "$pg_bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" \
        --wait --timeout=60 --silent start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null 2>&1; then
      break
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 20 ]; then
      echo "pg-test-server: no free port from $first_port on; the server's log:" >&2
      cat "$dir/server.log" >&2 || true
      exit 1
    fi
    port=$((port + 1))
  done
  echo "$port" >"$dir/port"
  as_owner "$pg_bin/createdb" --host="$dir" --port="$port" --username="$db_user" "$database"
  print_env "$dir"
}

stop() {
  local dir="${1:-${PLANNER_PG_DIR:-}}"
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then
    echo "pg-test-server: no server folder given (argument or PLANNER_PG_DIR)" >&2
    exit 1
  fi
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$pg_bin/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait --silent stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

restart() {
  local dir="${1:-${PLANNER_PG_DIR:-}}"
  if [ -z "$dir" ] || [ ! -f "$dir/data/postmaster.pid" ]; then
    echo "pg-test-server: no running server folder given (argument or PLANNER_PG_DIR)" >&2
    exit 1
  fi
  # pg_ctl restart starts it again with the options it was started with (postmaster.opts).
  as_owner "$pg_bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --mode=fast --wait \
    --timeout=60 --silent restart >/dev/null
}

case "${1:-}" in
  start) start ;;
  restart) restart "${2:-}" ;;
  stop) stop "${2:-}" ;;
  env)
    dir="${2:-${PLANNER_PG_DIR:-}}"
    [ -n "$dir" ] && [ -f "$dir/port" ] || { echo "pg-test-server: no running server folder" >&2; exit 1; }
    print_env "$dir" ;;
  *)
    echo "usage: $0 start|stop [DIR]|restart [DIR]|env [DIR]" >&2
    exit 2 ;;
esac
