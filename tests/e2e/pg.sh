# Sourced by tests/e2e/run.sh: a throwaway PostgreSQL server for the team
# register's end-to-end tests, as tests/support/pg_server.rs starts one for
# the Rust tests: initdb into a temporary folder, pg_ctl on a free port on
# 127.0.0.1, run as `nobody` when the tests run as root (initdb refuses
# root), the superuser logging in over TCP with a password (scram-sha-256).
# pg_start sets PG_PORT and PG_DIR; pg_stop stops it and removes the folder.

PG_SUPERUSER_PASSWORD="superuser-test-password"

pg_bin() {
  if [ -n "${CASEBOOK_PG_BIN:-}" ]; then echo "$CASEBOOK_PG_BIN"; return; fi
  local newest
  newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -x "$newest/initdb" ] || { echo "e2e: PostgreSQL's initdb is missing (run scripts/setup.sh)" >&2; return 1; }
  echo "$newest"
}

pg_as() {
  if [ "$(id -u)" = 0 ]; then
    setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups -- "$@"
  else
    "$@"
  fi
}

pg_start() {
  local bin; bin="$(pg_bin)" || return 1
  PG_BIN="$bin"
  PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/casebook-e2e-pg.XXXXXX")"
  printf '%s' "$PG_SUPERUSER_PASSWORD" > "$PG_DIR/pw"
  [ "$(id -u)" = 0 ] && chown -R nobody: "$PG_DIR"
  pg_as "$bin/initdb" -D "$PG_DIR/data" -U postgres --pwfile="$PG_DIR/pw" --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --no-locale --no-sync >"$PG_DIR/initdb.log" 2>&1 ||
    { cat "$PG_DIR/initdb.log" >&2; return 1; }
  PG_PORT="$(free_port)"
  pg_as "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR -c fsync=off" start >/dev/null ||
    { cat "$PG_DIR/log" >&2; return 1; }
}

# Runs SQL as the superuser in database $1.
pg_psql() {
  PGPASSWORD="$PG_SUPERUSER_PASSWORD" PGSSLMODE=disable "$PG_BIN/psql" -X -q -At -v ON_ERROR_STOP=1 \
    -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -c "$2"
}

pg_stop() {
  [ -n "${PG_DIR:-}" ] || return 0
  pg_as "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
