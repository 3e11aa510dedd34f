# The two commands of the README: `make serve` builds and serves the app, `make test` runs every test; `make bench` measures.
SHELL := /bin/bash
# Tools installed by scripts/setup.sh: ~/.cargo/bin, or the bin/ of another CARGO_HOME (CI's is empty and new).
export PATH := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(HOME)/.cargo/bin:$(CURDIR)/build-tools/node_modules/.bin:$(PATH)
# Trunk never downloads tools (scripts/setup.sh installs them) and runs cargo offline (setup fetched every crate).
export TRUNK_OFFLINE := true
# Both drivers may be installed; name the one the browser tests use.
export CHROMEDRIVER := /usr/bin/chromedriver
HOST ?= 127.0.0.1
PORT ?= 8080
# The release wasm is built with std rebuilt for panic=immediate-abort: no panic messages, so none of the formatting
# and location machinery behind them is shipped (28 KiB gzip). Both are unstable, which RUSTC_BOOTSTRAP allows on
# this stable toolchain; scripts/setup.sh checks that rustc still accepts them and fetches std's crates, and the plain
# panic=abort build of Cargo.toml is what you get without these variables. Its own target directory keeps these
# flags from forcing rebuilds of what `cargo test` built without them.
# The wasm is built without the reference-types and multivalue features (on by default since Rust 1.82): WebKit's
# WebAssembly has had bugs with them that trap as "Out of bounds memory access" now and then (wasm-bindgen#4471,
# typst#7310), which the WebKit end-to-end tests met about once in ten runs.
# std is also built for size (its `optimize_for_size` feature: smaller sort and formatting code), and Debug output and
# panic locations, which nothing shown uses, are left out.
RELEASE_ENV := CARGO_TARGET_DIR=$(CURDIR)/target/web RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none -Ctarget-feature=-reference-types,-multivalue"
TRUNK_RELEASE = $(RELEASE_ENV) trunk

.PHONY: serve build build-only test lint test-native test-browser test-e2e bench

# The first build must succeed before anything listens: a failed one stops here, its error last on screen. Trunk's
# own rebuilds on file changes then keep serving, as a dev server does.
serve:
	scripts/setup.sh build
	$(MAKE) --no-print-directory build-only
	$(TRUNK_RELEASE) serve --release --address $(HOST) --port $(PORT)

build:
	scripts/setup.sh build
	$(MAKE) --no-print-directory build-only

test:
	scripts/setup.sh test
	$(MAKE) --no-print-directory lint test-native test-browser build-only test-e2e

lint:
	cargo fmt --check
	cargo clippy --quiet --all-targets -- -D warnings
	cargo clippy --quiet --lib --bins --test web --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test --quiet
	scripts/check-sources.sh

test-browser:
	cargo test --target wasm32-unknown-unknown --test web

build-only:
	@$(RELEASE_ENV) scripts/release-build.sh

test-e2e:
	node tests/e2e/run.mjs dist
	node tests/e2e/webdriver.mjs firefox dist
	node tests/e2e/webdriver.mjs webkit dist

# Prints bytes shipped, time to first chart and per interaction, UpSet.js for comparison, Lighthouse, core timings.
bench:
	scripts/setup.sh test
	$(MAKE) --no-print-directory build-only
	node bench/run.mjs dist
	cargo bench --bench core
