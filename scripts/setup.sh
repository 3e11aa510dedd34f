#!/usr/bin/env bash
# Installs whatever the build and tests need and is missing; running it again skips what is already there.
# Usage: scripts/setup.sh [build|test]   (test also installs Chromium, chromedriver, Firefox ESR, geckodriver, WebKitGTK with
# WebKitWebDriver and Xvfb, and the e2e packages)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
# Tools installed by an earlier run sit in ~/.cargo/bin; with another CARGO_HOME (CI uses an empty one), new
# installs go to its bin/.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PWD/build-tools/node_modules/.bin:$PATH"

# Each step's line, and when the next begins, how long the one before took (seconds, as bash counts them).
step_start=
say() {
  [ -z "$step_start" ] || printf '\033[1msetup:\033[0m   (took %ss)\n' "$((SECONDS - step_start))"
  printf '\033[1msetup:\033[0m %s\n' "$*"
  step_start=$SECONDS
}
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_updated=
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq; apt_updated=1; }
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

command -v cargo >/dev/null || { echo "setup: cargo not found; install Rust from https://rustup.rs first" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target (under a minute)"
  rustup target add wasm32-unknown-unknown
fi

# The release wasm rebuilds std with panic=immediate-abort (see the Makefile): that needs std's source and a rustc
# that knows the strategy.
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding the rust-src component (under a minute; the release wasm rebuilds std from it)"
  rustup component add rust-src
fi
if ! RUSTC_BOOTSTRAP=1 rustc -Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none \
    --target wasm32-unknown-unknown --crate-type lib --print cfg - </dev/null >/dev/null 2>&1; then
  echo "setup: this rustc ($(rustc --version)) does not accept -Cpanic=immediate-abort, -Zfmt-debug=none or" >&2
  echo "       -Zlocation-detail=none, which the release build uses (rustc 1.95 does); 'trunk build --release' alone" >&2
  echo "       builds a larger plain panic=abort wasm." >&2
  exit 1
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes; 0.22 needs a newer rustc)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 4 minutes)"
  # Not --locked: one of its locked dependencies is missing from some registry mirrors.
  cargo install --force "wasm-bindgen-cli@$bindgen_version"
fi

if ! command -v npm >/dev/null; then
  say "installing Node.js and npm from Debian (about a minute)"
  apt_install nodejs npm
fi

# The link preview is rendered in DejaVu Sans (scripts/postbuild.mjs), whatever other fonts the machine has.
if [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]; then
  say "installing the DejaVu fonts from Debian (seconds; the link preview is drawn in them)"
  apt_install fonts-dejavu-core
fi

# Debian's binaryen and the wasm-opt crate cannot read this wasm-bindgen's output; npm's binaryen can. terser and
# csso minify the JavaScript glue and the stylesheet after each build (scripts/postbuild.mjs). As for the e2e packages,
# a stamp records which lock file was installed.
if ! cmp -s build-tools/package-lock.json build-tools/node_modules/.installed-lock.json \
    || ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION), terser, csso and resvg from npm (build-tools/; under a minute)"
  npm ci --silent --no-audit --no-fund --prefix build-tools
  cp build-tools/package-lock.json build-tools/node_modules/.installed-lock.json
fi

if [ "$what" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and chromedriver from Debian (1–2 minutes)"
    apt_install chromium chromium-driver
  fi
  if [ ! -x /usr/bin/firefox-esr ]; then
    say "installing Firefox ESR from Debian (about a minute)"
    apt_install firefox-esr
  fi
  if [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ]; then
    say "installing WebKitGTK's MiniBrowser and WebKitWebDriver (Safari's engine) and Xvfb from Debian (about a minute)"
    apt_install webkit2gtk-driver xvfb
  fi
  if ! geckodriver --version >/dev/null 2>&1; then
    say "installing geckodriver (about 3 minutes)"
    cargo install --locked geckodriver
  fi
  # npm's own copy of the lock file differs from ours, so a stamp records which lock file was installed.
  if ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.installed-lock.json; then
    say "installing the end-to-end test packages (tests/e2e; under a minute)"
    npm ci --silent --no-audit --no-fund --prefix tests/e2e
    cp tests/e2e/package-lock.json tests/e2e/node_modules/.installed-lock.json
  fi
fi
# Every crate the builds need, so that nothing depends on what a cargo cache happens to hold: the project's, and
# those of std's own workspace, which the release build compiles (-Zbuild-std) and Trunk runs offline.
say "fetching the project's crates, and std's for the release build (seconds; a minute on a slow link)"
cargo fetch --locked --quiet
RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
say "ready ($what, ${SECONDS}s in all)"
