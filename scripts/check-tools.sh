#!/usr/bin/env bash
# Trunk's pre-build hook: stops a plain `trunk build` at once, in one line, when a tool this build needs is missing
# (Trunk would otherwise try to download it, which fails offline, or fail later inside the post-build hook).
cd "$(dirname "$0")/.."
lock_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
missing=
wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $lock_version" || missing="wasm-bindgen-cli $lock_version"
[ -d build-tools/node_modules/terser ] && [ -d build-tools/node_modules/csso ] || missing="${missing:+$missing, }terser and csso"
say() { printf '\033[1;31moverlap:\033[0m %s\n' "$*" >&2; exit 1; }
[ -z "$missing" ] || say "this build needs $missing, not installed here: run \`make build\` (it installs them first, then builds)."
if ! wasm-opt --version 2>/dev/null | grep -q "version 132"; then
  say "this build needs wasm-opt 132 on PATH (installed in build-tools/node_modules/.bin): run \`make build\`, or put that folder first on PATH."
fi
