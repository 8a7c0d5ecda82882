#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the test suite and print its DATABASE_URL.
# Installs Debian's postgresql package when the server binaries are missing (needs root).
# Usage: eval "$(.ci/postgres.sh start)"   ...   .ci/postgres.sh stop
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/apt.sh"

PGPORT="${PGPORT:-54329}"
PGDATA_DIR="${PGDATA_DIR:-/tmp/barnens-rost-pg}"
PGUSER_NAME="barnensrost"
PGDB_NAME="barnensrost"

find_bindir() {
  # No match is not an error: the caller installs PostgreSQL (set -e and pipefail would stop).
  { ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true; } | sort -V | tail -n 1
}

run_as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bindir
  bindir="$(find_bindir)"
  if [ -z "$bindir" ] || [ ! -x "$bindir/postgres" ]; then
    apt_install PostgreSQL postgresql "PostgreSQL is not installed."
    bindir="$(find_bindir)"
  fi

  stop_server "$bindir" || true
  rm -rf "$PGDATA_DIR"
  mkdir -p "$PGDATA_DIR"
  [ "$(id -u)" = "0" ] && chown postgres "$PGDATA_DIR"
  run_as_postgres "$bindir/initdb" -D "$PGDATA_DIR" -U "$PGUSER_NAME" --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  run_as_postgres "$bindir/pg_ctl" -D "$PGDATA_DIR" -l "$PGDATA_DIR/server.log" -w \
    -o "-p $PGPORT -k $PGDATA_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
  run_as_postgres "$bindir/createdb" -h 127.0.0.1 -p "$PGPORT" -U "$PGUSER_NAME" "$PGDB_NAME"
  echo "export DATABASE_URL=postgres://$PGUSER_NAME@127.0.0.1:$PGPORT/$PGDB_NAME"
}

stop_server() {
  local bindir="$1"
  if [ -f "$PGDATA_DIR/postmaster.pid" ]; then
    run_as_postgres "$bindir/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop_server "$(find_bindir)" ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
