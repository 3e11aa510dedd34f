# The two commands of the README: `make serve` builds and serves the app, `make test` runs every test; `make bench` measures.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/build-tools/node_modules/.bin:$(PATH)
export TRUNK_OFFLINE := true
# Both drivers may be installed; name the one the browser tests use.
export CHROMEDRIVER := /usr/bin/chromedriver
HOST ?= 127.0.0.1
PORT ?= 8080
# The release wasm is built with std rebuilt for panic=immediate-abort: no panic messages, so none of the formatting
# and location machinery behind them is shipped (28 KiB gzip). Both are unstable, which RUSTC_BOOTSTRAP allows on
# this stable toolchain; scripts/setup.sh checks that rustc still accepts them and says so, and the plain
# panic=abort build of Cargo.toml is what you get without these variables. Its own target directory keeps these
# flags from forcing rebuilds of what `cargo test` built without them.
RELEASE_ENV := CARGO_TARGET_DIR=$(CURDIR)/target/web RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
TRUNK_RELEASE = $(RELEASE_ENV) trunk

.PHONY: serve build build-only test test-native test-browser test-e2e bench

serve:
	scripts/setup.sh build
	$(TRUNK_RELEASE) serve --release --address $(HOST) --port $(PORT)

build:
	scripts/setup.sh build
	$(TRUNK_RELEASE) build --release

test:
	scripts/setup.sh test
	$(MAKE) --no-print-directory test-native test-browser build-only test-e2e

test-native:
	cargo test --quiet
	@if [ -x ../shared/tools/check-quotes ]; then ../shared/tools/check-quotes .; fi

test-browser:
	cargo test --target wasm32-unknown-unknown --test web

build-only:
	$(TRUNK_RELEASE) build --release

test-e2e:
	node tests/e2e/run.mjs dist
	node tests/e2e/firefox.mjs dist

# Prints bytes shipped, time to first chart and per interaction, UpSet.js for comparison, Lighthouse, core timings.
bench:
	scripts/setup.sh test
	$(TRUNK_RELEASE) build --release
	node bench/run.mjs dist
	cargo bench --bench core
