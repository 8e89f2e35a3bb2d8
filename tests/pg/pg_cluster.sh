#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: initdb into a temporary folder, listening on
# 127.0.0.1 only, on a free port, password authentication (scram-sha-256), stopped and deleted
# by "stop" (CTest runs it as a cleanup fixture, so it also runs when tests fail).
#   pg_cluster.sh start STATE_FILE    writes TRICHOLOG_TEST_PG=postgresql://... and the password
#   pg_cluster.sh stop STATE_FILE
# As root, the server runs as the postgres user (initdb refuses root).
set -euo pipefail
BIN=/usr/lib/postgresql/15/bin
action=${1:?start|stop}
state=${2:?state file}

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "$action" = stop ]; then
  [ -f "$state" ] || exit 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -n "${TRICHOLOG_TEST_PG_DIR:-}" ] && [ -d "$TRICHOLOG_TEST_PG_DIR/data" ]; then
    as_server "$BIN/pg_ctl" -D "$TRICHOLOG_TEST_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$TRICHOLOG_TEST_PG_DIR"
  fi
  rm -f "$state"
  exit 0
fi

[ -x "$BIN/initdb" ] || { echo "pg_cluster: $BIN/initdb not found (postgresql-15)" >&2; exit 1; }
bash "$0" stop "$state" # a cluster left over by an interrupted run
mkdir -p "$(dirname "$state")"
dir=$(mktemp -d /tmp/tricholog-pg.XXXXXX)
chmod 755 "$dir"
# Written first, so that "stop" (and the trap, if a step below fails) removes the cluster.
printf 'TRICHOLOG_TEST_PG_DIR=%s\n' "$dir" >"$state"
trap 'rc=$?; [ $rc -eq 0 ] || bash "$0" stop "$state"; exit $rc' EXIT
superpass=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
apppass=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)
printf '%s\n' "$superpass" > "$dir/superpass"
if [ "$(id -u)" -eq 0 ]; then chown -R postgres "$dir"; fi
as_server "$BIN/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$dir/superpass" \
  -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

# A free port: the first that nothing answers on.
port=""
base=$((20000 + RANDOM % 20000))
for p in $(seq "$base" $((base + 200))); do
  if ! (echo >"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { echo "pg_cluster: no free port" >&2; exit 1; }
as_server "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off -c max_connections=60" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
PGPASSWORD="$superpass" psql -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
  -v ON_ERROR_STOP=1 -c "CREATE ROLE tricholog LOGIN CREATEDB PASSWORD '$apppass'" >/dev/null
cat >"$state" <<STATE
TRICHOLOG_TEST_PG_DIR=$dir
TRICHOLOG_TEST_PG=postgresql://tricholog@127.0.0.1:$port/postgres
TRICHOLOG_TEST_PG_PASSWORD=$apppass
TRICHOLOG_TEST_PG_SUPERUSER_PASSWORD=$superpass
STATE
trap - EXIT
echo "pg_cluster: PostgreSQL 15 on 127.0.0.1:$port ($dir)"
