# The two commands a new user needs (see README.md):
#   make run    set up this machine, build the desktop app (release) and start it
#   make test   set up this machine and run every test (Rust, UI, end-to-end)
# Both are idempotent: scripts/setup.sh installs only what is missing.

SHELL := /bin/bash
CARGO ?= cargo

# Tauri's CLI runs tauri.conf.json's `npm run …` hooks in the front end's
# folder, which it finds by walking the tree for a package.json (and may find
# tests/e2e's): name both folders.
TAURI = TAURI_FRONTEND_PATH=$(CURDIR)/ui TAURI_APP_PATH=$(CURDIR)/src-tauri ui/node_modules/.bin/tauri

.PHONY: run dev test setup test-rust test-team test-ui test-e2e test-fuzz ui app app-release cli fuzz fuzz-long crash-long bench-app release dist test-dist previous-dist

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

# The release app, as users get it: built once, then reused (cargo rebuilds
# only what changed; the UI build is quick). The debug build stays for tests.
app-release: ui
	$(CARGO) build --release -p casebook-desktop --features tauri/custom-protocol

run: setup app-release
	./target/release/casebook-desktop

# For development: the debug app on Vite's dev server (hot reload of the UI;
# tauri.conf.json's beforeDevCommand starts it). Rust changes need a restart.
dev: setup
	$(TAURI) dev

# The release packages, with Tauri's bundler (the npm @tauri-apps/cli of ui/):
# target/release/bundle/deb/Casebook_<version>_amd64.deb and
# target/release/bundle/rpm/Casebook-<version>-1.x86_64.rpm, each with the app,
# the `casebook` command (built first: the bundle config maps it to
# /usr/bin/casebook) and the licences of what they ship (target/dist/, made by
# scripts/third-party-licences.mjs). README, "Packages".
dist: setup
	$(CARGO) build --release --locked -p casebook-cli
	node scripts/third-party-licences.mjs target/dist
	$(TAURI) build --bundles deb,rpm -- --locked

# The previous release's .deb (from its tag), which test-dist upgrades over:
# target/previous/Casebook_<previous>_amd64.deb (scripts/previous-dist.sh).
previous-dist:
	bash scripts/previous-dist.sh

# Installs the previous release's .deb, then this one over it, on this machine
# (root), checks it as installed, removes it again (tests/dist/run.sh). Slow, so
# not part of `make test`: a release step.
test-dist:
	DIST_SETUP=1 bash scripts/setup.sh
	bash tests/dist/run.sh

# Sets the one version number everywhere and dates CHANGELOG.md (README, "Releasing").
release:
	bash scripts/release.sh $(VERSION)

# Formatting and lints first (rustfmt.toml; clippy's default lints, as errors).
test-rust:
	$(CARGO) fmt --all --check
	cd fuzz && $(CARGO) fmt --check
	$(CARGO) clippy --workspace --exclude casebook-desktop --tests -- -D warnings
	$(CARGO) test --workspace --exclude casebook-desktop

# The CLI acceptance suite again, each test on a new team register instead of
# a local file (tests/cli/harness.rs: one PostgreSQL server for the run).
# Skipped: the modules about a local register's file alone (its passphrase,
# backups and restores, its locks), and team.rs, which starts its own servers.
TEAM_SKIP := --skip team:: --skip protect:: --skip adversary_store::
test-team:
	CASEBOOK_TEST_REGISTER=team $(CARGO) test -p casebook-cli --test cli -- $(TEAM_SKIP)

test-ui:
	npm --prefix ui run check
	npm --prefix ui test

# The desktop crate's lints and own tests (security settings, DTO codes), with
# the same features as `app` so they reuse its build. Its tests fail while
# ui/src/ipc/bindings or ui/src/ipc/commands.ts differ from what the Rust types
# generate (CASEBOOK_WRITE_BINDINGS=1 rewrites them; src-tauri/src/ipc.rs).
test-e2e: app cli
	$(CARGO) clippy -p casebook-desktop --features tauri/custom-protocol --tests -- -D warnings
	$(CARGO) test -p casebook-desktop --features tauri/custom-protocol
	bash tests/e2e/run.sh

# Crash safety (RELIABILITY.md): test-rust already runs the kill test with 40
# kills; this is the longer run, CRASH_SEED=N replays one.
crash-long:
	CRASH_RUNS=$${CRASH_RUNS:-500} $(CARGO) test -p casebook-cli --test crash -- --nocapture

# Fuzzing with cargo-fuzz (nightly + AddressSanitizer, FUZZ_SETUP=1): FUZZ_SECONDS per
# target; `make fuzz-long` runs an hour each. Inputs that
# found something land in fuzz/artifacts/<target>/ (see RELIABILITY.md).
FUZZ_SECONDS ?= 8
FUZZ_TARGETS := parse_eml mbox parse_msg sniff sanitise_html holiday_govuk_json holiday_ics data_export letter_template
fuzz:
	FUZZ_SETUP=1 bash scripts/setup.sh
	cd fuzz && cargo +nightly fuzz build -O
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  mkdir -p corpus/$$t; \
	  cargo +nightly fuzz run -O $$t corpus/$$t seeds/$$t -- -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 || exit 1; \
	done

# The short fuzz run of `make test`: the same targets built with the stable
# toolchain (libFuzzer's coverage passes are stable codegen flags; no
# nightly, no cargo-fuzz, no AddressSanitizer, which safe Rust needs least),
# debug assertions and overflow checks on, FUZZ_SMOKE_SECONDS each. A crash
# fails the run and leaves its input in fuzz/artifacts/<target>/.
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_TRIPLE := $(shell rustc -vV | sed -n 's/^host: //p')
FUZZ_RUSTFLAGS := -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
  -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks
test-fuzz:
	cd fuzz && RUSTFLAGS="$(FUZZ_RUSTFLAGS)" $(CARGO) build --target $(FUZZ_TRIPLE) --target-dir target/smoke --bins
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	  mkdir -p corpus/$$t artifacts/$$t; \
	  target/smoke/$(FUZZ_TRIPLE)/debug/$$t corpus/$$t seeds/$$t -max_total_time=$(FUZZ_SMOKE_SECONDS) \
	    -timeout=60 -rss_limit_mb=2048 -artifact_prefix=artifacts/$$t/ -print_final_stats=1 2>&1 \
	    | grep -E '^(stat::number_of_executed_units|==|SUMMARY|Done)' ; \
	  test $${PIPESTATUS[0]} -eq 0 || { echo "fuzz target $$t found a crash: see fuzz/artifacts/$$t/"; exit 1; }; \
	done

fuzz-long:
	$(MAKE) fuzz FUZZ_SECONDS=$${FUZZ_SECONDS_LONG:-3600}

test: setup
	$(MAKE) test-rust
	$(MAKE) test-team
	$(MAKE) test-fuzz
	$(MAKE) test-ui
	$(MAKE) test-e2e

# The desktop app's speed benchmark (BENCHMARKS.md): release builds of the app
# and the CLI, then tests/e2e/app.bench.mjs on 100,000 generated cases
# (BENCH_RUNS, BENCH_CASES, BENCH_WORDS). Results in tests/e2e/artifacts/bench-app.json.
bench-app: ui
	$(CARGO) build --release -p casebook-desktop --features tauri/custom-protocol
	$(CARGO) build --release -p casebook-cli
	E2E_KEEP_WEBKIT_DEFAULTS=1 CASEBOOK_APP=$(CURDIR)/target/release/casebook-desktop CASEBOOK_CLI=$(CURDIR)/target/release/casebook \
	  bash tests/e2e/run.sh tests/e2e/app.bench.mjs
