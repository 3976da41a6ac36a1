#!/usr/bin/env bash
# The install test of the packages `make dist` made (make test-dist; README,
# "Packages"). On this machine, as root: installs the .deb with dpkg, checks
# its files, runs the installed `casebook` and, over WebDriver under Xvfb, the
# installed app (tests/e2e/installed.dist.mjs) on the default register of a
# temporary $HOME, upgrades the oldest register fixture with the installed
# casebook, upgrades over the previous release (make previous-dist) a register
# that release made, removes the package and checks that the register is still there; then reads the .rpm's file list with `rpm -qlp`. Refuses to run while
# a `casebook` package is installed (it would replace and then remove it).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"

started=$SECONDS
failures=0
say() { printf 'test-dist: %s\n' "$*"; }
ok() { say "ok   $*"; }
not_said() { ! grep -q "$1" "$2"; }
bad() { say "FAIL $*"; failures=$((failures + 1)); }
check() { # check DESCRIPTION COMMAND...
  local what="$1"; shift
  if "$@"; then ok "$what"; else bad "$what"; fi
}

version="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
bundles="${DIST_BUNDLES:-target/release/bundle}"   # where make dist put them
deb="$bundles/deb/Casebook_${version}_amd64.deb"
rpm="$bundles/rpm/Casebook-${version}-1.x86_64.rpm"
[ -f "$deb" ] || { say "$deb is missing: run make dist first"; exit 1; }
[ "$(id -u)" -eq 0 ] || { say "installing a package needs root: run as root (sudo make test-dist)"; exit 1; }
if dpkg-query -W -f='${Status}' casebook 2>/dev/null | grep -q 'install ok installed'; then
  say "a casebook package is installed already: remove it first (apt remove casebook)"
  exit 1
fi

# --- The package as built ---------------------------------------------------
check "the .deb is package casebook, version $version" \
  test "$(dpkg-deb -f "$deb" Package) $(dpkg-deb -f "$deb" Version)" = "casebook $version"
installed_kib="$(dpkg-deb -f "$deb" Installed-Size)"
say "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB to download, Installed-Size $installed_kib KiB, Depends: $(dpkg-deb -f "$deb" Depends)"

# --- Installed --------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/casebook-dist.XXXXXX")"
installed=""
cleanup() {
  if [ -n "$installed" ]; then dpkg -r casebook >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# --- The previous release first, to be upgraded over ------------------------
# Its .deb is built from its tag by `make previous-dist` (target/previous/); the
# register it makes, in the default place of a HOME of its own, is opened by
# this version after the upgrade (below).
export npm_config_cache="${npm_config_cache:-$HOME/.npm}"
unset CASEBOOK_DB XDG_DATA_HOME XDG_CONFIG_HOME CASEBOOK_TEST_HOOKS
prev_version="$(sed -n 's/^## \[\([0-9][0-9.]*\)\] - .*/\1/p' CHANGELOG.md | grep -vxF "$version" | head -n 1)"
previous="${DIST_PREVIOUS:-target/previous/Casebook_${prev_version}_amd64.deb}"
upgrade_home="$work/upgrade-home"
as_user() { HOME="$upgrade_home" /usr/bin/casebook "$@"; }
if [ -n "${DIST_NO_UPGRADE:-}" ] || [ -z "$prev_version" ]; then
  say "not tested: the upgrade over a previous release (${prev_version:-none in CHANGELOG.md}${DIST_NO_UPGRADE:+, DIST_NO_UPGRADE set})"
  previous=""
elif [ ! -f "$previous" ]; then
  say "$previous is missing: run make previous-dist first (or set DIST_NO_UPGRADE=1)"
  exit 1
else
  dpkg -i "$previous" >"$work/dpkg-previous.log" 2>&1 || { cat "$work/dpkg-previous.log"; bad "dpkg -i $previous"; exit 1; }
  installed=1
  check "the previous release, casebook $prev_version, is installed" \
    test "$(dpkg-query -W -f='${Version}' casebook) $(/usr/bin/casebook --version)" = "$prev_version casebook $prev_version"
  mkdir -p "$upgrade_home"
  as_user init --no-passphrase --name 'Upgrade GmbH' --regime eu-gdpr --location DE-BE --time-zone Europe/Berlin \
    >"$work/previous.log" 2>&1 || cat "$work/previous.log"
  as_user case new --requester-name 'Jürgen Müller' --requester-address $'Hauptstraße 1\n10115 Berlin' \
    --channel letter --received 2026-11-10 --right rectification --language de >>"$work/previous.log" 2>&1 ||
    cat "$work/previous.log"
  previous_register="$upgrade_home/.local/share/casebook/casebook.db"
  check "casebook $prev_version made a register in the default place" test -s "$previous_register"
  previous_schema="$(as_user --json backup verify "$previous_register" 2>/dev/null |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["schema"])')"
  say "casebook $prev_version wrote schema $previous_schema"
fi

# --- Installed --------------------------------------------------------------
t0=$SECONDS
dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; bad "dpkg -i $deb"; exit 1; }
installed=1
ok "dpkg -i installed it in $((SECONDS - t0)) s${previous:+, over $prev_version}"

