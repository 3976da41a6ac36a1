#!/usr/bin/env bash
# Runs the WebDriver end-to-end tests against the built desktop app.
#
#   bash tests/e2e/run.sh [test files...]      (make test-e2e builds the app and CLI first)
#
# The chain is: node --test (webdriverio) → tauri-driver → WebKitWebDriver → the
# app binary, all under a private Xvfb display. The app reads CASEBOOK_DB, which
# is inherited through tauri-driver, so each run gets a fresh register in a
# temporary folder. Screenshots go to tests/e2e/artifacts/ (for the dark theme,
# run with GTK_THEME=Adwaita:dark). Exits non-zero when a test fails; stops
# everything it started either way.
#
# Then, unless test files are named (or with E2E_TEAM=1), the team register's
# tests (team/*.test.mjs): a PostgreSQL server of their own (pg.sh) and a
# second tauri-driver whose app opens it as a member (CASEBOOK_DB=postgres://…).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

# Without a display, run again under a private X server.
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "e2e: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
  exec xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" bash "$0" "$@"
fi

app="${CASEBOOK_APP:-$root/target/debug/casebook-desktop}"
cli="${CASEBOOK_CLI:-$root/target/debug/casebook}"
for bin in "$app" "$cli"; do
  [ -x "$bin" ] || { echo "e2e: $bin is not built (run: make app cli)" >&2; exit 1; }
done
command -v tauri-driver >/dev/null || { echo "e2e: tauri-driver is missing (run: make setup)" >&2; exit 1; }
command -v WebKitWebDriver >/dev/null || { echo "e2e: WebKitWebDriver is missing (apt-get install webkit2gtk-driver)" >&2; exit 1; }

# The client's packages, reinstalled only when the lock file changed.
if [ ! -f "$here/node_modules/.package-lock.json" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "e2e: installing test packages (npm ci)"
  npm --prefix "$here" ci --no-audit --no-fund --loglevel=error
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/casebook-e2e.XXXXXX")"
mkdir -p "$here/artifacts"

# Free ports, so that two runs on one machine do not meet.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"
native_port="$(free_port)"

# shellcheck source=tests/e2e/pg.sh
. "$here/pg.sh"

driver_pids=()
stop_driver() {
  local pid="$1"
  if kill -0 "$pid" 2>/dev/null; then
    # tauri-driver runs in its own process group with WebKitWebDriver and the app.
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
}
cleanup() {
  for pid in "${driver_pids[@]}"; do stop_driver "$pid"; done
  pg_stop
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# The app turns WebKitGTK's compositing off unless told otherwise (faster
# under software rendering; BENCHMARKS.md), but WebKitWebDriver's screenshot
# hangs without it: the tests run with it on. The speed benchmark keeps the
# app's own default (E2E_KEEP_WEBKIT_DEFAULTS=1, set by make bench-app).
if [ -z "${E2E_KEEP_WEBKIT_DEFAULTS:-}" ]; then
  export WEBKIT_DISABLE_COMPOSITING_MODE="${WEBKIT_DISABLE_COMPOSITING_MODE:-0}"
fi

# E2E_INSTALLED=1 (make test-dist, tests/dist/run.sh): the installed app as a
# user starts it, on the default register under $HOME and without test hooks.
if [ -z "${E2E_INSTALLED:-}" ]; then
  export CASEBOOK_DB="$work/casebook.db"
  # Lets the page import files by path (tests/e2e/intake.test.mjs): WebDriver cannot drive the native dialog.
  export CASEBOOK_TEST_HOOKS=1
fi
export CASEBOOK_APP="$app" CASEBOOK_CLI="$cli"
export E2E_PORT="$port" E2E_ARTIFACTS="$here/artifacts"

# Starts a tauri-driver on port $1 (native port $2), logging to $3; the app it
# starts inherits this shell's environment (CASEBOOK_DB names its register).
start_driver() {
  setsid tauri-driver --port "$1" --native-port "$2" >"$3" 2>&1 &
  driver_pids+=($!)
  local pid=$!
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || { echo "e2e: tauri-driver exited:" >&2; cat "$3" >&2; exit 1; }
    sleep 0.2
  done
}
start_driver "$port" "$native_port" "$work/tauri-driver.log"

status=0
if [ "$#" -gt 0 ]; then tests=("$@"); else tests=("$here"/*.test.mjs); fi
if [ -z "${E2E_TEAM_ONLY:-}" ]; then
  node --test --test-concurrency=1 "${tests[@]}" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "e2e: tests failed; tauri-driver log follows" >&2
    tail -n 50 "$work/tauri-driver.log" >&2 || true
  fi
fi

# The team register: the DPO (dora) creates it and its organisation with the
# CLI; the app opens it as alice, a handler, who signs in with her password
# (none in the URL, the environment or a password file).
if [ -z "${E2E_INSTALLED:-}" ] && { [ "$#" -eq 0 ] || [ -n "${E2E_TEAM:-}${E2E_TEAM_ONLY:-}" ]; }; then
  pg_start
  pg_psql postgres 'CREATE DATABASE register'
  team_url() { echo "postgres://$1@127.0.0.1:$PG_PORT/register?sslmode=disable"; }
  "$cli" team init "postgres://postgres:$PG_SUPERUSER_PASSWORD@127.0.0.1:$PG_PORT/register?sslmode=disable" >/dev/null
  pg_psql register "CREATE ROLE dora LOGIN PASSWORD 'dora-pw'; GRANT casebook_dpo TO dora;
                    CREATE ROLE alice LOGIN PASSWORD 'alice-pw'; GRANT casebook_handler TO alice;"
  PGPASSWORD=dora-pw "$cli" --db "$(team_url dora)" init --name "Acme Ltd" --dpo-email dpo@acme.example >/dev/null
  team_port="$(free_port)"
  (
    export CASEBOOK_DB="$(team_url alice)" PGPASSFILE=/nonexistent E2E_PORT="$team_port"
    export E2E_TEAM_DPO="$(team_url dora)"
    unset PGPASSWORD
    start_driver "$team_port" "$(free_port)" "$work/tauri-driver-team.log"
    node --test --test-concurrency=1 "$here"/team/*.test.mjs || {
      echo "e2e: team register tests failed; tauri-driver log follows" >&2
      tail -n 50 "$work/tauri-driver-team.log" >&2 || true
      for pid in "${driver_pids[@]}"; do stop_driver "$pid"; done
      exit 1
    }
    for pid in "${driver_pids[@]}"; do stop_driver "$pid"; done
  ) || status=$?
fi
exit "$status"
