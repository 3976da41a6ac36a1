#!/usr/bin/env bash
# Builds the previous release's .deb for the install test's upgrade step
# (make previous-dist; README, "Packages"): the release before this version in
# CHANGELOG.md, from its tag v<version>, with `make dist` in a worktree of its
# own, copied to target/previous/Casebook_<version>_amd64.deb. Kept there, so
# it is built once per release. Slow: a clean release build of that version.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' Cargo.toml)
prev=$(sed -n 's/^## \[\([0-9][0-9.]*\)\] - .*/\1/p' CHANGELOG.md | grep -vxF "$version" | head -n 1 || true)
[ -n "$prev" ] || { echo "CHANGELOG.md names no release before $version: nothing to upgrade over" >&2; exit 1; }
git rev-parse -q --verify "refs/tags/v$prev^{commit}" >/dev/null ||
  { echo "there is no tag v$prev: tag the commit $prev was released from (git tag v$prev COMMIT)" >&2; exit 1; }
out="target/previous/Casebook_${prev}_amd64.deb"
if [ -f "$out" ]; then echo "$out is there already"; exit 0; fi
src="target/previous/src-$prev"
mkdir -p target/previous
rm -rf "$src"
git worktree prune
git worktree add --detach "$src" "v$prev"
trap 'git worktree remove --force "$src" || true' EXIT
(cd "$src" && make dist)
cp "$src/target/release/bundle/deb/Casebook_${prev}_amd64.deb" "$out"
echo "wrote $out"
