#!/usr/bin/env bash
# Installs what Casebook needs to build, run and test on Debian/Ubuntu, and
# only what is missing: running it twice changes nothing the second time.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

# System packages: WebKitGTK for the Tauri window, Xvfb + WebKitWebDriver for the
# end-to-end tests, poppler/qpdf to check PDFs, ImageMagick for screenshots,
# a CJK font for the letters' fallback-font test, 7-Zip to check encrypted
# packages; perl and make (in build-essential) build the OpenSSL that SQLCipher
# is linked with; postgresql gives the team register's tests their server
# (initdb and pg_ctl under /usr/lib/postgresql/*/bin: the tests start and stop
# one of their own, the package's own cluster service is not used).
packages=(build-essential perl pkg-config libssl-dev libwebkit2gtk-4.1-dev xvfb xauth
          webkit2gtk-driver imagemagick poppler-utils qpdf sqlite3 fonts-droid-fallback p7zip-full
          postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "installing system packages: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  say "system packages present"
fi

command -v cargo >/dev/null || { say "Rust is missing: install it from rustup first"; exit 1; }
command -v npm >/dev/null || { say "Node.js and npm are missing: install Node.js 20 or newer"; exit 1; }
# make test checks the formatting and the lints of the Rust code.
for tool in fmt clippy; do
  if ! cargo "$tool" --version >/dev/null 2>&1; then
    component=$([ "$tool" = fmt ] && echo rustfmt || echo clippy)
    say "installing $component (rustup component)"
    rustup component add "$component"
  fi
done

# tauri-driver bridges WebDriver clients to WebKitWebDriver for the end-to-end tests.
if ! command -v tauri-driver >/dev/null; then
  say "installing tauri-driver (cargo install, about 90 s)"
  cargo install tauri-driver --version '^2' --locked --quiet
else
  say "tauri-driver present"
fi

# npm packages of the front end and of the end-to-end tests, installed with
# `npm ci` only when a lock file is newer than the last install.
npm_ci_if_stale() {
  local dir="$1" what="$2"
  [ -f "$dir/package-lock.json" ] || return 0
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "installing $what (npm ci in $dir)"
    npm --prefix "$dir" ci --no-audit --no-fund --loglevel=error
  else
    say "$what present"
  fi
}
npm_ci_if_stale ui "front-end packages"
npm_ci_if_stale tests/e2e "end-to-end test packages"

# The install test (`make test-dist`, run by hand as a release step): rpm to
# read the .rpm's file list, desktop-file-utils to validate the .desktop entry.
if [ "${DIST_SETUP:-0}" = 1 ]; then
  dist_missing=()
  for p in rpm desktop-file-utils; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || dist_missing+=("$p")
  done
  if ((${#dist_missing[@]})); then
    say "installing what the install test needs: ${dist_missing[*]}"
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${dist_missing[@]}"
  else
    say "rpm and desktop-file-utils present"
  fi
fi

# Fuzzing (`make fuzz`, run by hand, not by `make test`): cargo-fuzz runs on
# the nightly toolchain; both are installed once, only when `make fuzz` asks
# (FUZZ_SETUP=1).
if [ "${FUZZ_SETUP:-0}" = 1 ]; then
  if ! rustup toolchain list | grep -q '^nightly'; then
    say "installing the nightly toolchain for fuzzing"
    rustup toolchain install nightly --profile minimal
  else
    say "nightly toolchain present"
  fi
  if ! command -v cargo-fuzz >/dev/null; then
    say "installing cargo-fuzz (cargo install, about 2 minutes)"
    cargo install cargo-fuzz --locked --quiet
  else
    say "cargo-fuzz present"
  fi
fi
