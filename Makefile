# The two commands a new user needs (see README.md):
#   make run    set up this machine, build the desktop app and start it
#   make test   set up this machine and run every test (Rust, UI, end-to-end)
# Both are idempotent: scripts/setup.sh installs only what is missing.

SHELL := /bin/bash
CARGO ?= cargo

.PHONY: run test setup test-rust test-ui test-e2e ui app cli

setup:
	bash scripts/setup.sh

# The `casebook` command-line tool (debug build, target/debug/casebook).
cli:
	$(CARGO) build -p casebook-cli

# The front end, built into ui/dist (embedded into the app by custom-protocol).
ui:
	npm --prefix ui run build

# The desktop app with the built UI embedded (a plain cargo build would load the dev server).
app: ui
	$(CARGO) build -p casebook-desktop --features tauri/custom-protocol

run: setup app
	./target/debug/casebook-desktop

test-rust:
	$(CARGO) test --workspace --exclude casebook-desktop

test-ui:
	npm --prefix ui run check
	npm --prefix ui test

# The desktop crate's own tests (security settings, DTO codes) regenerate the
# TypeScript bindings; a difference from the checked-in ones fails the run. Same
# features as `app`, so the tests reuse its build.
test-e2e: app cli
	$(CARGO) test -p casebook-desktop --features tauri/custom-protocol
	@git diff --exit-code --stat -- ui/src/ipc/bindings || { echo "ui/src/ipc/bindings is stale: commit the regenerated files"; exit 1; }
	bash tests/e2e/run.sh

test: setup
	$(MAKE) test-rust
	$(MAKE) test-ui
	$(MAKE) test-e2e