if [ -n "$previous" ]; then
  check "dpkg upgraded casebook $prev_version to $version" test "$(dpkg-query -W -f='${Version}' casebook)" = "$version"
  schema_now="$(as_user --db "$work/schema-probe.db" init --no-passphrase >/dev/null 2>&1 &&
    as_user --json backup verify "$work/schema-probe.db" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["schema"])')"
  previous_dir="$upgrade_home/.local/share/casebook"
  if [ "$previous_schema" -lt "$schema_now" ]; then
    # The installed app is the first of this version to open it: it upgrades
    # the register, says so once, and lists its case (over WebDriver).
    t0=$SECONDS
    if HOME="$upgrade_home" E2E_INSTALLED=1 DIST_VERSION="$version" PREVIOUS_VERSION="$prev_version" \
      PREVIOUS_SCHEMA="$previous_schema" SCHEMA_NOW="$schema_now" \
      CASEBOOK_APP=/usr/bin/casebook-desktop CASEBOOK_CLI=/usr/bin/casebook \
      bash tests/e2e/run.sh tests/e2e/upgraded.dist.mjs; then
      ok "the installed app upgrades the register $prev_version made (schema $previous_schema to $schema_now), says so once and lists its case ($((SECONDS - t0)) s)"
    else
      bad "the installed app upgrades the register $prev_version made, saying so"
    fi
    copy="$(compgen -G "$previous_dir/casebook.schema-$previous_schema.*.db" | head -n 1 || true)"
    check "a copy of it as $prev_version left it is kept beside it" test -n "$copy"
    check "the copy verifies, with schema $previous_schema and the case" \
      test "$(as_user --json backup verify "$copy" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["schema"], d["cases"], d["audit"]["first_broken"])')" = "$previous_schema 1 None"
  fi
  as_user --json case list >"$work/upgraded.json" 2>"$work/upgraded.log" || cat "$work/upgraded.log"
  check "casebook $version then opens it without upgrading it again" not_said Upgraded "$work/upgraded.log"
  check "its case is there after the upgrade" grep -q 'Jürgen Müller' "$work/upgraded.json"
  check "and found by a search typed without ß (hauptstrasse)" \
    grep -q 'Jürgen Müller' <(as_user --json case list --search hauptstrasse)
  check "its audit chain verifies after the upgrade" as_user audit verify
fi

dpkg -L casebook >"$work/files"
listed() { grep -qxF "$1" "$work/files" && [ -e "$1" ]; }
runnable() { listed "$1" && [ -x "$1" ]; }
for f in /usr/bin/casebook /usr/bin/casebook-desktop; do
  check "$f is installed and executable" runnable "$f"
done
desktop="/usr/share/applications/Casebook.desktop"
check "$desktop is installed" listed "$desktop"
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
  check "the icon in $size" listed "/usr/share/icons/hicolor/$size/apps/casebook-desktop.png"
done
for f in third-party-rust.txt third-party-npm.txt fonts/LICENSE-DejaVu.txt fonts/LICENSE-DroidSansFallback.txt CHANGELOG.md; do
  check "/usr/share/doc/casebook/$f is installed" listed "/usr/share/doc/casebook/$f"
done
for crate in tauri rusqlite printpdf; do
  check "the Rust licences name $crate" grep -q "^$crate " /usr/share/doc/casebook/third-party-rust.txt
done
check "the npm licences name svelte" grep -q '^svelte ' /usr/share/doc/casebook/third-party-npm.txt
check "the .desktop entry starts the app with the files opened" grep -qx 'Exec=casebook-desktop %F' "$desktop"
check "the .desktop entry opens .eml and .msg files" grep -qx 'MimeType=message/rfc822;application/vnd.ms-outlook;' "$desktop"
check "the .desktop entry names its icon" grep -qx 'Icon=casebook-desktop' "$desktop"
if command -v desktop-file-validate >/dev/null; then
  check "desktop-file-validate accepts the .desktop entry" desktop-file-validate "$desktop"
