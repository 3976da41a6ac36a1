#!/usr/bin/env bash
# Installs what Casebook needs to build, run and test on Debian/Ubuntu, and
# only what is missing: running it twice changes nothing the second time.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

# System packages: WebKitGTK for the Tauri window, Xvfb + WebKitWebDriver for the
# end-to-end tests, poppler/qpdf to check PDFs, ImageMagick for screenshots.
packages=(build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev xvfb xauth
          webkit2gtk-driver imagemagick poppler-utils qpdf)
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

# tauri-driver bridges WebDriver clients to WebKitWebDriver for the end-to-end tests.
if ! command -v tauri-driver >/dev/null; then
  say "installing tauri-driver (cargo install, about 90 s)"
  cargo install tauri-driver --version '^2' --locked --quiet
else
  say "tauri-driver present"
fi

# Front-end dependencies, reinstalled only when the lock file changed.
if [ -f ui/package-lock.json ]; then
  if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
    say "installing front-end packages (npm ci)"
    npm --prefix ui ci --no-audit --no-fund --loglevel=error
  else
    say "front-end packages present"
  fi
fi
