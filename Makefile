# The two commands of the README: `make serve` builds and serves the app, `make test` runs every test; `make bench` measures.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/.tools/node_modules/.bin:$(PATH)
export TRUNK_OFFLINE := true
# Both drivers may be installed; name the one the browser tests use.
export CHROMEDRIVER := /usr/bin/chromedriver
HOST ?= 127.0.0.1
PORT ?= 8080

.PHONY: serve build build-only test test-native test-browser test-e2e bench

serve:
	scripts/setup.sh build
	trunk serve --release --address $(HOST) --port $(PORT)

build:
	scripts/setup.sh build
	trunk build --release

test:
	scripts/setup.sh test
	$(MAKE) --no-print-directory test-native test-browser build-only test-e2e

test-native:
	cargo test --quiet
	@if [ -x ../shared/tools/check-quotes ]; then ../shared/tools/check-quotes .; fi

test-browser:
	cargo test --target wasm32-unknown-unknown --test web

build-only:
	trunk build --release

test-e2e:
	node tests/e2e/run.mjs dist
	node tests/e2e/firefox.mjs dist

# Prints bytes shipped, time to first chart and per interaction, UpSet.js for comparison, Lighthouse, core timings.
bench:
	scripts/setup.sh test
	trunk build --release
	node bench/run.mjs dist
	cargo bench --bench core