fi
# Files only: the directories dpkg lists are shared with other packages.
du_kib="$(while read -r f; do [ -f "$f" ] && [ ! -L "$f" ] && printf '%s\0' "$f"; done <"$work/files" | du -ck --files0-from=- | tail -n 1 | cut -f1)"
say "the installed files take $du_kib KiB (du)"

# --- The installed programs, on a temporary HOME ----------------------------
real_home="$HOME"
export HOME="$work/home"
mkdir -p "$HOME"
check "casebook --version says casebook $version" test "$(/usr/bin/casebook --version)" = "casebook $version"
/usr/bin/casebook --db "$work/temporary.db" init --name 'Temporary Ltd' --regime eu-gdpr --location IE \
  --time-zone Europe/Dublin >"$work/init.log" 2>&1 || cat "$work/init.log"
check "casebook init makes a register" test -s "$work/temporary.db"
check "the register names its organisation" grep -q 'Temporary Ltd' <(/usr/bin/casebook --db "$work/temporary.db" --json init)

# An older register (the oldest upgrade fixture): the installed casebook keeps
# a verified copy of it beside it, migrates it, says so, and loses nothing.
oldest="$(ls tests/fixtures/registers/schema-*-plain.db | sort -t- -k2 -n | head -n 1)"
old_schema="$(basename "$oldest" | cut -d- -f2)"
cp "$oldest" "$work/older.db"
/usr/bin/casebook --db "$work/older.db" --json case list >"$work/older.json" 2>"$work/older.log" || true
check "an older register (schema $old_schema) is upgraded, saying so" grep -q "from schema $old_schema" "$work/older.log"
check "a copy of it as it was is kept beside it" compgen -G "$work/older.schema-$old_schema.*.db"
check "its cases are all there after the upgrade" grep -q 'Jürgen Müller' "$work/older.json"
check "its audit chain verifies after the upgrade" /usr/bin/casebook --db "$work/older.db" audit verify

t0=$SECONDS
if E2E_INSTALLED=1 DIST_VERSION="$version" CASEBOOK_APP=/usr/bin/casebook-desktop CASEBOOK_CLI=/usr/bin/casebook \
  bash tests/e2e/run.sh tests/e2e/installed.dist.mjs; then
  ok "the installed app over WebDriver ($((SECONDS - t0)) s)"
else
  bad "the installed app over WebDriver"
fi

# --- Removed ----------------------------------------------------------------
register="$HOME/.local/share/casebook/casebook.db"
dpkg -r casebook >"$work/dpkg-r.log" 2>&1 || { cat "$work/dpkg-r.log"; bad "dpkg -r casebook"; }
installed=""
check "dpkg -r removed the programs" test ! -e /usr/bin/casebook -a ! -e /usr/bin/casebook-desktop
check "the user's register is still there after removal" test -s "$register"
check "and holds the case imported through \"Open with\"" test "$(sqlite3 "$register" 'select count(*) from cases')" = 1

# --- The .rpm ---------------------------------------------------------------
if [ ! -f "$rpm" ]; then
  bad "$rpm is missing"
elif ! command -v rpm >/dev/null; then
  say "rpm is not installed (DIST_SETUP=1 bash scripts/setup.sh): $rpm not inspected"
else
  rpm -qlvp "$rpm" 2>/dev/null >"$work/rpm-files"
  for f in /usr/bin/casebook /usr/bin/casebook-desktop; do
    check "the .rpm has $f, executable" grep -qE "^-rwxr-xr-x .* $f\$" "$work/rpm-files"
  done
  for f in /usr/share/applications/Casebook.desktop /usr/share/icons/hicolor/512x512/apps/casebook-desktop.png \
    /usr/share/doc/casebook/third-party-rust.txt /usr/share/doc/casebook/fonts/LICENSE-DejaVu.txt; do
    check "the .rpm has $f" grep -qE " $f\$" "$work/rpm-files"
  done
  check "the .rpm is casebook $version" test "$(rpm -qp --qf '%{NAME} %{VERSION}' "$rpm" 2>/dev/null)" = "casebook $version"
  say "$(basename "$rpm"): $(du -k "$rpm" | cut -f1) KiB to download, $(($(rpm -qp --qf '%{SIZE}' "$rpm" 2>/dev/null) / 1024)) KiB installed"
fi

say "done in $((SECONDS - started)) s: $failures failed"
[ "$failures" -eq 0 ]
