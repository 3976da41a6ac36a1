#!/usr/bin/env bash
# Sets Casebook's one version number everywhere it is written and dates the
# changelog: `make release VERSION=x.y.z`. It changes files only; review the
# diff, run `make test`, then commit and tag (README, "Releasing").
set -euo pipefail
version=${1:?usage: scripts/release.sh x.y.z}
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "'$version' is not a version (x.y.z)" >&2; exit 1; }
cd "$(dirname "$0")/.."
current=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
[ "$version" != "$current" ] || { echo "the version is already $version" >&2; exit 1; }
grep -q '^## \[Unreleased\]' CHANGELOG.md || { echo "CHANGELOG.md has no '## [Unreleased]' section" >&2; exit 1; }
grep -q "^## \[$version\]" CHANGELOG.md && { echo "CHANGELOG.md already has $version" >&2; exit 1; }
# The workspace's version (every crate inherits it, the desktop app's bundle too).
sed -i "/^\[workspace.package\]/,/^\[/s/^version = \".*\"/version = \"$version\"/" Cargo.toml
# The front end's package and its lock (root entries only).
python3 - "$version" <<'PY'
import json, sys
v = sys.argv[1]
for path in ("ui/package.json", "ui/package-lock.json"):
    with open(path) as f:
        data = json.load(f)
    data["version"] = v
    if path.endswith("lock.json"):
        data["packages"][""]["version"] = v
    with open(path, "w") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")
PY
# The changelog: what was unreleased is now this version, dated today.
sed -i "s/^## \[Unreleased\]$/## [Unreleased]\n\n## [$version] - $(date -u +%F)/" CHANGELOG.md
# The README's install commands name the package files.
sed -i -e "s/Casebook_${current}_amd64\.deb/Casebook_${version}_amd64.deb/g" \
  -e "s/Casebook-${current}-1\.x86_64\.rpm/Casebook-${version}-1.x86_64.rpm/g" README.md
# Cargo.lock's entries for the workspace's crates.
cargo update --workspace --offline --quiet
echo "version $current -> $version: review 'git diff', run 'make test', then commit and tag v$version"
